using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Generator.Pipeline;
using PhraseCatalog.Generator.Tests.Infrastructure;

namespace PhraseCatalog.Generator.Tests;

/// <summary>
/// The incremental pipeline, step by step (TrackingNames): unrelated edits are cached, an edit to
/// one catalog re-runs only that catalog, and no step output holds a Compilation, symbol, syntax
/// node or Location.
/// </summary>
public sealed class IncrementalTests
{
    /// <summary>Every step name in <see cref="TrackingNames"/>, read by reflection so a new step is covered too.</summary>
    private static readonly string[] StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static PhraseFile[] TwoCatalogs() =>
    [
        PhraseFile.Of("Sales.zh-Hans.resx", ("Greeting.Hello", "欢迎选购"), ("Offer.Discount", "今天享受{percent:int}折优惠")),
        PhraseFile.Of("Sales.zh-Hant.resx", ("Greeting.Hello", "歡迎選購"), ("Offer.Discount", "今天享受{percent:int}折優惠")),
        PhraseFile.Of("Support.zh-Hans.resx", ("Greeting.Hello", "您好，技术支持"), ("Hold.Wait", "请稍等")),
        PhraseFile.Of("Support.zh-Hant.resx", ("Greeting.Hello", "您好，技術支援"), ("Hold.Wait", "請稍等")),
    ];

    private const string UserCode = """
        namespace Contoso.App
        {
            internal static class Uses
            {
                public static string Hello() => Support.Greeting.Hello.Text("zh-TW");
            }
        }
        """;

    [Fact]
    public void The_pipeline_has_the_steps_these_tests_expect()
    {
        Assert.Equal(["CatalogModels", "Catalogs", "Options", "PhraseFiles", "SettingProblems"], StepNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Editing_or_adding_CSharp_code_leaves_every_step_cached()
    {
        var files = TwoCatalogs();
        var compilation = GeneratorHarness.CreateCompilation([UserCode]);
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        AssertAllSteps(first, IncrementalStepRunReason.New);

        // Edit the existing file, then add a new one; the compilation object is new each time.
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, "// an edit\n")));
        driver = driver.RunGenerators(edited);
        AssertAllStepsCached(driver.GetRunResult().Results.Single());

        var added = edited.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class More { }", GeneratorHarness.ParseOptions, "/src/App/More.cs"));
        driver = driver.RunGenerators(added);
        var third = driver.GetRunResult().Results.Single();
        AssertAllStepsCached(third);
        Assert.Equal(first.GeneratedSources.Select(s => s.SourceText.ToString()), third.GeneratedSources.Select(s => s.SourceText.ToString()));
    }

    [Fact]
    public void Editing_one_zh_Hant_value_reruns_only_that_catalog()
    {
        var files = TwoCatalogs();
        var compilation = GeneratorHarness.CreateCompilation([UserCode]);
        var driver = GeneratorHarness.CreateDriver(files, out var texts).RunGenerators(compilation);

        var old = texts.Single(t => t.Path.EndsWith("Support.zh-Hant.resx", StringComparison.Ordinal));
        var edit = new InMemoryAdditionalText(old.Path, old.GetText()!.ToString().Replace("請稍等", "請您稍等", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(old, edit).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        // Only the edited file is read again.
        var fileOutputs = Outputs(result, TrackingNames.PhraseFiles);
        Assert.Equal(4, fileOutputs.Count);
        var changedFiles = fileOutputs.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ToList();
        Assert.Equal("/src/App/Phrases/Support.zh-Hant.resx", ((ParsedPhraseFile)Assert.Single(changedFiles).Value).Path);

        // The other catalog's model is not rebuilt; the edited one is, once.
        var models = Outputs(result, TrackingNames.CatalogModels);
        Assert.Equal(2, models.Count);
        Assert.Contains(models, o => ModelName(o.Value) == "Sales" && o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Contains(models, o => ModelName(o.Value) == "Support" && o.Reason == IncrementalStepRunReason.Modified);

        // And only one source is produced again: of the two catalogs and the report of the project's
        // settings (one output with no source), only the edited catalog runs.
        var sourceSteps = result.TrackedOutputSteps.Single().Value;
        var sourceReasons = sourceSteps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(3, sourceReasons.Count);
        Assert.Single(sourceReasons, r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        Assert.Equal(2, sourceReasons.Count(r => r == IncrementalStepRunReason.Cached));

        Assert.Contains("請您稍等", result.GeneratedSources.Single(s => s.HintName == "Contoso.App.Support.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reformatting_a_phrase_file_without_changing_its_entries_does_not_reemit()
    {
        var files = TwoCatalogs();
        var compilation = GeneratorHarness.CreateCompilation([UserCode]);
        var driver = GeneratorHarness.CreateDriver(files, out var texts).RunGenerators(compilation);

        // Only a comment outside any entry: the entries (and their positions) stay the same.
        var old = texts.Single(t => t.Path.EndsWith("Sales.zh-Hant.resx", StringComparison.Ordinal));
        string text = old.GetText()!.ToString();
        var edit = new InMemoryAdditionalText(old.Path, text.Replace("</root>", "<!-- reviewed --></root>", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(old, edit).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.All(Outputs(result, TrackingNames.CatalogModels), o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.All(result.TrackedOutputSteps.Single().Value.SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Adding_a_catalog_adds_one_source_and_leaves_the_others_cached()
    {
        var files = TwoCatalogs();
        var compilation = GeneratorHarness.CreateCompilation([UserCode]);
        var all = files.Append(PhraseFile.Of("Billing.zh-Hans.resx", ("Refund.Done", "退款已完成"))).ToArray();

        // The options provider must know the new file's metadata, as MSBuild would; start from all options.
        var driver = GeneratorHarness.CreateDriver(files);
        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.CreateOptionsProvider(all, BuildProperties.Default)).RunGenerators(compilation);
        var billing = all[^1];
        driver = driver.AddAdditionalTexts([new InMemoryAdditionalText(billing.Path, billing.Content)]).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        var models = Outputs(result, TrackingNames.CatalogModels);
        Assert.Equal(3, models.Count);
        Assert.Single(models, o => o.Reason == IncrementalStepRunReason.New);
        Assert.Equal(3, result.GeneratedSources.Length);
    }

    [Fact]
    public void Changing_the_language_version_reemits_every_catalog_without_the_nullable_directive()
    {
        var files = TwoCatalogs();
        var compilation = GeneratorHarness.CreateCompilation([UserCode]);
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var parse = new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose);
        driver = driver.WithUpdatedParseOptions(parse).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.All(Outputs(result, TrackingNames.CatalogModels), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(result.GeneratedSources, s => Assert.DoesNotContain("#nullable", s.SourceText.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_syntax_node_or_location()
    {
        var files = TwoCatalogs().Append(PhraseFile.Of("Broken.zh-Hans.resx", Resx.Of(("Greeting", "单段键"), ("Hold.Wait", "{broken")))).ToArray();
        var compilation = GeneratorHarness.CreateCompilation([UserCode]);
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        // Run twice, so cached outputs are walked as well as fresh ones.
        var tree = compilation.SyntaxTrees.Single();
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, " "))));
        var result = driver.GetRunResult().Results.Single();
        Assert.NotEmpty(driver.GetRunResult().Diagnostics);

        foreach (var name in StepNames)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"Step '{name}' did not run");
            foreach (var step in result.TrackedSteps[name])
            {
                for (int i = 0; i < step.Outputs.Length; i++)
                {
                    var found = ForbiddenObjectWalker.Find(step.Outputs[i].Value, $"{name}[{i}]");
                    Assert.True(found.Count == 0, "Step outputs hold Roslyn objects:\n" + string.Join("\n", found));
                }
            }
        }
    }

    [Fact]
    public void The_walker_finds_roslyn_objects_wherever_they_hide()
    {
        var location = Location.Create("/x.resx", default, default);
        var compilation = GeneratorHarness.CreateCompilation(["class C { }"]);
        var sample = new Holder("ok", new[] { new Inner(42, null), new Inner(1, location) }.ToEquatableArray(), (1, compilation));

        var found = ForbiddenObjectWalker.Find(sample, "sample");

        Assert.Equal(2, found.Count);
        Assert.Contains(found, f => f.Contains("Location", StringComparison.Ordinal));
        Assert.Contains(found, f => f.Contains("Compilation", StringComparison.Ordinal));
        Assert.Empty(ForbiddenObjectWalker.Find(new Holder("ok", new[] { new Inner(1, null) }.ToEquatableArray(), (1, null)), "clean"));
    }

    private sealed record Inner(int Value, object? Extra);

    private sealed record Holder(string Name, EquatableArray<Inner> Items, (int, object?) Pair);

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();

    private static string ModelName(object value) => ((CatalogResult)value).Model!.Name;

    private static void AssertAllSteps(GeneratorRunResult result, IncrementalStepRunReason expected)
    {
        foreach (var name in StepNames)
        {
            Assert.All(Outputs(result, name), o => Assert.Equal(expected, o.Reason));
        }
    }

    private static void AssertAllStepsCached(GeneratorRunResult result)
    {
        foreach (var name in StepNames)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"Step '{name}' is not tracked");
            var outputs = Outputs(result, name);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step '{name}' output was {o.Reason}: {o.Value}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }
}
