using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PhraseCatalog.Generator.Tests.Infrastructure;
using static PhraseCatalog.Generator.Tests.Infrastructure.DiagnosticAssert;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Generator.Tests;

/// <summary>
/// The text-quality rules PHR0010, PHR0012, PHR0013 and PHR0014 as the compiler reports them: ID,
/// severity, line and column in the .resx and the span on the offending characters; and their
/// severity changed the ways a project changes it.
/// </summary>
/// <remarks>
/// In a file made by <see cref="Resx.Of(Entry[])"/> the first entry's value is on line 7 from column
/// 12, the second entry's on line 10 (entries without a comment take three lines).
/// </remarks>
public sealed class QualityTextRuleTests
{
    private const int FirstValueLine = 7;
    private const int SecondValueLine = 10;
    private const int ValueColumn = 12;

    [Fact]
    public void PHR0010_ni_in_Chinese_and_casual_Korean_are_warnings_at_the_words()
    {
        var hans = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Greeting.Hello", "您好！"), ("Hold.Ask", "请你稍等。"));
        var hant = PhraseFile.Of("CallCenter.zh-Hant.resx", ("Greeting.Hello", "您好！"), ("Hold.Ask", "感謝你們的耐心等候。"));
        var ko = PhraseFile.Of("CallCenter.ko.resx", ("Greeting.Hello", "안녕하십니까?"), ("Hold.Ask", "잠시만요. 확인해 볼게."));

        var outcome = GeneratorHarness.Run(hans, hant, ko);

        OnlyIds(outcome, "PHR0010");
        var found = outcome.WithId("PHR0010");
        Assert.Equal(3, found.Count);
        Located(found[0], "PHR0010", DiagnosticSeverity.Warning, ko, SecondValueLine, ValueColumn + 10, "볼게");
        Located(found[1], "PHR0010", DiagnosticSeverity.Warning, hans, SecondValueLine, ValueColumn + 1, "你");
        Located(found[2], "PHR0010", DiagnosticSeverity.Warning, hant, SecondValueLine, ValueColumn + 2, "你們");
        Assert.Contains("write '您'", found[1].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'各位'", found[2].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'볼게요'", found[0].GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("docs/rules/PHR0010.md", found[0].Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public void PHR0012_a_template_mark_is_a_warning_at_the_mark_with_the_placeholder_to_write()
    {
        var hans = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Greeting.Known", "××先生，您好！"));
        var ko = PhraseFile.Of("CallCenter.ko.resx", ("Greeting.Known", "OOO 고객님, 안녕하십니까?"));

        var outcome = GeneratorHarness.Run(hans, ko);

        OnlyIds(outcome, "PHR0012");
        var found = outcome.WithId("PHR0012");
        Assert.Equal(2, found.Count);
        Located(found[0], "PHR0012", DiagnosticSeverity.Warning, ko, FirstValueLine, ValueColumn, "OOO");
        Located(found[1], "PHR0012", DiagnosticSeverity.Warning, hans, FirstValueLine, ValueColumn, "××");
        Assert.Contains("{name} 고객님", found[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("{surname}先生", found[1].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void PHR0013_half_width_punctuation_in_Chinese_and_full_width_in_Korean_are_warnings_at_the_mark()
    {
        var hans = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Hold.Ask", "请您稍等,好吗？"));
        var ko = PhraseFile.Of("CallCenter.ko.resx", ("Hold.Ask", "잠시만 기다려 주십시오。"));

        var outcome = GeneratorHarness.Run(hans, ko);

        OnlyIds(outcome, "PHR0013");
        var found = outcome.WithId("PHR0013");
        Assert.Equal(2, found.Count);
        Located(found[0], "PHR0013", DiagnosticSeverity.Warning, ko, FirstValueLine, ValueColumn + 12, "。");
        Located(found[1], "PHR0013", DiagnosticSeverity.Warning, hans, FirstValueLine, ValueColumn + 4, ",");
        Assert.Contains("'，'", found[1].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void PHR0013_full_width_placeholder_braces_are_an_error_and_the_placeholder_still_works()
    {
        var hans = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Greeting.Known", "｛surname｝先生，您好！"));
        var hant = PhraseFile.Of("CallCenter.zh-Hant.resx", ("Greeting.Known", "{surname｝先生，您好！"));
        var ko = PhraseFile.Of("CallCenter.ko.resx", ("Greeting.Known", "{surname} 고객님, 안녕하십니까?"));

        var outcome = GeneratorHarness.Run(
            new[] { hans, hant, ko },
            sources: """
                using Contoso.App;
                internal static class Program
                {
                    public static string Run() => CallCenter.Greeting.Known("王").Text("zh-Hans") + "|" + CallCenter.Greeting.Known("王").Text("zh-Hant");
                }
                """);

        // One error per text, and nothing else: no PHR0007 for the lone '{', no PHR0006 for the "missing" placeholder.
        OnlyIds(outcome, "PHR0013");
        var found = outcome.WithId("PHR0013");
        Assert.Equal(2, found.Count);
        AssertError(found[0], hans, "｛surname｝");
        AssertError(found[1], hant, "{surname｝");
        Assert.Contains("write '{surname}'", found[0].GetMessage(), StringComparison.Ordinal);

        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        Assert.Equal("王先生，您好！|王先生，您好！", assembly.Invoke("Program", "Run"));
    }

    [Fact]
    public void PHR0014_white_space_is_a_warning_at_the_space_in_approved_and_forbidden_files()
    {
        var hans = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Hold.Ask", "请您 稍等。"));
        var forbidden = PhraseFile.Of("CallCenter.Forbidden.zh-Hans.resx", ("Banned.DontKnow", "不知道\u3000"));
        var ko = PhraseFile.Of("CallCenter.ko.resx", ("Hold.Ask", "잠시만  기다려 주십시오."));

        var outcome = GeneratorHarness.Run(hans, forbidden, ko);

        OnlyIds(outcome, "PHR0014");
        var found = outcome.WithId("PHR0014");
        Assert.Equal(3, found.Count);
        Located(found[0], "PHR0014", DiagnosticSeverity.Warning, forbidden, FirstValueLine, ValueColumn + 3, "\u3000");
        Located(found[1], "PHR0014", DiagnosticSeverity.Warning, ko, FirstValueLine, ValueColumn + 3, "  ");
        Located(found[2], "PHR0014", DiagnosticSeverity.Warning, hans, FirstValueLine, ValueColumn + 2, " ");
        Assert.StartsWith("The text ends with an ideographic space", found[0].GetMessage(), StringComparison.Ordinal);
    }

    // ---- severity configuration --------------------------------------------------------------------

    private static readonly PhraseFile Sloppy = PhraseFile.Of(
        "CallCenter.zh-Hans.resx",
        ("Greeting.Known", "｛surname｝先生，您好！"),
        ("Hold.Ask", "请您 稍等,好吗？"));

    [Fact]
    public void PHR0013_and_PHR0014_follow_the_compilations_specific_diagnostic_options()
    {
        var outcome = RunWith(
            o => o.WithSpecificDiagnosticOptions(o.SpecificDiagnosticOptions.SetItem("PHR0013", ReportDiagnostic.Warn).SetItem("PHR0014", ReportDiagnostic.Suppress)),
            Sloppy);

        // The per-finding error is lowered to a warning like the rest; PHR0014 is silenced.
        var unconfigured = Run(Sloppy);
        Assert.Equal(new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning }, unconfigured.WithId("PHR0013").Select(d => d.Severity));
        Assert.Single(unconfigured.WithId("PHR0014"));
        Assert.Equal(new[] { DiagnosticSeverity.Warning, DiagnosticSeverity.Warning }, outcome.WithId("PHR0013").Select(d => d.Severity));
        Assert.Empty(outcome.WithId("PHR0014"));
    }

    [Fact]
    public void PHR0013_can_be_raised_for_every_finding_and_PHR0014_silenced_in_a_globalconfig()
    {
        // The compiler's own parser reads the .globalconfig; the compilation then sees its severities the
        // way the command-line compiler hands them over (a global value per diagnostic ID).
        var config = AnalyzerConfig.Parse(
            SourceText.From("""
                is_global = true
                dotnet_diagnostic.PHR0013.severity = error
                dotnet_diagnostic.PHR0014.severity = none
                """),
            "/src/App/.globalconfig");
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(config), out var configDiagnostics);
        Assert.Empty(configDiagnostics);
        var severities = set.GlobalConfigOptions.TreeOptions;
        Assert.Equal(ReportDiagnostic.Error, severities["PHR0013"]);

        var outcome = RunWith(o => o.WithSyntaxTreeOptionsProvider(new GlobalSeverities(severities)), Sloppy);

        var found = outcome.WithId("PHR0013");
        Assert.Equal(2, found.Count);
        Assert.All(found, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Empty(outcome.WithId("PHR0014"));
    }

    [Fact]
    public void PHR0013_set_to_none_silences_even_the_error_findings()
    {
        var outcome = RunWith(o => o.WithSpecificDiagnosticOptions(o.SpecificDiagnosticOptions.SetItem("PHR0013", ReportDiagnostic.Suppress)), Sloppy);

        Assert.Empty(outcome.WithId("PHR0013"));
        Located(Single(outcome, "PHR0014"), "PHR0014", DiagnosticSeverity.Warning, Sloppy, SecondValueLine, ValueColumn + 2, " ");
    }

    private static GeneratorOutcome Run(params PhraseFile[] files) => RunWith(o => o, files);

    private static GeneratorOutcome RunWith(Func<CompilationOptions, CompilationOptions> configure, params PhraseFile[] files)
    {
        var compilation = GeneratorHarness.CreateCompilation(Array.Empty<string>());
        compilation = compilation.WithOptions((Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)configure(compilation.Options));
        var driver = GeneratorHarness.CreateDriver(files);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorOutcome(driver, compilation, output, diagnostics);
    }

    /// <summary>An error finding of a rule whose default is a warning: the build fails on it unless configured otherwise.</summary>
    private static void AssertError(Diagnostic diagnostic, PhraseFile file, string spanText)
    {
        Assert.Equal("PHR0013", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        var lineSpan = diagnostic.Location.GetLineSpan();
        Assert.Equal(file.Path, lineSpan.Path);
        Assert.Equal((FirstValueLine, ValueColumn), (lineSpan.StartLinePosition.Line + 1, lineSpan.StartLinePosition.Character + 1));
        Assert.Equal(spanText, SourceText.From(file.Content).ToString(diagnostic.Location.SourceSpan));
        Assert.StartsWith($"{file.Path}({FirstValueLine},{ValueColumn}): error PHR0013: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Hands the compilation the global severities of a .globalconfig, as the compiler does.</summary>
    private sealed class GlobalSeverities : SyntaxTreeOptionsProvider
    {
        private readonly ImmutableDictionary<string, ReportDiagnostic> _severities;

        public GlobalSeverities(ImmutableDictionary<string, ReportDiagnostic> severities) => _severities = severities;

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            _severities.TryGetValue(diagnosticId, out severity);
    }
}
