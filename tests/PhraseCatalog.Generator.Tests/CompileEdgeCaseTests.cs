using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PhraseCatalog.Generator.Tests.Infrastructure;

namespace PhraseCatalog.Generator.Tests;

/// <summary>Generated code that must compile (warnings as errors) and run in less common set-ups.</summary>
public sealed class CompileEdgeCaseTests
{
    private static readonly PhraseFile[] Basic =
    [
        PhraseFile.Of(
            "CallCenter.zh-Hans.resx",
            ("Greeting.Hello", "您好"),
            ("Hold.event", "请稍等"),
            ("Order.Summary", "{a}{b}{c}{d}{e}{f:int}"),
            ("Complaint.ReplyWithin", "我们会在{hours:int}小时内答复您。")),
        PhraseFile.Of(
            "CallCenter.ko.resx",
            ("Greeting.Hello", "안녕하세요"),
            ("Hold.event", "잠시만요"),
            ("Order.Summary", "{f:int}{e}{d}{c}{b}{a}"),
            ("Complaint.ReplyWithin", "{hours:int}시간 안에 답변드리겠습니다.")),
    ];

    [Fact]
    public void CSharp_7_3_gets_no_nullable_directive_and_compiles()
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose);
        var outcome = GeneratorHarness.Run(Basic, parseOptions: parse, nullable: NullableContextOptions.Disable, sources: """
            using Contoso.App;

            internal static class Program
            {
                public static string Run()
                {
                    return string.Join("|", new string[]
                    {
                        CallCenter.Greeting.Hello.Text("ko-KR"),
                        CallCenter.Hold.@event.Text("zh-CN"),
                        CallCenter.Order.Summary("a", "b", "c", "d", "e", 6).Text("ko"),
                        CallCenter.Complaint.ReplyWithin(hours: 24).Text("zh-Hans"),
                    });
                }
            }
            """);

        outcome.AssertNoDiagnostics();
        string source = outcome.Source("Contoso.App.CallCenter.g.cs");
        Assert.DoesNotContain("#nullable", source, StringComparison.Ordinal);

        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        Assert.Equal("안녕하세요|请稍等|6edcba|我们会在24小时内答复您。", assembly.Run());
    }

    [Fact]
    public void CSharp_8_and_later_get_the_nullable_directive()
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp8, DocumentationMode.Diagnose);
        var outcome = GeneratorHarness.Run(Basic, parseOptions: parse);

        Assert.Contains("\n#nullable enable\n", outcome.Source("Contoso.App.CallCenter.g.cs"), StringComparison.Ordinal);
        CompiledAssembly.AssertCompiles(outcome.OutputCompilation, out _);
    }

    [Fact]
    public void A_catalog_in_the_global_namespace_compiles_and_runs()
    {
        var outcome = GeneratorHarness.Run(Basic, BuildProperties.GlobalNamespace, sources: """
            internal static class Program
            {
                public static string Run() => CallCenter.Greeting.Hello.Text("ko") + "|" + CallCenter.Cultures.DefaultCulture;
            }
            """);

        outcome.AssertNoDiagnostics();
        Assert.Equal("CallCenter.g.cs", Assert.Single(outcome.Sources).HintName);
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        Assert.Equal("안녕하세요|zh-Hans", assembly.Run());
        Assert.NotNull(assembly.Assembly.GetType("CallCenter"));
    }

    [Fact]
    public void PhraseCatalogNamespace_wins_over_RootNamespace_and_file_metadata_wins_over_both()
    {
        var files = new[]
        {
            PhraseFile.Of("CallCenter.zh-Hans.resx", ("Greeting.Hello", "您好")),
            new PhraseFile("/src/App/Other/Sales.zh-Hans.resx", Resx.Of(("Greeting.Hello", "欢迎选购")), Namespace: "Contoso.Sales"),
        };
        var outcome = GeneratorHarness.Run(files, new BuildProperties(RootNamespace: "Contoso.App", PhraseCatalogNamespace: "Contoso.Phrases"), sources: """
            internal static class Program
            {
                public static string Run() => Contoso.Phrases.CallCenter.Greeting.Hello.Text("zh") + "|" + Contoso.Sales.Sales.Greeting.Hello.Text("zh");
            }
            """);

        outcome.AssertNoDiagnostics();
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        Assert.Equal("您好|欢迎选购", assembly.Run());
    }

    [Fact]
    public void The_default_culture_setting_decides_where_unknown_cultures_land()
    {
        var outcome = GeneratorHarness.Run(Basic, new BuildProperties(DefaultCulture: "ko"), sources: """
            internal static class Program
            {
                public static string Run() => string.Join("|",
                    Contoso.App.CallCenter.Greeting.Hello.Text("en-US"),
                    Contoso.App.CallCenter.Greeting.Hello.Text("zh-TW"),
                    Contoso.App.CallCenter.Greeting.Hello.Text("zh"),
                    Contoso.App.CallCenter.Cultures.DefaultCulture,
                    string.Join(",", Contoso.App.CallCenter.Cultures.Names));
            }
            """);

        outcome.AssertNoDiagnostics();
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        // en-US gets the default (ko); zh-TW has no zh-Hant here, but a Chinese text beats Korean, so zh-Hans.
        Assert.Equal("안녕하세요|您好|您好|ko|ko,zh-Hans", assembly.Run());
    }

    [Fact]
    public void Keyword_names_for_namespace_catalog_classes_and_placeholders_are_escaped()
    {
        var files = new[]
        {
            PhraseFile.Of("event.zh-Hans.resx", ("class.new", "新的{class}和{int:int}"), ("Hold.@return", "x")),
        };
        var outcome = GeneratorHarness.Run(files, new BuildProperties(RootNamespace: "Contoso.base"), sources: """
            internal static class Program
            {
                public static string Run() => Contoso.@base.@event.@class.@new(@class: "类", @int: 3).Text("zh-Hans") + "|" + Contoso.@base.@event.Hold._return.Key;
            }
            """);

        // '@return' is not an identifier in a phrase file: it is mapped (_return) and keeps its key.
        Assert.Empty(outcome.Diagnostics);

        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        Assert.Equal("新的类和3|Hold.@return", assembly.Run());
    }

    [Theory]
    [InlineData("ToString")]
    [InlineData("Equals")]
    [InlineData("GetHashCode")]
    [InlineData("GetType")]
    [InlineData("ReferenceEquals")]
    [InlineData("MemberwiseClone")]
    public void Key_parts_named_like_object_members_are_PHR0004_and_the_rest_still_compiles(string name)
    {
        // A property or nested class with such a name would hide object's member: warning CS0108,
        // an error in projects with warnings as errors. The generator refuses the key instead.
        var files = new[]
        {
            PhraseFile.Of("CallCenter.zh-Hans.resx", ("Closing." + name, "再见"), (name + ".Again", "再来"), ("Address." + name, "{surname}先生"), ("Closing.Bye", "再见")),
        };
        var outcome = GeneratorHarness.Run(files, sources: """
            internal static class Program
            {
                public static string Run() => Contoso.App.CallCenter.Closing.Bye.Text("zh");
            }
            """);

        Assert.Equal(3, outcome.WithId("PHR0004").Count);
        DiagnosticAssert.OnlyIds(outcome, "PHR0004");
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        Assert.Equal("再见", assembly.Run());
    }

    [Fact]
    public void A_catalog_of_only_forbidden_phrases_compiles_and_its_class_initializes()
    {
        var files = new[]
        {
            PhraseFile.Of("Banned.Forbidden.zh-Hans.resx", new Entry("Rude.Wei", "喂，说话呀！", "Never.")),
        };
        var outcome = GeneratorHarness.Run(files, sources: """
            internal static class Program
            {
                public static string Run() => Contoso.App.Banned.Cultures.DefaultCulture + "|" + Contoso.App.Banned.PhraseData.F0;
            }
            """);

        outcome.AssertNoDiagnostics();
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        Assert.Equal("zh-Hans|喂，说话呀！", assembly.Run());
    }

    [Fact]
    public void Two_catalogs_in_one_compilation_each_get_a_file_and_a_metadata_attribute()
    {
        var files = new[]
        {
            PhraseFile.Of("CallCenter.zh-Hans.resx", ("Greeting.Hello", "您好")),
            PhraseFile.Of("Sales.zh-Hans.resx", ("Greeting.Hello", "欢迎选购")),
            PhraseFile.Of("Sales.Forbidden.zh-Hans.resx", ("Rude.Cheap", "便宜货")),
        };
        var outcome = GeneratorHarness.Run(files, sources: """
            internal static class Program
            {
                public static string Run() => Contoso.App.CallCenter.Greeting.Hello.Text("zh") + "|" + Contoso.App.Sales.Greeting.Hello.Text("zh");
            }
            """);

        outcome.AssertNoDiagnostics();
        Assert.Equal(["Contoso.App.CallCenter.g.cs", "Contoso.App.Sales.g.cs"], outcome.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        Assert.Equal("您好|欢迎选购", assembly.Run());
        var catalogs = assembly.Assembly.GetCustomAttributes(typeof(PhraseCatalog.CompilerServices.PhraseCatalogDataAttribute), false)
            .Cast<PhraseCatalog.CompilerServices.PhraseCatalogDataAttribute>().Select(a => a.Catalog).Order(StringComparer.Ordinal);
        Assert.Equal(["CallCenter", "Sales"], catalogs);
    }

    [Fact]
    public void Additional_files_not_marked_as_phrase_files_are_ignored()
    {
        var files = new[]
        {
            new PhraseFile("/src/App/Resources/Strings.zh-Hans.resx", Resx.Of(("Greeting.Hello", "您好")), IsPhraseFile: false),
            new PhraseFile("/src/App/Resources/Broken.zh-Hans.resx", "<not xml", IsPhraseFile: false),
        };

        var outcome = GeneratorHarness.Run(files);

        outcome.AssertNoDiagnostics();
        Assert.Empty(outcome.Sources);
    }
}
