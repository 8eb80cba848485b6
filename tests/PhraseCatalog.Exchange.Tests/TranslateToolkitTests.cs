using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using PhraseCatalog.Core.Exchange;

namespace PhraseCatalog.Exchange.Tests
{
    /// <summary>
    /// Round trips through Debian's translate-toolkit, a real third-party XLIFF reader and writer:
    /// export 1.2 → xliff2po → (a translator edits the PO) → po2xliff → import. .ci/run installs it.
    /// </summary>
    public class TranslateToolkitTests
    {
        [Fact]
        public void Export_1_2_then_xliff2po_and_po2xliff_unchanged_imports_as_unchanged_and_writes_nothing()
        {
            using var workspace = new Workspace();
            string back = RoundTrip(workspace, po => po);
            var before = workspace.Snapshot();

            var report = workspace.Import(back);

            Assert.True(report.ExitCode == 0, report.Format());
            var file = Assert.Single(report.Files);
            Assert.Equal(5, file.Count(UnitOutcome.Unchanged));
            Assert.Contains(file.Notes, n => n.Contains("PO header", StringComparison.Ordinal));
            ImportTests.AssertSame(before, workspace.Snapshot());
        }

        [Fact]
        public void A_translation_edited_in_the_PO_file_comes_back_as_exactly_that_value()
        {
            using var workspace = new Workspace();
            byte[] original = File.ReadAllBytes(workspace.KoPath);
            string back = RoundTrip(workspace, po => po.Replace("msgstr \"잠시만 기다려 주십시오.\"", "msgstr \"잠시만 기다려 주시겠습니까?\"", StringComparison.Ordinal));

            var report = workspace.Import(back);

            Assert.True(report.ExitCode == 0, report.Format());
            Assert.Equal("Hold.Wait", Assert.Single(report.Files[0].Units, u => u.Outcome == UnitOutcome.Accepted).Key);
            string expected = Encoding.UTF8.GetString(original).Replace("잠시만 기다려 주십시오.", "잠시만 기다려 주시겠습니까?", StringComparison.Ordinal);
            Assert.Equal(Encoding.UTF8.GetBytes(expected), File.ReadAllBytes(workspace.KoPath));
        }

        [Fact]
        public void A_placeholder_renamed_in_the_PO_file_is_refused()
        {
            using var workspace = new Workspace();
            string back = RoundTrip(workspace, po => po.Replace("msgstr \"{surname} 고객님", "msgstr \"{name} 고객님", StringComparison.Ordinal));
            var before = workspace.Snapshot();

            var report = workspace.Import(back);

            Assert.Equal(1, report.ExitCode);
            var refused = Assert.Single(report.Files[0].Units, u => u.Outcome == UnitOutcome.Refused);
            Assert.Equal("Greeting.KnownCustomer", refused.Key);
            Assert.Contains("missing {surname}", refused.Reason, StringComparison.Ordinal);
            ImportTests.AssertSame(before, workspace.Snapshot());
        }

        /// <summary>Exports ko as XLIFF 1.2, converts it to PO, edits the PO, converts it back to <c>Support.ko.xlf</c> in a folder of its own.</summary>
        private static string RoundTrip(Workspace workspace, Func<string, string> edit)
        {
            string exported = workspace.Export("ko", XliffVersion.V12);
            string po = Path.Combine(workspace.Root, "Support.ko.po");
            Run("xliff2po", exported, po);
            string text = File.ReadAllText(po);
            Assert.Contains("#: Greeting.KnownCustomer", text, StringComparison.Ordinal);
            string edited = edit(text);
            File.WriteAllText(po, edited, new UTF8Encoding(false));
            string folder = Path.Combine(workspace.Root, "delivery");
            Directory.CreateDirectory(folder);
            string back = Path.Combine(folder, "Support.ko.xlf");
            Run("po2xliff", po, back);
            return back;
        }

        private static void Run(string tool, string input, string output)
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
            start.ArgumentList.Add("--progress=none");
            start.ArgumentList.Add(input);
            start.ArgumentList.Add(output);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                throw new InvalidOperationException($"{tool} is not installed: apt-get install translate-toolkit (.ci/run does it)", ex);
            }

            using (process)
            {
                string error = process.StandardError.ReadToEnd();
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0 && File.Exists(output), $"{tool} failed ({process.ExitCode}): {error}");
            }
        }
    }
}
