using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;
using PhraseCatalog.Tests.Quality;

namespace PhraseCatalog.Tests.Architecture
{
    /// <summary>
    /// Every committed character table (data/script-tables/*.txt, the core's ScriptTableData.cs,
    /// src/Shared/FoldTables.cs) comes from one pipeline, tools/text-tables/build-tables.py. Its
    /// <c>--check</c> rebuilds them all from OpenCC, the Unicode data and Chewing's dictionary and fails when any differs,
    /// so a hand edit or a rule change without a rebuild fails here. It needs the Debian packages
    /// (.ci/run installs them); without them the test fails and says how to install them, it never skips.
    /// </summary>
    public class TextTablesTests
    {
        private const string Script = "tools/text-tables/build-tables.py";
        private const string Install = "apt-get update && apt-get install -y opencc unicode-data libchewing3-data";

        [Fact]
        public void Every_committed_table_and_generated_file_is_up_to_date()
        {
            var (exitCode, output) = RunScript("--check");

            Assert.True(exitCode == 0,
                $"python3 {Script} --check failed (exit {exitCode}). If OpenCC, the Unicode data or Chewing's dictionary is missing, install them with: {Install}; " +
                $"if a table is stale, run python3 {Script} and commit the result.\n{output}");
        }

        [Fact]
        public void A_missing_source_fails_with_the_install_command()
        {
            string empty = Directory.CreateTempSubdirectory("phrasecatalog-no-opencc-").FullName;
            try
            {
                var (exitCode, output) = RunScript("--check", "--opencc-dir", empty);

                Assert.NotEqual(0, exitCode);
                Assert.Contains("apt-get install -y opencc", output, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(empty, recursive: true);
            }
        }

        private static (int ExitCode, string Output) RunScript(params string[] arguments)
        {
            string root = TextRuleCorpusTests.RepoRoot();
            var start = new ProcessStartInfo("python3")
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(root, Script));
            foreach (var argument in arguments) start.ArgumentList.Add(argument);

            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (Win32Exception e)
            {
                throw new InvalidOperationException($"python3 could not be started ({e.Message}); install it with: apt-get install -y python3", e);
            }

            using (process)
            {
                // stderr is collected by events while stdout is read, so a full pipe never blocks the script.
                var stderr = new StringBuilder();
                process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
                process.BeginErrorReadLine();
                string stdout = process.StandardOutput.ReadToEnd();
                if (!process.WaitForExit(120_000))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException($"python3 {Script} did not finish in 120 s");
                }

                process.WaitForExit(); // flushes the asynchronous stderr reader
                lock (stderr) return (process.ExitCode, stdout + stderr);
            }
        }

        [Fact]
        public void Every_Traditional_only_character_folds_as_one_of_its_Simplified_forms()
        {
            // The near-match check (PHR1005) and PhraseGuard fold with FoldTables; PHR0009 reads the
            // Traditional-only table. Both come from one script, so 兼收幷蓄 is near 兼收并蓄 exactly
            // because PHR0009 says 幷 is the Traditional of 并. Supplementary forms are not folded (BMP only).
            string path = Path.Combine(TextRuleCorpusTests.RepoRoot(), "data", "script-tables", "traditional-only.txt");
            var wrong = new System.Collections.Generic.List<string>();
            int checkedCount = 0;
            foreach (string line in File.ReadAllLines(path, Encoding.UTF8))
            {
                if (line.Length == 0 || line[0] == '#') continue;
                string[] parts = line.Split('\t');
                if (parts[0].Length != 1) continue;
                var forms = Array.FindAll(parts[1].Split(' '), f => f.Length == 1);
                if (forms.Length == 0) continue;
                checkedCount++;
                string folded = PhraseCatalog.Shared.TextFolding.FoldScript(parts[0]);
                if (!Array.Exists(forms, f => PhraseCatalog.Shared.TextFolding.FoldScript(f) == folded)) wrong.Add(parts[0] + " -> " + folded + " (table: " + parts[1] + ")");
            }

            Assert.True(checkedCount > 2900, $"only {checkedCount} characters checked");
            Assert.True(wrong.Count == 0, string.Join(", ", wrong));
        }
    }
}
