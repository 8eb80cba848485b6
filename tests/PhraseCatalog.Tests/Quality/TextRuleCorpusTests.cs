using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PhraseCatalog.Core;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Core.Validation.Quality;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Quality
{
    /// <summary>
    /// Precision first: the text rules PHR0010, PHR0012, PHR0013 and PHR0014 find nothing in the
    /// standard catalog nor in a larger corpus of correct texts written for these tests
    /// (Corpus/text-rules.*.txt, see Corpus/README.md).
    /// </summary>
    public class TextRuleCorpusTests
    {
        private static readonly string[] RuleIds = { PhraseRules.AddressRegisterId, PhraseRules.TemplateMarkId, PhraseRules.PunctuationId, PhraseRules.WhitespaceId };

        internal static string RepoRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PhraseCatalog.sln")))
            {
                directory = directory.Parent;
            }

            Assert.True(directory is not null, "The repository root (PhraseCatalog.sln) was not found above " + AppContext.BaseDirectory);
            return directory!.FullName;
        }

        internal static IReadOnlyList<(int Line, string Text)> Corpus(string culture)
        {
            string path = Path.Combine(RepoRoot(), "tests", "PhraseCatalog.Tests", "Corpus", "text-rules." + culture + ".txt");
            var lines = File.ReadAllLines(path, Encoding.UTF8);
            return lines.Select((text, i) => (Line: i + 1, Text: text))
                .Where(l => l.Text.Length > 0 && !l.Text.StartsWith("#", StringComparison.Ordinal))
                .ToList();
        }

        internal static IEnumerable<string> Findings(string culture, string text) =>
            AddressRegisterCheck.Find(culture, text).Select(f => "PHR0010 " + f)
                .Concat(TemplateMarkCheck.Find(culture, text).Select(f => "PHR0012 " + f))
                .Concat(PunctuationCheck.Find(culture, text).Select(f => "PHR0013 " + f))
                .Concat(WhitespaceCheck.Find(culture, text).Select(f => "PHR0014 " + f));

        [Theory]
        [InlineData("zh-Hans", 100)]
        [InlineData("zh-Hant", 100)]
        [InlineData("ko", 100)]
        public void The_corpus_of_correct_texts_gives_no_finding(string culture, int atLeast)
        {
            var corpus = Corpus(culture);
            Assert.True(corpus.Count >= atLeast, $"only {corpus.Count} texts in the {culture} corpus");

            var found = corpus.SelectMany(l => Findings(culture, l.Text).Select(f => $"line {l.Line} '{l.Text}': {f}")).ToList();

            Assert.True(found.Count == 0, "False positives:\n" + string.Join("\n", found));
        }

        [Fact]
        public void The_corpus_also_builds_as_phrase_files_without_a_finding_of_these_rules()
        {
            var files = new[] { "zh-Hans", "zh-Hant", "ko" }
                .Select(culture => ("Corpus." + culture + ".resx", Support.Resx.Entries(Corpus(culture).Select((l, i) => ("Text.Line" + l.Line, Escape(l.Text))).ToArray())))
                .ToArray();

            var result = Support.Catalogs.Build(files);

            var found = result.Problems.Where(p => RuleIds.Contains(p.RuleId)).Select(p => p.ToString()).ToList();
            Assert.True(found.Count == 0, "False positives:\n" + string.Join("\n", found));
            Assert.Equal(Corpus("zh-Hans").Count, result.Model!.Phrases.Count(p => p.Texts.Any(t => t.Culture == "zh-Hans" && !t.IsFallback)));
        }

        private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

        [Fact]
        public void The_standard_catalog_gives_no_finding_of_these_rules()
        {
            string phrases = Path.Combine(RepoRoot(), "phrases");
            var files = Directory.GetFiles(phrases, "CallCenter*.resx")
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(path => new ParsedPhraseFile(
                    path,
                    phrases,
                    PhraseFileName.Parse(Path.GetFileName(path), out var error),
                    error,
                    null,
                    ResxReader.Read(path, File.ReadAllBytes(path))))
                .ToEquatableArray();
            Assert.Equal(6, files.Count);

            var result = CatalogPipeline.Model(new CatalogInput("CallCenter", "PhraseCatalog.Standard", "CallCenter.g.cs", files), GeneratorOptions.Default);

            Assert.True(result.Model!.Phrases.Count >= 100);
            var found = result.Problems.Where(p => RuleIds.Contains(p.RuleId)).Select(p => p.ToString()).ToList();
            Assert.True(found.Count == 0, "Findings in the standard catalog:\n" + string.Join("\n", found));
        }
    }
}
