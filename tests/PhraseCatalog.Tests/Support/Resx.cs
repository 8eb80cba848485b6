using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PhraseCatalog.Core;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Support
{
    /// <summary>
    /// Builds small phrase files whose layout is fixed, so tests can state exact lines and columns:
    /// line 1 is the XML declaration, line 2 <c>&lt;root&gt;</c>, then one line per entry, then <c>&lt;/root&gt;</c>.
    /// An entry line reads <c>  &lt;data name="KEY" xml:space="preserve"&gt;&lt;value&gt;VALUE&lt;/value&gt;…&lt;/data&gt;</c>.
    /// </summary>
    internal static class Resx
    {
        public const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

        /// <summary>The line of the first entry made by <see cref="Doc"/>.</summary>
        public const int FirstEntryLine = 3;

        /// <summary>The column of the <c>&lt;</c> of <c>&lt;data</c> on an entry line.</summary>
        public const int DataColumn = 3;

        /// <summary>The column of the first character of the key on an entry line.</summary>
        public const int KeyColumn = 15;

        /// <summary>The column of the first character of the value on an entry line with this key.</summary>
        public static int ValueColumn(string key) => KeyColumn + key.Length + 30;

        /// <summary>A whole file: declaration, root, the given lines, end of root; '\n' line ends.</summary>
        public static string Doc(params string[] lines)
        {
            var builder = new StringBuilder();
            builder.Append(Declaration).Append('\n');
            builder.Append("<root>\n");
            foreach (var line in lines) builder.Append(line).Append('\n');
            builder.Append("</root>\n");
            return builder.ToString();
        }

        /// <summary>One entry on one line. <paramref name="value"/> is raw XML (entities stay as written).</summary>
        public static string Data(string key, string value, string? comment = null) =>
            "  <data name=\"" + key + "\" xml:space=\"preserve\"><value>" + value + "</value>"
            + (comment is null ? string.Empty : "<comment>" + comment + "</comment>")
            + "</data>";

        /// <summary>A file with one entry per (key, value) pair, in order, from line 3.</summary>
        public static string Entries(params (string Key, string Value)[] entries) =>
            Doc(entries.Select(e => Data(e.Key, e.Value)).ToArray());

        /// <summary>The 1-based line and column where <paramref name="needle"/> first occurs in <paramref name="text"/> (a cross-check computed by plain string search).</summary>
        public static (int Line, int Column) Find(string text, string needle, int occurrence = 1)
        {
            int index = -1;
            for (int i = 0; i < occurrence; i++)
            {
                index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
                if (index < 0) throw new ArgumentException($"'{needle}' occurs fewer than {occurrence} times");
            }

            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < index; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return (line, index - lineStart + 1);
        }

        /// <summary>Everything a read produced, flattened to one string, to check what leaked into it.</summary>
        public static string Dump(ResxReadResult result)
        {
            var builder = new StringBuilder();
            foreach (var entry in result.Entries)
            {
                builder.Append(entry.Key).Append('|').Append(entry.Text).Append('|').Append(entry.Comment).Append('|').Append(entry.RawValue).Append('|')
                    .Append(entry.KeySpan).Append('|').Append(entry.ValueSpan).Append('\n');
            }

            foreach (var problem in result.Problems) builder.Append(Dump(problem)).Append('\n');
            return builder.ToString();
        }

        public static string Dump(PhraseProblem problem) => problem.RuleId + "|" + problem.Message + "|" + problem.Span + "|" + problem;
    }

    /// <summary>Builds catalogs from in-memory phrase files, the way the generator does, without Roslyn.</summary>
    internal static class Catalogs
    {
        public const string Folder = "/phrases";

        public static string PathOf(string fileName) => Folder + "/" + fileName;

        public static ParsedPhraseFile File(string fileName, string content)
        {
            string path = PathOf(fileName);
            var name = PhraseFileName.Parse(fileName, out var error);
            return new ParsedPhraseFile(path, Folder, name, error, null, ResxReader.Read(path, content));
        }

        public static CatalogResult Build(params (string FileName, string Content)[] files) => Build(GeneratorOptions.Default, files);

        public static CatalogResult Build(GeneratorOptions options, params (string FileName, string Content)[] files)
        {
            var parsed = files.Select(f => File(f.FileName, f.Content)).ToList();
            string catalog = parsed.Select(p => p.Name?.Catalog).FirstOrDefault(n => n is not null) ?? "CallCenter";
            var input = new CatalogInput(catalog, null, catalog + ".g.cs", parsed.ToEquatableArray());
            return CatalogPipeline.Model(input, options);
        }

        public static PhraseModel Phrase(this CatalogResult result, string key)
        {
            Assert.NotNull(result.Model);
            return Assert.Single(result.Model!.Phrases, p => p.Key == key);
        }

        public static bool HasPhrase(this CatalogResult result, string key) =>
            result.Model is not null && result.Model.Phrases.Any(p => p.Key == key);

        public static CultureText Text(this PhraseModel phrase, string culture) =>
            Assert.Single(phrase.Texts, t => t.Culture == culture);

        public static IEnumerable<PhraseProblem> Of(this IEnumerable<PhraseProblem> problems, string ruleId) =>
            problems.Where(p => p.RuleId == ruleId);

        /// <summary>Asserts exactly one problem of the rule and returns it.</summary>
        public static PhraseProblem Single(this CatalogResult result, string ruleId) => Assert.Single(result.Problems, p => p.RuleId == ruleId);

        public static PhraseProblem Single(this ResxReadResult result, string ruleId) => Assert.Single(result.Problems, p => p.RuleId == ruleId);
    }

    internal static class Located
    {
        /// <summary>Asserts the problem's rule, its severity as <see cref="PhraseRules"/> declares it, and where it is.</summary>
        public static void At(PhraseProblem problem, PhraseRule rule, RuleSeverity severity, string path, int line, int column)
        {
            Assert.Equal(rule.Id, problem.RuleId);
            Assert.Equal(severity, rule.Severity);
            Assert.Equal(severity, problem.Rule.Severity);
            Assert.NotNull(problem.Span);
            Assert.Equal(path, problem.Span!.Path);
            Assert.Equal((line, column), (problem.Span.Line, problem.Span.Column));
        }
    }
}
