using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using PhraseCatalog.Core.Exchange;

namespace PhraseCatalog.Exchange.Tests
{
    public class ImportTests
    {
        private static readonly XNamespace X = XliffNames.Core20;

        [Theory]
        [InlineData("2.0")]
        [InlineData("1.2")]
        public void Importing_an_unchanged_export_writes_nothing_and_every_unit_is_unchanged(string version)
        {
            using var workspace = new Workspace();
            var before = workspace.Snapshot();
            var report = workspace.Import(workspace.Export("ko", Version(version)));

            Assert.Equal(0, report.ExitCode);
            var file = Assert.Single(report.Files);
            Assert.Equal(5, file.Count(UnitOutcome.Unchanged));
            Assert.False(file.Written);
            AssertSame(before, workspace.Snapshot());
        }

        [Fact]
        public void An_unchanged_export_with_an_untranslated_key_leaves_every_byte_and_refuses_only_that_key()
        {
            using var workspace = new Workspace();
            var before = workspace.Snapshot();
            var report = workspace.Import(workspace.Export("zh-Hant"));

            var file = Assert.Single(report.Files);
            Assert.Equal(4, file.Count(UnitOutcome.Unchanged));
            var refused = Assert.Single(file.Units, u => u.Outcome == UnitOutcome.Refused);
            Assert.Equal("Transfer.Department", refused.Key);
            Assert.Equal("the translation is empty", refused.Reason);
            Assert.Equal(1, report.ExitCode);
            AssertSame(before, workspace.Snapshot());
        }

        [Theory]
        [InlineData("2.0")]
        [InlineData("1.2")]
        public void One_edited_target_changes_exactly_that_value_and_no_other_byte(string version)
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("zh-Hant", Version(version));
            File.WriteAllText(xliff, File.ReadAllText(xliff).Replace("請您稍等片刻。", "請您稍候片刻，謝謝。", StringComparison.Ordinal));
            byte[] original = File.ReadAllBytes(workspace.HantPath);

            var report = workspace.Import(xliff);

            var file = Assert.Single(report.Files);
            var accepted = Assert.Single(file.Units, u => u.Outcome == UnitOutcome.Accepted);
            Assert.Equal("Hold.Wait", accepted.Key);
            Assert.True(file.Written);
            byte[] expected = Replace(original, "請您稍等片刻。", "請您稍候片刻，謝謝。");
            Assert.Equal(expected, File.ReadAllBytes(workspace.HantPath));
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(workspace.HantPath).Take(3).ToArray());
        }

        [Theory]
        [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite)]                                                  // 0600, private
        [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite)] // 0660, a team's group
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void A_rewritten_phrase_file_keeps_its_permissions(UnixFileMode mode)
        {
            // Unix permission bits (CI runs on Linux); on Windows File.Replace keeps the target's ACLs itself.
            using var workspace = new Workspace();
            string xliff = workspace.Export("zh-Hant");
            File.WriteAllText(xliff, File.ReadAllText(xliff).Replace("請您稍等片刻。", "請您稍候片刻，謝謝。", StringComparison.Ordinal));
            File.SetUnixFileMode(workspace.HantPath, mode);

            var report = workspace.Import(xliff);

            Assert.True(Assert.Single(report.Files).Written);
            Assert.Contains("請您稍候片刻，謝謝。", File.ReadAllText(workspace.HantPath), StringComparison.Ordinal);
            Assert.Equal(mode, File.GetUnixFileMode(workspace.HantPath));
            Assert.Empty(Directory.GetFiles(workspace.Phrases, "*.tmp"));
        }

        [Fact]
        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        public void A_read_only_phrase_file_is_not_replaced_and_the_report_names_it()
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("zh-Hant");
            File.WriteAllText(xliff, File.ReadAllText(xliff).Replace("請您稍等片刻。", "請您稍候片刻，謝謝。", StringComparison.Ordinal));
            File.SetUnixFileMode(workspace.HantPath, UnixFileMode.UserRead | UnixFileMode.GroupRead);
            byte[] before = File.ReadAllBytes(workspace.HantPath);

            var report = workspace.Import(xliff);

            var file = Assert.Single(report.Files);
            Assert.False(file.Written);
            Assert.Contains("Support.zh-Hant.resx' is read-only", file.Error, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllBytes(workspace.HantPath));
            Assert.Empty(Directory.GetFiles(workspace.Phrases, "*.tmp"));
        }

        [Fact]
        public void A_new_key_gets_an_entry_shaped_like_the_files_own_entries()
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("zh-Hant");
            var document = XDocument.Load(xliff, LoadOptions.PreserveWhitespace);
            var segment = document.Descendants(X + "unit").Single(u => (string?)u.Attribute("id") == "Transfer.Department").Element(X + "segment")!;
            var target = new XElement(X + "target", segment.Element(X + "source")!.Nodes().Select(Clone));
            target.Nodes().OfType<XText>().First().Value = "我馬上幫您轉到";
            segment.Add(target);
            segment.SetAttributeValue("state", "translated");
            document.Save(xliff);

            var report = workspace.Import(xliff);

            Assert.Equal(0, report.ExitCode);
            Assert.Equal("Transfer.Department", Assert.Single(report.Files[0].Units, u => u.Outcome == UnitOutcome.Accepted).Key);
            string expected = Workspace.Hant.Replace(
                "      <value>請您稍等片刻。</value>\n    </data>\n",
                "      <value>請您稍等片刻。</value>\n    </data>\n    <data name=\"Transfer.Department\" xml:space=\"preserve\">\n      <value>我馬上幫您轉到{department}。</value>\n    </data>\n",
                StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(expected)).ToArray(), File.ReadAllBytes(workspace.HantPath));
        }

        [Fact]
        public void A_dry_run_reports_what_would_be_accepted_and_writes_nothing()
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("ko");
            File.WriteAllText(xliff, File.ReadAllText(xliff).Replace("잠시만 기다려 주십시오.", "잠시만 기다려 주시겠습니까?", StringComparison.Ordinal));
            var before = workspace.Snapshot();

            var report = workspace.Import(xliff, dryRun: true);

            Assert.Equal(0, report.ExitCode);
            Assert.Equal("Hold.Wait", Assert.Single(report.Files[0].Units, u => u.Outcome == UnitOutcome.Accepted).Key);
            Assert.False(report.Files[0].Written);
            Assert.Contains("dry run, nothing written", report.Format(), StringComparison.Ordinal);
            AssertSame(before, workspace.Snapshot());
        }

        [Fact]
        public void Accepted_units_are_written_even_when_others_of_the_file_are_refused()
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("ko");
            string text = File.ReadAllText(xliff)
                .Replace("잠시만 기다려 주십시오.", "잠시만 기다려 주시겠습니까?", StringComparison.Ordinal)
                .Replace("<target>안녕하십니까? 무엇을 도와드릴까요?</target>", "<target></target>", StringComparison.Ordinal);
            File.WriteAllText(xliff, text);

            var report = workspace.Import(xliff);

            Assert.Equal(1, report.ExitCode);
            Assert.Contains("잠시만 기다려 주시겠습니까?", File.ReadAllText(workspace.KoPath), StringComparison.Ordinal);
            Assert.Contains("안녕하십니까? 무엇을 도와드릴까요?", File.ReadAllText(workspace.KoPath), StringComparison.Ordinal);
            string formatted = report.Format();
            Assert.Contains("1 accepted, 3 unchanged, 1 refused", formatted, StringComparison.Ordinal);
            Assert.Contains("refused Greeting.Welcome", formatted, StringComparison.Ordinal);
        }

        [Fact]
        public void Line_breaks_in_a_translation_are_written_as_the_file_writes_them()
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("zh-Hant");
            File.WriteAllText(xliff, File.ReadAllText(xliff).Replace("<target>請您稍等片刻。</target>", "<target>請您稍等片刻。\n謝謝 &amp; &lt;再見&gt;</target>", StringComparison.Ordinal));
            byte[] original = File.ReadAllBytes(workspace.HantPath);

            var report = workspace.Import(xliff);

            Assert.Equal("Hold.Wait", Assert.Single(report.Files[0].Units, u => u.Outcome == UnitOutcome.Accepted).Key);
            Assert.Equal(Replace(original, "請您稍等片刻。", "請您稍等片刻。\r\n謝謝 &amp; &lt;再見&gt;"), File.ReadAllBytes(workspace.HantPath));
        }

        internal static void AssertSame(System.Collections.Generic.Dictionary<string, byte[]> before, System.Collections.Generic.Dictionary<string, byte[]> after)
        {
            Assert.Equal(before.Keys.OrderBy(k => k, StringComparer.Ordinal), after.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (var pair in before) Assert.True(pair.Value.SequenceEqual(after[pair.Key]), pair.Key + " changed");
        }

        private static byte[] Replace(byte[] bytes, string from, string to)
        {
            string text = Encoding.UTF8.GetString(bytes);
            Assert.Equal(1, CountOf(text, from));
            return Encoding.UTF8.GetBytes(text.Replace(from, to, StringComparison.Ordinal));
        }

        private static int CountOf(string text, string part)
        {
            int count = 0;
            for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
            return count;
        }

        internal static XliffVersion Version(string text) => text == "1.2" ? XliffVersion.V12 : XliffVersion.V20;

        private static XNode Clone(XNode node) => node is XElement e ? new XElement(e) : new XText(((XText)node).Value);
    }
}
