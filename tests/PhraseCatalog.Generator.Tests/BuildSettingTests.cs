using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using PhraseCatalog.Generator.Pipeline;
using PhraseCatalog.Generator.Tests.Infrastructure;
using static PhraseCatalog.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace PhraseCatalog.Generator.Tests;

/// <summary>
/// PHR0021: a build setting with a fixed set of values (the text kind, the Taiwan standard) that has
/// another value is reported, with the value and what the build does instead, never ignored.
/// </summary>
public sealed class BuildSettingTests
{
    // 打开... is PHR0013 for spoken text only, so it shows which text kind the rules used.
    private static PhraseFile Menu(string? textKind = null) =>
        PhraseFile.Of("Menu.zh-Hans.resx", ("Open", "打开...")) with { TextKind = textKind };

    private static PhraseFile Agent() => PhraseFile.Of("Agent.zh-Hans.resx", ("Open", "打开..."));

    [Theory]
    [InlineData("ui")]
    [InlineData(" UI ")]
    [InlineData("Chat")]
    [InlineData("spoken")]
    [InlineData("")]
    public void PHR0021_Values_it_understands_are_not_reported(string value)
    {
        var outcome = GeneratorHarness.Run(new[] { Menu(value) }, BuildProperties.Default with { TextKind = value, TaiwanStandard = "True" });

        Assert.Empty(outcome.WithId(PhraseRulesIds.UnknownSetting));
    }

    [Fact]
    public void PHR0021_A_project_text_kind_it_cannot_read_is_reported_once_without_a_location_and_spoken_rules_apply()
    {
        var outcome = GeneratorHarness.Run(new[] { Menu(), Agent() }, BuildProperties.Default with { TextKind = "UI-text" });

        var d = Single(outcome, PhraseRulesIds.UnknownSetting);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(Location.None, d.Location);
        Assert.Equal(
            "The project sets PhraseCatalogTextKind to 'UI-text', which is not spoken, chat or ui; the rules treat the texts as spoken, the default. Write one of those values.",
            d.GetMessage());
        Assert.Equal(2, outcome.WithId("PHR0013").Count());
    }

    [Fact]
    public void PHR0021_A_Taiwan_standard_that_is_not_true_or_false_is_reported_and_read_as_false()
    {
        // 裏 is not Taiwan's form (裡): reported only when the Taiwan standard is on.
        var file = PhraseFile.Of("Shop.zh-Hant.resx", ("Where", "在這裏"));
        var on = GeneratorHarness.Run(new[] { file }, BuildProperties.Default with { DefaultCulture = "zh-Hant", TaiwanStandard = "TRUE" });
        var typo = GeneratorHarness.Run(new[] { file }, BuildProperties.Default with { DefaultCulture = "zh-Hant", TaiwanStandard = "maybe" });

        Assert.NotEmpty(on.WithId("PHR0009"));
        Assert.Empty(on.WithId(PhraseRulesIds.UnknownSetting));
        Assert.Empty(typo.WithId("PHR0009"));
        var d = Single(typo, PhraseRulesIds.UnknownSetting);
        Assert.Equal(Location.None, d.Location);
        Assert.Contains("PhraseCatalogTaiwanStandard to 'maybe', which is not true or false; the build goes on as if it were false", d.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData(" On ", true)]
    [InlineData("yes", true)]
    [InlineData("!false", true)]
    [InlineData("False", false)]
    [InlineData("off", false)]
    [InlineData("NO", false)]
    [InlineData("!true", false)]
    public void PHR0021_the_Taiwan_standard_takes_every_boolean_MSBuild_takes(string value, bool on)
    {
        var file = PhraseFile.Of("Shop.zh-Hant.resx", ("Where", "在這裏"));
        var outcome = GeneratorHarness.Run(new[] { file }, BuildProperties.Default with { DefaultCulture = "zh-Hant", TaiwanStandard = value });

        Assert.Empty(outcome.WithId(PhraseRulesIds.UnknownSetting));
        Assert.Equal(on, outcome.WithId("PHR0009").Count > 0);
    }

    [Fact]
    public void PHR0021_An_item_text_kind_it_cannot_read_is_reported_at_the_start_of_that_file_and_the_project_kind_applies()
    {
        var menu = Menu("label");
        var outcome = GeneratorHarness.Run(new[] { menu, Agent() }, BuildProperties.Default with { TextKind = "ui" });

        var d = Single(outcome, PhraseRulesIds.UnknownSetting);
        Located(d, PhraseRulesIds.UnknownSetting, DiagnosticSeverity.Warning, menu, line: 1, column: 1, spanText: "");
        Assert.Contains("TextKind=\"label\", which is not spoken, chat or ui; the project's PhraseCatalogTextKind applies to it instead", d.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(outcome.WithId("PHR0013")); // the project's ui, for both files
    }

    [Fact]
    public void PHR0021_The_setting_problem_step_is_cached_when_a_phrase_file_changes()
    {
        var driver = GeneratorHarness.CreateDriver(new[] { Menu() }, out var texts, BuildProperties.Default with { TextKind = "bogus" });
        var compilation = GeneratorHarness.CreateCompilation(Array.Empty<string>());
        driver = driver.RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(texts[0].Path, Resx.Of(new Entry("Open", "打开…"))));
        driver = driver.RunGenerators(compilation);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.SettingProblems];
        Assert.All(steps.SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Single(driver.GetRunResult().Diagnostics, d => d.Id == PhraseRulesIds.UnknownSetting);
    }

    private static class PhraseRulesIds
    {
        public const string UnknownSetting = PhraseCatalog.Core.Problems.PhraseRules.UnknownSettingId;
    }
}
