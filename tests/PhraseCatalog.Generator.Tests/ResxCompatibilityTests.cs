using System;
using System.Linq;
using PhraseCatalog.Generator.Tests.Infrastructure;

namespace PhraseCatalog.Generator.Tests;

/// <summary>
/// Existing resx files as teams have them: flat keys, positional placeholders with .NET format
/// strings, an English neutral file and regional translation files. Generated code compiled and run.
/// </summary>
public sealed class ResxCompatibilityTests
{
    private static readonly PhraseFile[] App =
    [
        PhraseFile.Of(
            "Resources.resx",
            ("ButtonOK", "OK"),
            ("Button Cancel", "Cancel"),
            ("Summary", "{0} items, {1:0.0} kg, shipped {2:yyyy-MM-dd}"),
            ("Row", "[{0,-6}|{1,10:N2}]"),
            ("Reorder", "{1} before {0}")),
        PhraseFile.Of(
            "Resources.zh-CN.resx",
            ("ButtonOK", "确定"),
            ("Button Cancel", "取消"),
            ("Summary", "共{0}件，{1:0.0}公斤，{2:yyyy-MM-dd}发货"),
            ("Row", "[{0,-6}|{1:N2}]"),
            ("Reorder", "{0}在{1}之后")),
    ];

    [Fact]
    public void Flat_keys_and_positional_placeholders_compile_and_format_with_the_invariant_culture()
    {
        var outcome = GeneratorHarness.Run(App, sources: """
            using System;
            using Contoso.App;

            internal static class Program
            {
                public static string Run()
                {
                    var previous = System.Globalization.CultureInfo.CurrentCulture;
                    // A culture with ',' as decimal separator: the output must not change.
                    System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
                    try
                    {
                        var date = new DateTime(2024, 1, 2);
                        return string.Join("\n",
                            Resources.ButtonOK.Text("zh-Hans") + "|" + Resources.ButtonOK.Text("en") + "|" + Resources.ButtonOK.Key,
                            Resources.Button_Cancel.Text("zh-CN") + "|" + Resources.Button_Cancel.Key,
                            Resources.Summary(3, 2.5, date).Text("en"),
                            Resources.Summary(3, 2.5, date).Text("zh-Hans"),
                            Resources.Row("ab", 1234.5).Text("en"),
                            Resources.Row("ab", 1234.5).Text("zh-CN"),
                            Resources.Row(null, null).Text("en"),
                            Resources.Reorder(arg0: "A", arg1: "B").Text("en") + "|" + Resources.Reorder("A", "B").Text("zh-CN"));
                    }
                    finally
                    {
                        System.Globalization.CultureInfo.CurrentCulture = previous;
                    }
                }
            }
            """);

        Assert.Empty(outcome.Diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        Assert.Equal(
            string.Join("\n",
                "确定|OK|ButtonOK",
                "取消|Button Cancel",
                "3 items, 2.5 kg, shipped 2024-01-02",
                "共3件，2.5公斤，2024-01-02发货",
                "[ab    |  1,234.50]",
                "[ab    |1,234.50]",
                "[      |          ]",
                "B before A|A在B之后"),
            assembly.Run());
    }

    [Fact]
    public void A_translation_that_drops_or_adds_a_positional_placeholder_is_PHR0006()
    {
        var outcome = GeneratorHarness.Run(
            PhraseFile.Of("Resources.resx", ("Summary", "{0} items, {1:0.0} kg"), ("Count", "{0} items")),
            PhraseFile.Of("Resources.zh-CN.resx", ("Summary", "共{0}件"), ("Count", "{0}件，{1}")));

        var found = outcome.Diagnostics.Where(d => d.Id == "PHR0006").Select(d => d.GetMessage()).OrderBy(m => m, StringComparer.Ordinal).ToList();
        Assert.Equal(2, found.Count);
        Assert.Contains("has the placeholders {0}, {1}, but the neutral text has {0}", found[0], StringComparison.Ordinal);
        Assert.Contains("has the placeholders {0}, but the neutral text has {0}, {1}", found[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{name} has {0} items", "{0}")]
    [InlineData("{0} items for {name}", "{name}")]
    public void Mixing_named_and_positional_placeholders_is_PHR0007_with_the_fix(string text, string reportedAt)
    {
        var outcome = GeneratorHarness.Run(PhraseFile.Of("Resources.resx", ("Mixed", text)));

        var d = Assert.Single(outcome.Diagnostics, d => d.Id == "PHR0007");
        Assert.Contains("mixes named placeholders ({name}) and positional ones ({0})", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("give each value a name", d.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(reportedAt.Length, d.Location.SourceSpan.Length);
    }

    [Theory]
    [InlineData("{100}")]
    [InlineData("{0,1000}")]
    [InlineData("{0,abc}")]
    [InlineData("{0x}")]
    public void Positional_placeholders_that_could_fail_at_run_time_are_PHR0007(string text)
    {
        var outcome = GeneratorHarness.Run(PhraseFile.Of("Resources.resx", ("Bad", text)));
        Assert.Single(outcome.Diagnostics, d => d.Id == "PHR0007");
    }

    [Fact]
    public void NeutralLanguage_names_the_neutral_culture_and_unknown_cultures_get_it()
    {
        var outcome = GeneratorHarness.Run(App, new BuildProperties(NeutralLanguage: "en-US"), sources: """
            internal static class Program
            {
                public static string Run() => string.Join("|",
                    Contoso.App.Resources.Cultures.DefaultCulture,
                    string.Join(",", Contoso.App.Resources.Cultures.Names),
                    Contoso.App.Resources.ButtonOK.Text("fr"),
                    Contoso.App.Resources.ButtonOK.Text("zh-SG"));
            }
            """);

        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        Assert.Equal("en-US|en-US,zh-CN|OK|确定", assembly.Run());
    }

    [Fact]
    public void PHR0030_many_findings_of_one_rule_in_one_file_are_all_reported_and_led_by_one_summary_at_the_file_start()
    {
        var keys = Enumerable.Range(1, 12).Select(i => "Label" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var neutral = PhraseFile.Of("Resources.resx", keys.Select(k => new Entry(k, "Save all changes now")).ToArray());
        var zh = PhraseFile.Of("Resources.zh-TW.resx", keys.Select(k => new Entry(k, "Save all changes now")).ToArray());
        var ko = PhraseFile.Of("Resources.ko-KR.resx", keys.Take(3).Select(k => new Entry(k, "Save all changes now")).Concat(keys.Skip(3).Select(k => new Entry(k, "모두 저장"))).ToArray());

        var outcome = GeneratorHarness.Run(neutral, zh, ko);

        var inTw = outcome.Diagnostics.Where(d => d.Id == "PHR0030" && d.Location.GetLineSpan().Path.EndsWith("zh-TW.resx", StringComparison.Ordinal)).ToList();
        Assert.Equal(13, inTw.Count);
        var summary = Assert.Single(inTw, d => d.Location.GetLineSpan().StartLinePosition.Line == 0);
        Assert.StartsWith("12 findings of PHR0030 (Text left untranslated) in Resources.zh-TW.resx, each reported at its line; the first, at line ", summary.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic.PHR0030.severity", summary.GetMessage(), StringComparison.Ordinal);

        // Three findings in the ko-KR file: no summary there.
        var inKo = outcome.Diagnostics.Where(d => d.Id == "PHR0030" && d.Location.GetLineSpan().Path.EndsWith("ko-KR.resx", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, inKo.Count);
        Assert.DoesNotContain(inKo, d => d.GetMessage().Contains("findings of", StringComparison.Ordinal));
    }
}
