using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Core.Validation.Quality;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Model
{
    /// <summary>
    /// Precision of PHR0009, PHR0011, PHR0015 and PHR0016 on a corpus of correct sentences (Corpus/,
    /// where the texts come from is in its README) and on the standard catalog in phrases/: no finding.
    /// </summary>
    public class CorpusTests
    {
        private static readonly string[] QualityRules = { PhraseRules.ScriptMismatchId, PhraseRules.ForbiddenInApprovedId, PhraseRules.CultureNameId, PhraseRules.UntranslatedId };

        private static readonly string[] Cultures = { "zh-Hans", "zh-Hant", "zh-HK", "ko" };

        private static IReadOnlyList<string> Lines(string culture) =>
            File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Corpus", culture + ".txt"), Encoding.UTF8).Where(l => l.Length > 0).ToList();

        [Fact]
        public void The_corpus_is_large_distinct_and_exercises_every_trap_character()
        {
            Assert.True(Cultures.Sum(c => Lines(c).Count) >= 350);
            foreach (var culture in Cultures)
            {
                var lines = Lines(culture);
                Assert.Equal(lines.Count, lines.Distinct(StringComparer.Ordinal).Count());
                Assert.All(lines, l => Assert.Equal(l.Trim(), l));
            }

            string hans = string.Concat(Lines("zh-Hans"));
            string hant = string.Concat(Lines("zh-Hant"));
            Assert.All("后干台里只了准才系游采余范于沈郁涂叶万".ToCharArray(), c => Assert.Contains(c, hans));
            Assert.All("后干台里只了准才系游采余范于沈郁涂叶万".ToCharArray(), c => Assert.Contains(c, hant));
            Assert.All("著乾瞭藉覆".ToCharArray(), c => Assert.Contains(c, hans));
            Assert.All("床群秘峰".ToCharArray(), c => Assert.Contains(c, hant));
            Assert.All("户温税".ToCharArray(), c => Assert.Contains(c, string.Concat(Lines("zh-HK"))));
        }

        [Theory]
        [InlineData("zh-Hans", false)]
        [InlineData("zh-Hant", true)]
        [InlineData("zh-HK", false)]
        [InlineData("ko", false)]
        public void PHR0009_finds_nothing_in_correct_sentences(string culture, bool taiwanStandard)
        {
            var script = CultureScripts.Of(culture);
            Assert.NotEqual(TextScript.None, script);
            var problems = new List<string>();
            foreach (var line in Lines(culture))
            {
                var findings = new List<ScriptFinding>();
                ScriptMismatchCheck.Find(line, script, taiwanStandard, culture, findings);
                problems.AddRange(findings.Select(f => line + " → " + f.Message));
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void PHR0009_still_finds_the_other_script_in_the_same_sentences()
        {
            // The corpus is not trivially clean: each Chinese file read as the other script is full of findings.
            int Count(string culture, TextScript script) => Lines(culture).Count(line =>
            {
                var findings = new List<ScriptFinding>();
                ScriptMismatchCheck.Find(line, script, false, culture, findings);
                return findings.Count > 0;
            });

            Assert.True(Count("zh-Hans", TextScript.Traditional) > 100);
            Assert.True(Count("zh-Hant", TextScript.Simplified) > 100);
            Assert.True(Count("zh-Hans", TextScript.Korean) == Lines("zh-Hans").Count);
        }

        [Fact]
        public void The_corpus_as_a_catalog_with_the_standard_forbidden_phrases_has_no_quality_findings()
        {
            var files = new List<(string, string)>();
            foreach (var culture in Cultures)
            {
                var lines = Lines(culture);
                files.Add(($"Corpus.{culture}.resx", Resx.Doc(lines.Select((l, i) => Resx.Data($"Sentence.Line{i + 1:D3}", SecurityElement.Escape(l))).ToArray())));
            }

            foreach (var path in Directory.GetFiles(PhrasesFolder(), "CallCenter.Forbidden.*.resx").OrderBy(p => p, StringComparer.Ordinal))
            {
                files.Add(("Corpus" + Path.GetFileName(path).Substring("CallCenter".Length), File.ReadAllText(path)));
            }

            var options = GeneratorOptions.Default with
            {
                TaiwanStandard = true,
                DeclaredCultures = Cultures.ToEquatableArray(),
            };
            var result = Catalogs.Build(options, files.ToArray());

            var findings = result.Problems.Where(p => QualityRules.Contains(p.RuleId)).Select(p => p.RuleId + " " + p.Span + ": " + p.Message).ToList();
            Assert.True(findings.Count == 0, string.Join("\n", findings));
            Assert.Equal(Cultures.Length, result.Model!.Cultures.Count);
            Assert.NotEmpty(result.Model.Forbidden);
        }

        [Fact]
        public void The_standard_catalog_has_no_quality_findings_even_with_Taiwan_standard_and_declared_cultures()
        {
            var files = Directory.GetFiles(PhrasesFolder(), "*.resx").OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (Path.GetFileName(p), File.ReadAllText(p)))
                .ToArray();
            var options = GeneratorOptions.Default with
            {
                TaiwanStandard = true,
                DeclaredCultures = new[] { "zh-Hans", "zh-Hant", "ko" }.ToEquatableArray(),
            };

            var result = Catalogs.Build(options, files);

            Assert.True(files.Length >= 6);
            Assert.True(result.Model!.Phrases.Count >= 100);
            Assert.Empty(result.Problems.Where(p => QualityRules.Contains(p.RuleId)).Select(p => p.RuleId + " " + p.Span + ": " + p.Message));
        }

        private static string PhrasesFolder()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "phrases");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))) return candidate;
            }

            throw new InvalidOperationException("phrases/ not found above " + AppContext.BaseDirectory);
        }
    }
}
