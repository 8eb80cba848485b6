using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PhraseCatalog.Generator.Tests.Infrastructure;
using static PhraseCatalog.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace PhraseCatalog.Generator.Tests;

/// <summary>
/// Korean particle forms end to end: <c>{name|으로/로}</c> generated, compiled with warnings as errors
/// under several language settings and run for many values; PHR0017 on particles fused to a
/// placeholder, located in the .resx; PHR0007 for particle forms that cannot be used.
/// </summary>
public sealed class KoreanParticleTests
{
    private static PhraseFile File(string name, string content) => PhraseFile.Of(name, content.Replace("\r\n", "\n", StringComparison.Ordinal));

    private static readonly PhraseFile[] Catalog =
    [
        PhraseFile.Of(
            "CallCenter.zh-Hans.resx",
            ("Transfer.ToDepartment", "正在为您转接{department}。"),
            ("Return.Product", "我们将为您办理{product}的退货。"),
            ("Queue.Number", "{count:int}号请到窗口办理。"),
            ("Billing.Rate", "本次适用的费率为{rate:double}。"),
            ("Account.Registered", "{account}账户已登记，{account}现在可以使用。"),
            ("Order.Documents", "已确认{a}、{b}、{c}、{d}和{e}。")),
        PhraseFile.Of(
            "CallCenter.ko.resx",
            ("Transfer.ToDepartment", "{department|으로/로} 연결해 드리겠습니다."),
            ("Return.Product", "{product|를/을} 반품 접수해 드리겠습니다."),
            ("Queue.Number", "대기 번호 {count:int|이/가} 곧 호출됩니다."),
            ("Billing.Rate", "이번 요율은 {rate:double|으로/로} 적용됩니다."),
            ("Account.Registered", "{account} 계정이 등록되었습니다. {account|은/는} 지금 바로 사용하실 수 있습니다."),
            ("Order.Documents", "{a}, {b}, {c}, {d}, {e|을/를} 확인했습니다.")),
    ];

    private const string Program = """
        internal static class Program
        {
            public static string Transfer(string department, string culture) { return Contoso.App.CallCenter.Transfer.ToDepartment(department).Text(culture); }
            public static string Product(string product) { return Contoso.App.CallCenter.Return.Product(product).Text("ko"); }
            public static string Queue(int count) { return Contoso.App.CallCenter.Queue.Number(count).Text("ko-KR"); }
            public static string Rate(double rate) { return Contoso.App.CallCenter.Billing.Rate(rate).Text("ko"); }
            public static string Account(string account) { return Contoso.App.CallCenter.Account.Registered(account).Text("ko"); }
            public static string Documents(string e) { return Contoso.App.CallCenter.Order.Documents("계약서", "신분증", "통장 사본", "위임장", e).Text("ko"); }
        }
        """;

    public static TheoryData<LanguageVersion, NullableContextOptions> Settings => new()
    {
        { LanguageVersion.CSharp7_3, NullableContextOptions.Disable },
        { LanguageVersion.CSharp8, NullableContextOptions.Disable },
        { LanguageVersion.Latest, NullableContextOptions.Disable },
        { LanguageVersion.Latest, NullableContextOptions.Enable },
    };

    /// <summary>(value, expected ko text): 받침, vowels, ㄹ, digits and places, letters, words, punctuation, unreadable values.</summary>
    private static readonly (string Value, string Expected)[] Departments =
    [
        ("고객지원부", "고객지원부로 연결해 드리겠습니다."),
        ("영업팀", "영업팀으로 연결해 드리겠습니다."),
        ("서울 본사", "서울 본사로 연결해 드리겠습니다."),
        ("상담실", "상담실로 연결해 드리겠습니다."),
        ("부산 지점", "부산 지점으로 연결해 드리겠습니다."),
        ("1", "1로 연결해 드리겠습니다."),
        ("2", "2로 연결해 드리겠습니다."),
        ("3", "3으로 연결해 드리겠습니다."),
        ("6", "6으로 연결해 드리겠습니다."),
        ("7", "7로 연결해 드리겠습니다."),
        ("8", "8로 연결해 드리겠습니다."),
        ("10", "10으로 연결해 드리겠습니다."),
        ("20", "20으로 연결해 드리겠습니다."),
        ("21", "21로 연결해 드리겠습니다."),
        ("100", "100으로 연결해 드리겠습니다."),
        ("1000", "1000으로 연결해 드리겠습니다."),
        ("10000", "10000으로 연결해 드리겠습니다."),
        ("KT", "KT로 연결해 드리겠습니다."),
        ("ATM", "ATM으로 연결해 드리겠습니다."),
        ("URL", "URL로 연결해 드리겠습니다."),
        ("Samsung", "Samsung으로 연결해 드리겠습니다."),
        ("Gmail", "Gmail로 연결해 드리겠습니다."),
        ("NAVER", "NAVER로 연결해 드리겠습니다."),
        ("「고객센터」", "「고객센터」로 연결해 드리겠습니다."),
        ("상담실(2층)", "상담실(2층)로 연결해 드리겠습니다."),
        ("iPhone", "iPhone(으)로 연결해 드리겠습니다."),
        ("王", "王(으)로 연결해 드리겠습니다."),
        ("", "(으)로 연결해 드리겠습니다."),
        ("\uD800", "\uD800(으)로 연결해 드리겠습니다."),
    ];

    [Theory]
    [MemberData(nameof(Settings))]
    public void Particle_forms_compile_and_pick_the_form_that_fits_each_value(LanguageVersion version, NullableContextOptions nullable)
    {
        var parse = new CSharpParseOptions(version, DocumentationMode.Diagnose);
        var outcome = GeneratorHarness.Run(Catalog, parseOptions: parse, nullable: nullable, sources: Program);

        outcome.AssertNoDiagnostics();
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        string Call(string method, params object[] args) => (string)assembly.Invoke("Program", method, args)!;

        foreach (var (value, expected) in Departments)
        {
            Assert.Equal(expected, Call("Transfer", value, "ko"));
        }

        // Other cultures insert the value alone.
        Assert.Equal("正在为您转接고객지원부。", Call("Transfer", "고객지원부", "zh-Hans"));

        Assert.Equal("노트북을 반품 접수해 드리겠습니다.", Call("Product", "노트북"));
        Assert.Equal("무선 이어폰을 반품 접수해 드리겠습니다.", Call("Product", "무선 이어폰"));
        Assert.Equal("태블릿 PC를 반품 접수해 드리겠습니다.", Call("Product", "태블릿 PC"));
        Assert.Equal("커피 머신을 반품 접수해 드리겠습니다.", Call("Product", "커피 머신"));
        Assert.Equal("iPhone을(를) 반품 접수해 드리겠습니다.", Call("Product", "iPhone"));

        // Typed placeholders: formatted invariantly, then read as Sino-Korean numbers.
        var queue = new (int Count, string Particle)[]
        {
            (0, "이"), (1, "이"), (2, "가"), (3, "이"), (4, "가"), (5, "가"), (6, "이"), (7, "이"), (8, "이"), (9, "가"),
            (10, "이"), (12, "가"), (20, "이"), (100, "이"), (1000, "이"), (10000, "이"), (-5, "가"),
        };
        foreach (var (count, particle) in queue)
        {
            Assert.Equal("대기 번호 " + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + particle + " 곧 호출됩니다.", Call("Queue", count));
        }

        Assert.Equal("이번 요율은 3.5로 적용됩니다.", Call("Rate", 3.5));
        Assert.Equal("이번 요율은 1.3으로 적용됩니다.", Call("Rate", 1.3));
        Assert.Equal("이번 요율은 2로 적용됩니다.", Call("Rate", 2.0));
        Assert.Equal("이번 요율은 10으로 적용됩니다.", Call("Rate", 10.0));

        // The same placeholder with and without a particle.
        Assert.Equal("KB 계정이 등록되었습니다. KB는 지금 바로 사용하실 수 있습니다.", Call("Account", "KB"));
        Assert.Equal("국민은행 계정이 등록되었습니다. 국민은행은 지금 바로 사용하실 수 있습니다.", Call("Account", "국민은행"));

        // The fifth placeholder lives in PhraseArgs.Rest.
        Assert.Equal("계약서, 신분증, 통장 사본, 위임장, 가족관계증명서를 확인했습니다.", Call("Documents", "가족관계증명서"));
        Assert.Equal("계약서, 신분증, 통장 사본, 위임장, 등본을 확인했습니다.", Call("Documents", "등본"));
    }

    [Fact]
    public void The_generated_renderer_concatenates_the_value_and_the_picked_particle()
    {
        var outcome = GeneratorHarness.Run(Catalog, sources: Program);
        string source = outcome.Source("Contoso.App.CallCenter.g.cs");

        Assert.Contains(
            "string.Concat(args.A0, global::PhraseCatalog.KoreanParticles.Pick(args.A0, global::PhraseCatalog.KoreanParticle.EuroRo), \" 연결해 드리겠습니다.\")",
            source,
            StringComparison.Ordinal);
        Assert.Contains("global::PhraseCatalog.KoreanParticles.Pick(args.Rest![0], global::PhraseCatalog.KoreanParticle.EulReul)", source, StringComparison.Ordinal);

        // The template as written is kept for display and for the analyzers.
        Assert.Contains("\"{department|으로/로} 연결해 드리겠습니다.\"", source, StringComparison.Ordinal);

        // Same input, same bytes.
        Assert.Equal(source, GeneratorHarness.Run(Catalog, sources: Program).Source("Contoso.App.CallCenter.g.cs"));
    }

    // ---- PHR0017 ------------------------------------------------------------------------------

    [Fact]
    public void PHR0017_a_particle_fused_to_a_placeholder_is_a_warning_at_the_particle()
    {
        var ko = File("CallCenter.ko.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Transfer.ToDepartment" xml:space="preserve">
                <value>{department}로 연결해 드리겠습니다.</value>
              </data>
              <data name="Transfer.Confirm" xml:space="preserve">
                <value>담당 부서는 {department}입니다. {department}를 연결해 드릴까요?</value>
              </data>
              <data name="Queue.Number" xml:space="preserve">
                <value>대기 번호 {count:int}이 곧 호출됩니다.</value>
              </data>
              <data name="Order.Ready" xml:space="preserve">
                <value>주문하신 {product}과 {gift}이 준비되었습니다.</value>
              </data>
            </root>
            """);

        var outcome = GeneratorHarness.Run(ko);

        var found = outcome.WithId("PHR0017");
        Assert.Equal(5, found.Count);
        Located(found[0], "PHR0017", DiagnosticSeverity.Warning, ko, line: 4, column: 24, spanText: "로");
        Located(found[1], "PHR0017", DiagnosticSeverity.Warning, ko, line: 7, column: 48, spanText: "를");
        Located(found[2], "PHR0017", DiagnosticSeverity.Warning, ko, line: 10, column: 29, spanText: "이");
        Located(found[3], "PHR0017", DiagnosticSeverity.Warning, ko, line: 13, column: 26, spanText: "과");
        Located(found[4], "PHR0017", DiagnosticSeverity.Warning, ko, line: 13, column: 34, spanText: "이");

        Assert.Equal(
            "'{department}로': the particle after a placeholder depends on the value (으로 after a final consonant other than ㄹ, 로 after a vowel or ㄹ); write {department|으로/로}",
            found[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(
            "'{department}를': the particle after a placeholder depends on the value (을 after a final consonant, 를 after a vowel); write {department|을/를}",
            found[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(
            "'{count:int}이': the particle after a placeholder depends on the value (이 after a final consonant, 가 after a vowel); write {count:int|이/가}",
            found[2].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("write {product|과/와}", found[3].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.EndsWith("write {gift|이/가}", found[4].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // A warning: the phrases are still generated.
        Assert.Contains("ToDepartment(string department)", outcome.Source("Contoso.App.CallCenter.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void PHR0017_copulas_and_longer_particles_are_reported_with_the_form_to_write()
    {
        var ko = File("CallCenter.ko.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Check.Name" xml:space="preserve">
                <value>{name}이나 {other}를 확인해 주십시오.</value>
              </data>
              <data name="Check.City" xml:space="preserve">
                <value>{city}으로 보내 드리겠습니다.</value>
              </data>
              <data name="Check.Person" xml:space="preserve">
                <value>{name}이라는 분을 찾으십니까?</value>
              </data>
              <data name="Check.Product" xml:space="preserve">
                <value>문의하신 상품은 {product}예요.</value>
              </data>
              <data name="Check.Role" xml:space="preserve">
                <value>{role}로서 안내해 드리겠습니다.</value>
              </data>
              <data name="Check.From" xml:space="preserve">
                <value>{branch}로부터 연락을 받으셨습니까?</value>
              </data>
            </root>
            """);

        var outcome = GeneratorHarness.Run(ko);

        var found = outcome.WithId("PHR0017");
        Assert.Equal(7, found.Count);
        Located(found[0], "PHR0017", DiagnosticSeverity.Warning, ko, line: 4, column: 18, spanText: "이나");
        Located(found[1], "PHR0017", DiagnosticSeverity.Warning, ko, line: 4, column: 28, spanText: "를");
        Located(found[2], "PHR0017", DiagnosticSeverity.Warning, ko, line: 7, column: 18, spanText: "으로");
        Located(found[3], "PHR0017", DiagnosticSeverity.Warning, ko, line: 10, column: 18, spanText: "이라는");
        Located(found[4], "PHR0017", DiagnosticSeverity.Warning, ko, line: 13, column: 30, spanText: "예요");
        Located(found[5], "PHR0017", DiagnosticSeverity.Warning, ko, line: 16, column: 18, spanText: "로서");
        Located(found[6], "PHR0017", DiagnosticSeverity.Warning, ko, line: 19, column: 20, spanText: "로");

        string[] suggestions = ["{name|이나/나}", "{other|을/를}", "{city|으로/로}", "{name|이라는/라는}", "{product|이에요/예요}", "{role|으로서/로서}", "{branch|으로/로}"];
        for (int i = 0; i < suggestions.Length; i++)
        {
            Assert.EndsWith("write " + suggestions[i], found[i].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PHR0017_is_located_after_entities_and_line_breaks()
    {
        var ko = File("CallCenter.ko.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Transfer.Notice" xml:space="preserve">
                <value>안내 말씀 드리겠습니다.
            &lt;공지&gt; &quot;{department}&quot;와 {department}와 상담하실 수 있습니다.</value>
              </data>
            </root>
            """);

        var outcome = GeneratorHarness.Run(ko);

        // The quoted placeholder is not reported: the quote stands between it and the particle.
        var d = Single(outcome, "PHR0017");
        Located(d, "PHR0017", DiagnosticSeverity.Warning, ko, line: 5, column: 50, spanText: "와");
    }

    [Fact]
    public void PHR0017_is_not_reported_where_the_particle_does_not_depend_on_the_value()
    {
        var ko = PhraseFile.Of(
            "CallCenter.ko.resx",
            ("Fine.Spaced", "{surname} 고객님, 안녕하십니까?"),
            ("Fine.Counter", "남은 상품은 {count:int}개가 있습니다."),
            ("Fine.Copula", "담당자는 {name}입니다."),
            ("Fine.PastCopula", "접수 번호는 {ticket}이었습니다."),
            ("Fine.Also", "{product}도 함께 확인해 드리겠습니다."),
            ("Fine.Only", "{product}만 교환해 드리겠습니다."),
            ("Fine.Of", "{company}의 고객센터입니다."),
            ("Fine.At", "{branch}에 방문해 주십시오."),
            ("Fine.AtPlace", "{branch}에서 수령하실 수 있습니다."),
            ("Fine.ToPerson", "{agentName}에게 전달하겠습니다."),
            ("Fine.ToHonored", "{surname} 고객님께 안내해 드렸습니다."),
            ("Fine.Until", "{time}까지 처리해 드리겠습니다."),
            ("Fine.From", "{time}부터 상담하실 수 있습니다."),
            ("Fine.Like", "{product}처럼 교환하실 수 있습니다."),
            ("Fine.Than", "{product}보다 빠른 배송이 가능합니다."),
            ("Fine.Word", "{bank}은행 계좌로 입금해 주십시오."),
            ("Fine.Kinds", "{count:int}가지 방법이 있습니다."),
            ("Fine.Title", "{surname}과장님께 연결해 드리겠습니다."),
            ("Fine.Street", "서울 종로{block:int}가 지점입니다."),
            ("Fine.Lesson", "교재 제{lesson}과 내용을 안내해 드리겠습니다."),
            ("Fine.Odd", "{count:int}여 명이 대기 중입니다."),
            ("Fine.MoreThan", "{amount}이상 구매하시면 무료 배송입니다."),
            ("Fine.Login", "{site}로그인 화면으로 이동해 주십시오."),
            ("Fine.Quoted", "'{name}'을 검색해 주십시오."),
            ("Fine.Written", "{department|으로/로} 연결해 드리겠습니다."),
            ("Fine.Ambiguous", "{name}야 괜찮습니다."),
            ("Fine.Adjacent", "{a}이{b} 확인되었습니다."),
            ("Fine.Combined", "{name}을(를) 확인했습니다."),
            ("Fine.CombinedReversed", "{product}를(을) 교환해 드리겠습니다."),
            ("Fine.CombinedOptional", "{city}(으)로 보내 드리겠습니다."),
            ("Fine.CombinedSubject", "{item}이(가) 준비되었습니다."));
        var hant = PhraseFile.Of("CallCenter.zh-Hant.resx", ("Fine.Spaced", "{surname}先生，您好。"));

        var outcome = GeneratorHarness.Run(ko, hant);

        Assert.True(outcome.WithId("PHR0017").Count == 0, "Unexpected PHR0017:\n" + string.Join("\n", outcome.WithId("PHR0017")));
    }

    [Fact]
    public void PHR0017_only_Korean_texts_are_checked()
    {
        var hans = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Transfer.ToDepartment", "请转接{department}를"));
        var ko = PhraseFile.Of("CallCenter.ko-KR.resx", ("Transfer.ToDepartment", "{department}를 연결해 드리겠습니다."));

        var outcome = GeneratorHarness.Run(hans, ko);

        var d = Single(outcome, "PHR0017");
        Assert.Equal(ko.Path, d.Location.GetLineSpan().Path);
    }

    // ---- PHR0007 for particle forms ---------------------------------------------------------------

    [Fact]
    public void PHR0007_an_unknown_pair_or_a_particle_form_in_a_Chinese_text_is_a_malformed_placeholder()
    {
        var ko = File("CallCenter.ko.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Transfer.ToDepartment" xml:space="preserve">
                <value>{department|을를} 연결해 드리겠습니다.</value>
              </data>
            </root>
            """);
        var hans = File("CallCenter.zh-Hans.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Transfer.ToDepartment" xml:space="preserve">
                <value>正在为您转接{department|으로/로}。</value>
              </data>
            </root>
            """);

        var outcome = GeneratorHarness.Run(hans, ko);

        var found = outcome.WithId("PHR0007");
        Assert.Equal(2, found.Count);
        Located(found[0], "PHR0007", DiagnosticSeverity.Error, ko, line: 4, column: 12, spanText: "{department|을를}");
        Located(found[1], "PHR0007", DiagnosticSeverity.Error, hans, line: 4, column: 18, spanText: "{department|으로/로}");
        Assert.Contains("을/를, 이/가, 은/는, 과/와, 으로/로", found[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("zh-Hans text", found[1].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Sources, s => s.SourceText.ToString().Contains("ToDepartment(", StringComparison.Ordinal));
    }
}
