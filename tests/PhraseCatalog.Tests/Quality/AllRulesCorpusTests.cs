using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Tests.Support;

namespace PhraseCatalog.Tests.Quality
{
    /// <summary>
    /// Every corpus of correct texts through the whole builder, so every rule (structural and
    /// quality, PHR0001–PHR0018) reads every corpus, not only the corpus written for its own rules.
    /// Each corpus file becomes one phrase file of its culture, a key per line.
    /// </summary>
    public class AllRulesCorpusTests
    {
        public static TheoryData<string, string> CorpusFiles() => new()
        {
            { "zh-Hans.txt", "zh-Hans" },
            { "zh-Hant.txt", "zh-Hant" },
            { "zh-HK.txt", "zh-HK" },
            { "ko.txt", "ko" },
            { "text-rules.zh-Hans.txt", "zh-Hans" },
            { "text-rules.zh-Hant.txt", "zh-Hant" },
            { "text-rules.ko.txt", "ko" },
        };

        [Theory]
        [MemberData(nameof(CorpusFiles))]
        public void No_rule_finds_anything_in_a_corpus_of_correct_texts(string file, string culture)
        {
            string path = Path.Combine(TextRuleCorpusTests.RepoRoot(), "tests", "PhraseCatalog.Tests", "Corpus", file);
            var lines = File.ReadAllLines(path, Encoding.UTF8)
                .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal))
                .ToList();
            Assert.True(lines.Count >= 5, $"{file} has only {lines.Count} texts");

            // Each line under its own scenario, so "the same text under two keys of one scenario" (PHR0016) does not apply.
            var entries = lines.Select((text, i) => ("Corpus" + (i + 1) + ".Text", SecurityElement.Escape(text)!)).ToArray();
            var result = Catalogs.Build(
                GeneratorOptions.Default with { DefaultCulture = culture },
                ("Corpus." + culture + ".resx", Resx.Entries(entries)));

            var found = result.Problems.Select(p => p.ToString()).ToList();
            Assert.True(found.Count == 0, $"{found.Count} finding(s) in {file}:\n" + string.Join("\n", found));
            Assert.Equal(lines.Count, result.Model!.Phrases.Count);
        }
    }
}
