using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PhraseCatalog.CompilerServices;
using PhraseCatalog.Generator.Tests.Infrastructure;
using PhraseCatalog.Metadata;

namespace PhraseCatalog.Generator.Tests;

/// <summary>
/// The generated code compiled in memory with nullable enabled and every warning an error, then
/// executed: texts per culture, culture fallback, placeholder formatting, and texts that try to
/// break literals, doc comments or the code around them.
/// </summary>
public sealed class CompileAndRunTests : IClassFixture<CompileAndRunFixture>
{
    private const string Hans = "欢迎致电";
    private const string Hant = "歡迎致電";
    private const string Ko = "전화 주셔서 감사합니다";

    private readonly CompileAndRunFixture _fixture;

    public CompileAndRunTests(CompileAndRunFixture fixture) => _fixture = fixture;

    private CompiledAssembly Assembly => _fixture.Assembly;

    private string Call(string method, params object?[] args) => (string)Assembly.Invoke("Program", method, args)!;

    private Type Catalog => Assembly.Assembly.GetType("Contoso.App.CallCenter", throwOnError: true)!;

    private Phrase PhraseAt(string scenario, string member) =>
        (Phrase)Catalog.GetNestedType(scenario)!.GetProperty(member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    [Fact]
    public void The_generator_reports_only_the_missing_ko_translation()
    {
        // The Text.* entries copy one Chinese text into every culture on purpose (they test escaping), and
        // the tricky texts are odd on purpose (tabs, line breaks, straight quotes, 你): the quality rules
        // PHR0009-PHR0017 have tests of their own, so only the structural findings are counted here,
        // plus the script findings on those copies, which must be exactly the copies.
        // Summaries of many findings (at line 1, "N findings of …") lead the findings they count; PHR0030 is a quality rule too.
        var diagnostics = _fixture.Outcome.Diagnostics.Where(x => !x.GetMessage(CultureInfo.InvariantCulture).Contains(" findings of PHR", StringComparison.Ordinal)).ToList();
        var d = Assert.Single(diagnostics, x => string.CompareOrdinal(x.Id, "PHR0009") < 0 || (string.CompareOrdinal(x.Id, "PHR0017") > 0 && x.Id != "PHR0030"));
        Assert.Equal("PHR0005", d.Id);
        var script = diagnostics.Where(x => x.Id is "PHR0009" or "PHR0016").ToList();
        Assert.Equal(16, script.Count);
        foreach (var finding in script)
        {
            string message = finding.GetMessage(CultureInfo.InvariantCulture);
            if (finding.Id == "PHR0016")
            {
                Assert.StartsWith("The zh-Hant text of 'Text.", message, StringComparison.Ordinal);
                continue;
            }

            string run = message.Substring(1, message.IndexOf('\'', 1) - 1);
            Assert.Contains(CompileAndRunFixture.Tricky, t => t.Text.Contains(run, StringComparison.Ordinal));
        }

        Assert.Contains("Closing.Thanks", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Cultures_are_the_default_first_then_the_others_in_order()
    {
        Assert.Equal("zh-Hans,ko,zh-Hant;zh-Hans", Call("Cultures"));
    }

    [Theory]
    [InlineData("zh-Hans", Hans)]
    [InlineData("zh-Hant", Hant)]
    [InlineData("ko", Ko)]
    public void Each_culture_has_its_own_text(string culture, string expected)
    {
        Assert.Equal(expected, Call("Simple", culture));
        Assert.Equal(expected, Call("SimpleByCultureInfo", culture));
    }

    [Theory]
    [InlineData("zh-TW", Hant)]
    [InlineData("zh-HK", Hant)]
    [InlineData("zh-MO", Hant)]
    [InlineData("zh-Hant-TW", Hant)]
    [InlineData("zh-tw", Hant)]
    [InlineData("zh_TW", Hant)]
    [InlineData("zh-SG", Hans)]
    [InlineData("zh-CN", Hans)]
    [InlineData("zh-Hans-CN", Hans)]
    [InlineData("zh", Hans)]
    [InlineData("ko-KR", Ko)]
    [InlineData("en-US", Hans)]
    [InlineData("ja-JP", Hans)]
    [InlineData("", Hans)]
    public void Culture_names_fall_back_by_the_explicit_table(string culture, string expected)
    {
        Assert.Equal(expected, Call("Simple", culture));
    }

    [Theory]
    [InlineData("zh-TW", "感謝您的來電")]
    [InlineData("zh-HK", "感謝您的來電")]
    [InlineData("zh-MO", "感謝您的來電")]
    [InlineData("zh-SG", "感谢您的来电")]
    [InlineData("zh-CN", "感谢您的来电")]
    [InlineData("zh", "感谢您的来电")]
    [InlineData("ko-KR", "感谢您的来电")]
    [InlineData("ko", "感谢您的来电")]
    [InlineData("en-US", "感谢您的来电")]
    public void A_key_missing_in_a_culture_gets_the_default_culture_text_there(string culture, string expected)
    {
        Assert.Equal(expected, Call("Thanks", culture));
    }

    [Fact]
    public void CultureInfo_overloads_and_ToString_follow_the_current_UI_culture()
    {
        using (CultureScope.Use("en-US", "zh-TW"))
        {
            Assert.Equal($"{Hant}|{Hant}|我們會在2小時內答覆您。|我們會在2小時內答覆您。", Call("CurrentUi"));
        }

        using (CultureScope.Use("zh-TW", "ko-KR"))
        {
            Assert.Equal($"{Ko}|{Ko}|2시간 안에 답변드리겠습니다.|2시간 안에 답변드리겠습니다.", Call("CurrentUi"));
        }
    }

    [Fact]
    public void String_placeholders_are_inserted_per_culture()
    {
        Assert.Equal("您好！王氏集团客服中心，请问有什么可以帮您？", Call("Inbound", "王氏集团", "zh-Hans"));
        Assert.Equal("您好！王氏集团客服中心，請問有什麼可以幫您？", Call("Inbound", "王氏集团", "zh-TW"));
        Assert.Equal("안녕하세요, 한빛 고객센터입니다.", Call("Inbound", "한빛", "ko-KR"));

        // Values are inserted as they are: braces and quotes in an argument are not template syntax.
        Assert.Equal("您好！{x}\"*/客服中心，请问有什么可以帮您？", Call("Inbound", "{x}\"*/", "zh-Hans"));
    }

    [Fact]
    public void More_than_four_placeholders_keep_their_order_per_culture()
    {
        Assert.Equal("1-2-3-4-5-6", Call("Summary", "zh-Hans"));
        Assert.Equal("1-2-3-4-5-6", Call("Summary", "zh-Hant"));
        Assert.Equal("6/5/4/3/2/1", Call("Summary", "ko"));
    }

    [Fact]
    public void Typed_placeholders_are_formatted_with_the_invariant_culture_whatever_the_current_culture()
    {
        // The premise: these cultures really do format numbers differently.
        Assert.NotEqual("-42", CultureScope.Run("ar-SA", () => (-42).ToString(CultureInfo.CurrentCulture)));
        Assert.NotEqual("1234.5", CultureScope.Run("fr-FR", () => 1234.5m.ToString(CultureInfo.CurrentCulture)));

        foreach (var culture in new[] { "ar-SA", "fr-FR", "tr-TR", "de-DE" })
        {
            using var scope = CultureScope.Use(culture);
            Assert.Equal("我们会在-42小时内答复您。", Call("Reply", -42, "zh-Hans"));
            Assert.Equal("24시간 안에 답변드리겠습니다.", Call("Reply", 24, "ko"));
            Assert.Equal("退款1234.5元，费率0.15，订单9007199254740993。", Call("Refund", 1234.5m, 0.15, 9007199254740993L, "zh-Hans"));
            Assert.Equal("주문 9007199254740993, 환불 1234.5원, 비율 0.15.", Call("Refund", 1234.5m, 0.15, 9007199254740993L, "ko"));
        }
    }

    [Fact]
    public void Keyword_key_parts_are_escaped_and_keep_their_key()
    {
        Assert.Equal("请稍等。", Call("Hold", "zh-Hans"));
        Assert.Equal("잠시만 기다려 주십시오.", Call("Hold", "ko"));
        Assert.NotNull(Catalog.GetNestedType("Hold")!.GetProperty("event"));
        Assert.Equal("Greeting.Simple|Complaint.ReplyWithin|Hold.event|인사.첫인사|问候.称呼", Call("Keys"));
    }

    [Fact]
    public void Keys_and_placeholders_in_Hangul_and_Han_letters_are_identifiers()
    {
        Assert.Equal("你好（韩文键）", Call("Hangul", "zh-Hans"));
        Assert.Equal("안녕하세요", Call("Hangul", "ko-KR"));
        Assert.Equal("王先生，您好", Call("Han", "王", "zh-CN"));
        Assert.Equal("王先生，您好（繁）", Call("Han", "王", "zh-HK"));
        Assert.Equal("김 고객님, 안녕하세요", Call("Han", "김", "ko"));
    }

    public static TheoryData<string, string> TrickyTexts()
    {
        var data = new TheoryData<string, string>();
        foreach (var (member, text) in CompileAndRunFixture.Tricky) data.Add(member, text);
        data.Add(CompileAndRunFixture.Braces.Member, CompileAndRunFixture.Braces.Expected);
        return data;
    }

    [Theory]
    [MemberData(nameof(TrickyTexts))]
    public void Texts_that_look_like_code_or_markup_come_out_exactly(string member, string expected)
    {
        var phrase = PhraseAt("Text", member);
        foreach (var culture in new[] { "zh-Hans", "zh-Hant", "ko" })
        {
            Assert.Equal(expected, phrase.Text(culture));
        }

        // The constant an analyzer reads from metadata holds the same text.
        Assert.Contains(expected, ApprovedConstants("Text." + member, "zh-Hans"));
    }

    [Fact]
    public void Placeholder_texts_that_look_like_code_come_out_exactly()
    {
        Assert.Equal("王: \"*/\" \\ 😀 {x} </summary>\u2028", Call("Placeholder", "王", "zh-Hans"));

        // The metadata constant keeps the template as written, braces and all.
        Assert.Contains("{name}: \"*/\" \\ 😀 {{x}} </summary>\u2028", ApprovedConstants("Text.Placeholder", "ko"));
    }

    [Fact]
    public void Metadata_constants_name_every_text_of_every_culture()
    {
        var data = Catalog.GetNestedType("PhraseData")!;
        var attribute = Assembly.Assembly.GetCustomAttributes<PhraseCatalogDataAttribute>().Single();
        Assert.Equal("CallCenter", attribute.Catalog);
        Assert.Equal(data, attribute.DataType);
        Assert.Equal("zh-Hans", attribute.DefaultCulture);

        Assert.Equal(["您好！{company}客服中心，请问有什么可以帮您？"], ApprovedConstants("Greeting.InboundCall", "zh-Hans"));
        Assert.Equal(["안녕하세요, {company} 고객센터입니다."], ApprovedConstants("Greeting.InboundCall", "ko"));
        // A fallback is not an approved ko text.
        Assert.Empty(ApprovedConstants("Closing.Thanks", "ko"));
        Assert.True(Attributes().Single(a => a.Attribute.Key == "Greeting.InboundCall" && a.Attribute.Culture == "ko").Attribute.HasPlaceholders);
        Assert.False(Attributes().Single(a => a.Attribute.Key == "Greeting.Simple" && a.Attribute.Culture == "ko").Attribute.HasPlaceholders);
    }

    [Fact]
    public void Doc_comments_are_well_formed_and_show_hostile_text_as_text()
    {
        var compilation = _fixture.Outcome.OutputCompilation;
        var hostile = compilation.GetTypeByMetadataName("Contoso.App.CallCenter+Text")!.GetMembers("Hostile").Single();
        var xml = XElement.Parse(hostile.GetDocumentationCommentXml()!);
        Assert.Contains("</summary></member>", xml.Element("remarks")!.Value, StringComparison.Ordinal);
        Assert.Contains("class Evil {", xml.Element("remarks")!.Value, StringComparison.Ordinal);

        foreach (var (member, text) in CompileAndRunFixture.Tricky)
        {
            var symbol = compilation.GetTypeByMetadataName("Contoso.App.CallCenter+Text")!.GetMembers(member).Single();
            string doc = symbol.GetDocumentationCommentXml()!;
            var summary = XElement.Parse(doc).Element("summary")!;
            Assert.Equal(4, summary.Elements("para").Count());
            Assert.Contains("Text." + member, summary.Value, StringComparison.Ordinal);
        }

        // Every culture's text is shown, and a fallback says so.
        var thanks = compilation.GetTypeByMetadataName("Contoso.App.CallCenter+Closing")!.GetMembers("Thanks").Single();
        var paras = XElement.Parse(thanks.GetDocumentationCommentXml()!).Element("summary")!.Elements("para").Select(p => p.Value).ToList();
        Assert.Equal(["Closing.Thanks", "zh-Hans: 感谢您的来电", "ko: (no ko text; the zh-Hans text is used)", "zh-Hant: 感謝您的來電"], paras);
    }

    [Fact]
    public void No_text_or_comment_adds_a_type_or_member()
    {
        var compilation = _fixture.Outcome.OutputCompilation;
        var declared = new List<string>();
        Collect(compilation.Assembly.GlobalNamespace, declared);
        declared.Sort(StringComparer.Ordinal);

        string[] expected =
        [
            "Contoso.App.CallCenter",
            "Contoso.App.CallCenter.Billing",
            "Contoso.App.CallCenter.Closing",
            "Contoso.App.CallCenter.Complaint",
            "Contoso.App.CallCenter.Greeting",
            "Contoso.App.CallCenter.Hold",
            "Contoso.App.CallCenter.Order",
            "Contoso.App.CallCenter.PhraseData",
            "Contoso.App.CallCenter.PhraseData.Registration",
            "Contoso.App.CallCenter.Phrases",
            "Contoso.App.CallCenter.Text",
            "Contoso.App.CallCenter.问候",
            "Contoso.App.CallCenter.인사",
            "Program",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), declared);
        Assert.DoesNotContain(Assembly.Assembly.GetTypes(), t => t.Name.Contains("Evil", StringComparison.Ordinal));

        // The Text class has exactly one public member per key, plus its private template plumbing.
        var text = compilation.GetTypeByMetadataName("Contoso.App.CallCenter+Text")!;
        var publicMembers = text.GetMembers().Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared && m is not IMethodSymbol { MethodKind: MethodKind.PropertyGet })
            .Select(m => m.Name).Order(StringComparer.Ordinal).ToList();
        var keys = CompileAndRunFixture.Tricky.Select(t => t.Member).Append(CompileAndRunFixture.Braces.Member).Append("Hostile").Append("Placeholder").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(keys, publicMembers);
    }

    [Fact]
    public void The_generated_file_enables_nullable_and_is_marked_generated()
    {
        string source = _fixture.Outcome.Source("Contoso.App.CallCenter.g.cs");
        Assert.StartsWith("// <auto-generated/>\n", source, StringComparison.Ordinal);
        Assert.Contains("\n#nullable enable\n", source, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typed_placeholder_rejects_a_string_and_a_string_placeholder_rejects_null()
    {
        var outcome = GeneratorHarness.Run(CompileAndRunFixture.Files(), sources: """
            internal static class Misuse
            {
                public static object Wrong() => Contoso.App.CallCenter.Complaint.ReplyWithin(hours: "24");

                public static object Null() => Contoso.App.CallCenter.Greeting.InboundCall(company: null);
            }
            """);

        var errors = outcome.OutputCompilation.WithOptions(outcome.OutputCompilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error))
            .GetDiagnostics().Select(d => d.Id).ToList();
        Assert.Equal(["CS1503", "CS8625"], errors.Order(StringComparer.Ordinal));
    }

    private IEnumerable<(FieldInfo Field, ApprovedPhraseAttribute Attribute)> Attributes() =>
        Catalog.GetNestedType("PhraseData")!.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f, f.GetCustomAttribute<ApprovedPhraseAttribute>()!))
            .Where(p => p.Item2 is not null);

    private List<string> ApprovedConstants(string key, string culture) =>
        Attributes().Where(a => a.Attribute.Key == key && a.Attribute.Culture == culture)
            .Select(a => (string)a.Field.GetRawConstantValue()!)
            .ToList();

    private static void Collect(INamespaceOrTypeSymbol container, List<string> names)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                Collect(ns, names);
            }
            else if (member is INamedTypeSymbol type && type.Locations.Any(l => l.IsInSource))
            {
                names.Add(type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));
                Collect(type, names);
            }
        }
    }
}
