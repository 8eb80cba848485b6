using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PhraseCatalog.Core;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Fuzz;
using PhraseCatalog.Tests.Quality;

namespace PhraseCatalog.Tests.Fuzzing
{
    /// <summary>
    /// Replays the fuzzer's seed corpus and every input it ever crashed or hung on through the very
    /// targets afl-fuzz runs (tests/PhraseCatalog.Fuzz/FuzzTargets.cs): each must return normally with
    /// every finding inside its file. A crash found by fuzz.sh lands in crashes/&lt;target&gt;/ and stays
    /// here as a regression test.
    /// </summary>
    public class FuzzCorpusTests
    {
        private static string FuzzFolder => Path.Combine(TextRuleCorpusTests.RepoRoot(), "tests", "PhraseCatalog.Fuzz");

        public static TheoryData<string, string> Inputs()
        {
            var data = new TheoryData<string, string>();
            foreach (string target in FuzzTargets.Names)
            {
                foreach (string kind in new[] { "corpus", "crashes" })
                {
                    string folder = Path.Combine(FuzzFolder, kind, target);
                    if (!Directory.Exists(folder)) continue;
                    foreach (string file in Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal))
                    {
                        data.Add(target, kind + "/" + target + "/" + Path.GetFileName(file));
                    }
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Inputs))]
        public void Every_seed_and_kept_crash_runs_through_its_target_without_an_exception(string target, string file)
        {
            byte[] input = File.ReadAllBytes(Path.Combine(FuzzFolder, file));

            // Throws (and so fails) on any exception from the core or any broken invariant.
            FuzzTargets.Run(target, input);
        }

        [Fact]
        public void Every_target_has_a_seed_corpus_of_real_and_hostile_files()
        {
            foreach (string target in FuzzTargets.Names)
            {
                var seeds = Directory.GetFiles(Path.Combine(FuzzFolder, "corpus", target));
                Assert.True(seeds.Length >= 5, $"corpus/{target} has {seeds.Length} seeds");
            }

            var resx = Directory.GetFiles(Path.Combine(FuzzFolder, "corpus", "resx")).Select(Path.GetFileName).ToList();
            Assert.Contains("real-ko.resx", resx);
            Assert.Contains("dtd-external-entity.resx", resx);
            Assert.Contains("invalid-utf8.resx", resx);
            Assert.Contains("utf16le-bom.resx", resx);
        }

        [Fact]
        public void The_build_target_cuts_its_input_into_at_most_four_files_at_form_feeds()
        {
            var pieces = FuzzTargets.Split(Encoding.ASCII.GetBytes("a\fbb\f\fd\fe\ff"), FuzzTargets.FileSeparator, FuzzTargets.BuildFiles.Count);

            Assert.Equal(new[] { "a", "bb", string.Empty, "d\fe\ff" }, pieces.Select(p => Encoding.ASCII.GetString(p)));
            Assert.Single(FuzzTargets.Split(Array.Empty<byte>(), FuzzTargets.FileSeparator, 4));
        }

        [Fact]
        public void The_build_seed_of_real_files_makes_one_catalog_in_three_cultures_so_the_fuzzer_reaches_the_rules_and_the_model()
        {
            byte[] input = File.ReadAllBytes(Path.Combine(FuzzFolder, "corpus", "build", "real-three-cultures.bin"));
            var pieces = FuzzTargets.Split(input, FuzzTargets.FileSeparator, FuzzTargets.BuildFiles.Count);
            var sources = pieces.Select((p, i) => new PhraseFileSource(FuzzTargets.BuildFiles[i], p)).ToList();

            var result = PhraseFileChecker.Check(sources, new PhraseCheckOptions());

            var catalog = Assert.Single(result.Catalogs);
            Assert.Equal("Catalog", catalog.Name);
            // The default culture first, then the others in ordinal order.
            Assert.Equal(new[] { "zh-Hans", "ko", "zh-Hant" }, catalog.Cultures);
            Assert.NotEmpty(catalog.Keys);
        }

        [Fact]
        public void The_location_check_rejects_a_span_past_the_end_of_its_file()
        {
            var file = FuzzTargets.FileText.Of(Encoding.UTF8.GetBytes("<root>\n</root>\n"));

            file.CheckSpan(new SourceSpan("f", 7, 7, 2, 1, 2, 8), "the end tag");
            Assert.Throws<FuzzInvariantException>(() => file.CheckSpan(new SourceSpan("f", 0, 0, 4, 1, 4, 1), "line 4"));
            Assert.Throws<FuzzInvariantException>(() => file.CheckSpan(new SourceSpan("f", 0, 0, 1, 9, 1, 9), "column 9 of a 7-character line"));
            Assert.Throws<FuzzInvariantException>(() => file.CheckSpan(new SourceSpan("f", 10, 10, 2, 4, 2, 14), "offsets past the end"));
            Assert.Throws<FuzzInvariantException>(() => file.CheckSpan(new SourceSpan("f", 0, 0, 1, 0, 1, 1), "column 0"));
        }

        [Fact]
        public void An_unknown_target_is_refused()
        {
            Assert.Throws<ArgumentException>(() => FuzzTargets.Run("xml", Array.Empty<byte>()));
        }
    }
}
