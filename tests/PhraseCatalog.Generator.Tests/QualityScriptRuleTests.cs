using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PhraseCatalog.Generator.Pipeline;
using PhraseCatalog.Generator.Tests.Infrastructure;
using static PhraseCatalog.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace PhraseCatalog.Generator.Tests;

/// <summary>
/// PHR0009, PHR0011, PHR0015 and PHR0016 reported by the real generator, as the compiler reports
/// them: ID, severity, and the line, column and span in the .resx.
/// </summary>
/// <remarks>
/// Files made by <see cref="Resx.Of(Entry[])"/> have a five-line header; entry n (from 0) has its
/// key on line 6 + 3n at column 15 and its value on line 7 + 3n from column 12.
/// </remarks>
public sealed class QualityScriptRuleTests
{
    private const int KeyColumn = 15;
    private const int ValueColumn = 12;

    private static int KeyLine(int entry) => 6 + (3 * entry);

    private static int ValueLine(int entry) => 7 + (3 * entry);

    /// <summary>Runs the generator with extra MSBuild properties (PhraseCatalogCultures, PhraseCatalogTaiwanStandard) as the targets pass them.</summary>
    private static GeneratorOutcome Run(IReadOnlyDictionary<string, string> properties, params PhraseFile[] files)
    {
        var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Contoso.App" };
        foreach (var pair in properties) global["build_property." + pair.Key] = pair.Value;
        var perFile = files.ToDictionary(
            f => f.Path,
            f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PhraseCatalogFile"] = "true" },
            StringComparer.Ordinal);

        var compilation = GeneratorHarness.CreateCompilation(Array.Empty<string>());
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new PhraseCatalogGenerator().AsSourceGenerator() },
            files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Content)),
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider(global, perFile));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorOutcome(driver, compilation, output, diagnostics);
    }

    // ---- PHR0009 ------------------------------------------------------------------------------

    [Fact]
    public void PHR0009_simplified_character_in_zh_Hant_is_located()
    {
        var hans = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Greeting.Hello", "您好"), ("Hold.Ask", "请稍等，我马上帮您查。"));
        var hant = PhraseFile.Of("CallCenter.zh-Hant.resx", ("Greeting.Hello", "您好"), ("Hold.Ask", "請稍等，我马上幫您查。"));

        var outcome = GeneratorHarness.Run(hans, hant);

        OnlyIds(outcome, "PHR0009");
        var d = Single(outcome, "PHR0009");
        Located(d, "PHR0009", DiagnosticSeverity.Warning, hant, line: ValueLine(1), column: ValueColumn + 5, spanText: "马");
        Assert.Equal("'马' is written in Simplified Chinese characters, which a zh-Hant text does not use; write 馬 instead", d.GetMessage());
    }

    [Fact]
    public void PHR0009_traditional_in_zh_Hans_and_Hanja_in_ko_are_located_and_runs_are_one_finding()
    {
        var hans = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Hold.Ask", "请稍等，我們马上帮您查。"));
        var ko = PhraseFile.Of("CallCenter.ko.resx", ("Hold.Ask", "고객님, 電話 주셔서 감사합니다."));

        var outcome = GeneratorHarness.Run(hans, ko);

        OnlyIds(outcome, "PHR0009");
        var found = outcome.WithId("PHR0009");
        Assert.Equal(2, found.Count);
        Located(found[0], "PHR0009", DiagnosticSeverity.Warning, ko, line: ValueLine(0), column: ValueColumn + 5, spanText: "電話");
        Located(found[1], "PHR0009", DiagnosticSeverity.Warning, hans, line: ValueLine(0), column: ValueColumn + 5, spanText: "們");
        Assert.EndsWith("write 们 instead", found[1].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void PHR0009_Taiwan_standard_forms_are_checked_when_PhraseCatalogTaiwanStandard_is_true()
    {
        var hant = PhraseFile.Of("CallCenter.zh-Hant.resx", ("Hold.Ask", "這裏請稍等。"));

        GeneratorHarness.Run(hant).AssertNoDiagnostics();

        var outcome = Run(new Dictionary<string, string> { ["PhraseCatalogTaiwanStandard"] = "true" }, hant);
        OnlyIds(outcome, "PHR0009");
        var d = Single(outcome, "PHR0009");
        Located(d, "PHR0009", DiagnosticSeverity.Warning, hant, line: ValueLine(0), column: ValueColumn + 1, spanText: "裏");
        Assert.EndsWith("write 裡 instead", d.GetMessage(), StringComparison.Ordinal);
    }

    // ---- PHR0011 ------------------------------------------------------------------------------

    [Fact]
    public void PHR0011_forbidden_phrase_inside_an_approved_text_is_located()
    {
        var approved = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Greeting.Hello", "您好"), ("Info.Unknown", "您不知道的话，我帮您查。"));
        var forbidden = PhraseFile.Of("CallCenter.Forbidden.zh-Hans.resx", new Entry("Banned.DontKnow", "不知道", "Never admit ignorance.\nInstead: Greeting.Hello"));

        var outcome = GeneratorHarness.Run(approved, forbidden);

        OnlyIds(outcome, "PHR0011");
        var d = Single(outcome, "PHR0011");
        Located(d, "PHR0011", DiagnosticSeverity.Warning, approved, line: ValueLine(1), column: ValueColumn + 1, spanText: "不知道");
        Assert.Contains("'Banned.DontKnow'", d.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("(the forbidden entry suggests Greeting.Hello)", d.GetMessage(), StringComparison.Ordinal);
    }

    // ---- PHR0015 ------------------------------------------------------------------------------

    [Fact]
    public void PHR0015_unknown_culture_name_is_reported_at_the_file_start_and_the_file_is_still_generated()
    {
        var hans = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Hold.Ask", "请稍等。"));
        var chs = PhraseFile.Of("CallCenter.kr.resx", ("Hold.Ask", "잠시만 기다려 주십시오."));

        var outcome = GeneratorHarness.Run(hans, chs);

        OnlyIds(outcome, "PHR0015");
        var d = Single(outcome, "PHR0015");
        Located(d, "PHR0015", DiagnosticSeverity.Warning, chs, line: 1, column: 1, spanText: "");
        Assert.Equal("The culture 'kr' in the file name 'CallCenter.kr.resx' is not a known culture name; name the file CallCenter.ko.resx", d.GetMessage());
        Assert.Contains("잠시만 기다려 주십시오.", outcome.Sources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PHR0015_a_malformed_culture_name_is_an_error_although_the_rule_defaults_to_warning()
    {
        var hans = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Hold.Ask", "请稍等。"));
        var tw = PhraseFile.Of("CallCenter.zh_TW.resx", ("Hold.Ask", "請稍等。"));

        var outcome = GeneratorHarness.Run(hans, tw);

        OnlyIds(outcome, "PHR0015");
        var d = Single(outcome, "PHR0015");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
        var span = d.Location.GetLineSpan();
        Assert.Equal((tw.Path, 0, 0), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.StartsWith($"{tw.Path}(1,1): error PHR0015: ", d.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("name the file CallCenter.zh-TW.resx", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void PHR0015_a_culture_outside_PhraseCatalogCultures_is_reported()
    {
        var hans = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Hold.Ask", "请稍等。"));
        var tw = PhraseFile.Of("CallCenter.zh-TW.resx", ("Hold.Ask", "請稍等。"));

        var outcome = Run(new Dictionary<string, string> { ["PhraseCatalogCultures"] = "zh-Hans; zh-Hant; ko" }, hans, tw);

        OnlyIds(outcome, "PHR0015");
        var d = Single(outcome, "PHR0015");
        Located(d, "PHR0015", DiagnosticSeverity.Warning, tw, line: 1, column: 1, spanText: "");
        Assert.Equal("The culture 'zh-TW' in the file name 'CallCenter.zh-TW.resx' is not one of the cultures the project declares in PhraseCatalogCultures (zh-Hans, zh-Hant, ko); name the file CallCenter.zh-Hant.resx, or add zh-TW to PhraseCatalogCultures", d.GetMessage());
    }

    // ---- PHR0016 ------------------------------------------------------------------------------

    [Fact]
    public void PHR0016_zh_Hant_text_copied_from_zh_Hans_is_reported_at_its_value()
    {
        var hans = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Greeting.Hello", "您好！"), ("Hold.Ask", "请稍等。"));
        var hant = PhraseFile.Of("CallCenter.zh-Hant.resx", ("Greeting.Hello", "您好！"), ("Hold.Ask", "请稍等。"));

        var outcome = GeneratorHarness.Run(hans, hant);

        OnlyIds(outcome, "PHR0016", "PHR0009");
        var d = Single(outcome, "PHR0016");
        Located(d, "PHR0016", DiagnosticSeverity.Warning, hant, line: ValueLine(1), column: ValueColumn, spanText: "请稍等。");
        Assert.Contains("probably never converted", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void PHR0016_the_same_text_twice_in_one_scenario_is_reported_at_the_second_key()
    {
        var ko = PhraseFile.Of("CallCenter.ko.resx", ("Hold.Ask", "잠시만 기다려 주십시오."), ("Hold.Thanks", "잠시만 기다려 주십시오."), ("Closing.Ask", "잠시만 기다려 주십시오."));

        var outcome = GeneratorHarness.Run(ko);

        OnlyIds(outcome, "PHR0016");
        var d = Single(outcome, "PHR0016");
        Located(d, "PHR0016", DiagnosticSeverity.Warning, ko, line: KeyLine(1), column: KeyColumn, spanText: "Hold.Thanks");
        Assert.Contains("as 'Hold.Ask' (line 6)", d.GetMessage(), StringComparison.Ordinal);
    }

    // ---- the standard catalog ------------------------------------------------------------------

    [Fact]
    public void The_standard_catalog_has_no_quality_findings_with_Taiwan_standard_and_declared_cultures()
    {
        string phrases = FindPhrasesFolder();
        var files = Directory.GetFiles(phrases, "*.resx")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => PhraseFile.Of(Path.GetFileName(p), File.ReadAllText(p)))
            .ToArray();
        Assert.True(files.Length >= 6, $"only {files.Length} phrase files in {phrases}");

        var outcome = Run(
            new Dictionary<string, string> { ["PhraseCatalogCultures"] = "zh-Hans;zh-Hant;ko", ["PhraseCatalogTaiwanStandard"] = "true" },
            files);

        outcome.AssertNoDiagnostics();
        Assert.Single(outcome.Sources);
    }

    private static string FindPhrasesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "phrases");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))) return candidate;
        }

        throw new InvalidOperationException("phrases/ not found above " + AppContext.BaseDirectory);
    }
}
