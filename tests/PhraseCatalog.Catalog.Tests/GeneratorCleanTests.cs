using System;
using System.IO;
using System.Linq;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Reading;

namespace PhraseCatalog.Catalog.Tests;

/// <summary>The standard catalog goes through the generator's reader, model and every rule without a single finding.</summary>
public class GeneratorCleanTests
{
    private static CatalogResult BuildStandardCatalog() => GeneratorRules.BuildStandard(GeneratorOptions.Default);

    [Fact]
    public void Standard_catalog_has_no_generator_findings()
    {
        var result = BuildStandardCatalog();
        Assert.True(result.Problems.Count == 0, "Findings:\n" + string.Join("\n", result.Problems.Select(p => p.ToString())));
    }

    [Fact]
    public void Standard_catalog_has_no_findings_as_src_PhraseCatalog_builds_it()
    {
        // Taiwan's standard forms on and the cultures declared: the quality rules at their strictest.
        var result = GeneratorRules.Standard;
        Assert.True(result.Problems.Count == 0, "Findings:\n" + string.Join("\n", result.Problems.Select(GeneratorRules.Describe)));
        Assert.True(GeneratorRules.StandardOptions.TaiwanStandard);
    }

    [Fact]
    public void Every_key_is_generated_in_three_cultures_without_fallback()
    {
        var model = BuildStandardCatalog().Model;
        Assert.NotNull(model);
        Assert.Equal(new[] { "zh-Hans", "ko", "zh-Hant" }, model!.Cultures.ToArray());
        Assert.True(model.Phrases.Count >= 100, $"only {model.Phrases.Count} phrases");
        var fallbacks = model.Phrases.SelectMany(p => p.Texts.Where(t => t.IsFallback).Select(t => p.Key + " " + t.Culture)).ToList();
        Assert.True(fallbacks.Count == 0, "Falls back: " + string.Join(", ", fallbacks));
    }

    [Fact]
    public void Forbidden_phrases_reach_the_model_with_their_replacements()
    {
        var model = BuildStandardCatalog().Model!;
        var wei = Assert.Single(model.Forbidden, f => f.Culture == "zh-Hans" && f.Text == "喂");
        Assert.NotEmpty(wei.Instead);
        Assert.Contains(model.Forbidden, f => f.Culture == "ko");
        Assert.Contains(model.Forbidden, f => f.Culture == "zh-Hant");
    }
}
