using System;
using System.Linq;
using PhraseCatalog.EndToEnd.Tests.Infrastructure;

namespace PhraseCatalog.EndToEnd.Tests;

/// <summary>
/// The kind of text reaches the generator from a consumer's project file through real MSBuild:
/// the property <c>PhraseCatalogTextKind</c> and the <c>TextKind</c> metadata of a <c>PhraseFile</c>
/// item, and a value the build cannot read is PHR0021 instead of a silent fallback.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TextKindPropertyTests
{
    // An ellipsis (PHR0013) and 你 (PHR0010): spoken-premise findings, ordinary in an app's UI.
    private static readonly string UiTexts = ConsumerProject.Resx(("Menu.Open", "打开..."), ("Label.Welcome", "欢迎你回来"));

    private static string Program(string member) =>
        "Console.OutputEncoding = new System.Text.UTF8Encoding(false);\nConsole.WriteLine(" + member + ".Text(\"zh-Hans\"));\n";

    private readonly PackageFixture _package;

    public TextKindPropertyTests(PackageFixture package) => _package = package;

    [Fact]
    public void The_project_property_ui_turns_off_spoken_premise_findings_and_the_build_passes_with_warnings_as_errors()
    {
        var consumer = _package.CreateConsumer("TextKindUi");
        consumer.WriteProject(extraProperties: "    <PhraseCatalogTextKind>ui</PhraseCatalogTextKind>");
        consumer.WriteFile("phrases/App.zh-Hans.resx", ConsumerProject.Resx(("Open", "打开..."), ("Welcome", "欢迎你回来")));
        consumer.WriteFile("Program.cs", Program("TextKindUi.App.Open"));

        var build = consumer.Build();
        Assert.True(build.Succeeded, "The consumer did not build:\n" + build);
        Assert.DoesNotContain("PHR00", build.Output, StringComparison.Ordinal);
        var run = consumer.Run();
        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("打开...", run.Output.Trim());
    }

    [Fact]
    public void Item_metadata_sets_the_kind_per_catalog_and_the_other_catalog_keeps_the_spoken_rules()
    {
        var consumer = _package.CreateConsumer("TextKindItem");
        consumer.WriteProject(items: """
                <PhraseFile Include="phrases/Screens.*.resx" TextKind="UI" />
                <PhraseFile Include="phrases/Agent.*.resx" />
            """);
        consumer.WriteFile("phrases/Screens.zh-Hans.resx", UiTexts);
        consumer.WriteFile("phrases/Agent.zh-Hans.resx", UiTexts);
        consumer.WriteFile("Program.cs", Program("TextKindItem.Screens.Menu.Open"));

        var build = consumer.Build("-p:TreatWarningsAsErrors=false");
        Assert.True(build.Succeeded, "The consumer did not build:\n" + build);
        var (line, column) = ConsumerProject.Locate(UiTexts, "...");
        Assert.Contains($"Agent.zh-Hans.resx({line},{column}): warning PHR0013", build.Output, StringComparison.Ordinal);
        Assert.Contains("Agent.zh-Hans.resx(", build.WarningLines("PHR0010"), StringComparison.Ordinal);
        Assert.DoesNotContain("Screens.zh-Hans.resx(", build.WarningLines("PHR0013") + build.WarningLines("PHR0010"), StringComparison.Ordinal);
        Assert.DoesNotContain("PHR0021", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_the_build_cannot_read_are_PHR0021_with_the_value_and_what_the_build_does_instead()
    {
        var consumer = _package.CreateConsumer("TextKindBad");
        consumer.WriteProject(
            extraProperties: """
                    <PhraseCatalogTextKind>UI-text</PhraseCatalogTextKind>
                    <PhraseCatalogTaiwanStandard>sometimes</PhraseCatalogTaiwanStandard>
                """,
            items: """
                <PhraseFile Include="phrases/Screens.*.resx" TextKind="label" />
            """);
        consumer.WriteFile("phrases/Screens.zh-Hans.resx", UiTexts);
        consumer.WriteFile("Program.cs", Program("TextKindBad.Screens.Menu.Open"));

        var build = consumer.Build("-p:TreatWarningsAsErrors=false");
        Assert.True(build.Succeeded, "The consumer did not build:\n" + build);
        string[] settings = build.WarningLines("PHR0021").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Trim()).Distinct().ToArray();

        // The two project properties: no file, so MSBuild prints them against the compiler.
        Assert.Contains(settings, l => l.Contains("PhraseCatalogTextKind to 'UI-text', which is not spoken, chat or ui; the rules treat the texts as spoken", StringComparison.Ordinal));
        Assert.Contains(settings, l => l.Contains("PhraseCatalogTaiwanStandard to 'sometimes', which is not true or false", StringComparison.Ordinal));

        // The item metadata: at the start of its file; the project's kind (spoken, after the bad property) applies.
        Assert.Contains(settings, l => l.Contains("Screens.zh-Hans.resx(1,1): warning PHR0021", StringComparison.Ordinal) && l.Contains("TextKind=\"label\"", StringComparison.Ordinal));
        Assert.Contains("Screens.zh-Hans.resx(", build.WarningLines("PHR0013"), StringComparison.Ordinal);
    }
}
