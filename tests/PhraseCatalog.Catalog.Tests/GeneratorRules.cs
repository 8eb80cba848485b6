using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using PhraseCatalog.Core;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Catalog.Tests;

/// <summary>
/// The generator's own rules run on phrase files, so the catalog tests use the same implementation the
/// build does (script PHR0009, forbidden-in-approved PHR0011, untranslated or copied PHR0016) instead of a
/// second one. The standard catalog is built as src/PhraseCatalog builds it: Taiwan's standard forms on,
/// cultures declared.
/// </summary>
internal static class GeneratorRules
{
    public static GeneratorOptions StandardOptions { get; } = GeneratorOptions.Default with
    {
        TaiwanStandard = true,
        DeclaredCultures = new[] { "zh-Hans", "zh-Hant", "ko" }.ToEquatableArray(),
    };

    private static readonly Lazy<CatalogResult> LazyStandard = new(() => BuildStandard(StandardOptions));

    public static CatalogResult Standard => LazyStandard.Value;

    public static CatalogResult BuildStandard(GeneratorOptions options)
    {
        var files = Directory.GetFiles(Repo.Phrases, "CallCenter*.resx")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(path => new ParsedPhraseFile(
                path,
                Repo.Phrases,
                PhraseFileName.Parse(Path.GetFileName(path), out var error),
                error,
                null,
                ResxReader.Read(path, File.ReadAllBytes(path))))
            .ToEquatableArray();
        var input = new CatalogInput("CallCenter", "PhraseCatalog.Standard", "PhraseCatalog.Standard.CallCenter.g.cs", files);
        return CatalogPipeline.Model(input, options);
    }

    /// <summary>The standard catalog's findings of one rule, as "file(line,column): message".</summary>
    public static IReadOnlyList<string> StandardFindings(string ruleId, string? culture = null) =>
        Standard.Problems
            .Where(p => p.RuleId == ruleId)
            .Where(p => culture is null || p.Span is null || Path.GetFileName(p.Span.Path).EndsWith("." + culture + ".resx", StringComparison.Ordinal))
            .Select(Describe)
            .ToList();

    /// <summary>Builds a catalog from in-memory files (file name, entries) and returns every finding of one rule.</summary>
    public static IReadOnlyList<PhraseProblem> Run(string ruleId, params (string FileName, (string Key, string Value)[] Entries)[] files)
    {
        var parsed = files.Select(f =>
        {
            string path = "/phrases/" + f.FileName;
            var xml = new XDocument(new XElement("root", f.Entries.Select(e => new XElement("data", new XAttribute("name", e.Key), new XElement("value", e.Value)))));
            return new ParsedPhraseFile(path, "/phrases", PhraseFileName.Parse(f.FileName, out var error), error, null, ResxReader.Read(path, xml.ToString()));
        }).ToEquatableArray();
        var result = CatalogPipeline.Model(new CatalogInput("CallCenter", null, "CallCenter.g.cs", parsed), StandardOptions);
        return result.Problems.Where(p => p.RuleId == ruleId).ToList();
    }

    public static string Describe(PhraseProblem p) =>
        p.Span is null ? p.Message : $"{Path.GetFileName(p.Span.Path)}({p.Span.Line},{p.Span.Column}): {p.Message}";
}
