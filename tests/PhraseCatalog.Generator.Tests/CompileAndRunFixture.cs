using System;
using System.Collections.Generic;
using System.Linq;
using PhraseCatalog.Generator.Tests.Infrastructure;

namespace PhraseCatalog.Generator.Tests;

/// <summary>
/// One catalog with everything the generated code must get right, generated, compiled with
/// warnings as errors and loaded once for all <see cref="CompileAndRunTests"/>.
/// </summary>
public sealed class CompileAndRunFixture : IDisposable
{
    /// <summary>Texts that must come out exactly as written: (member under Text., text in every culture).</summary>
    public static readonly IReadOnlyList<(string Member, string Text)> Tricky =
    [
        ("Quotes", "他说：\"您好\"，'好的'，\"\"\" 三个引号"),
        ("Backslashes", @"C:\temp\new\table \\server\share \u0041 \n \"),
        ("CommentEnders", "*/ /* // --> <!-- </summary></member></doc> ]]> &amp; &lt;"),
        ("LineSeparators", "A\u2028B\u2029C\u0085D\u007FE"),
        ("Emoji", "😀 👍🏽 👨‍👩‍👧 谢谢 \U0001F9E7"),
        ("Newlines", "第一行\n第二行\r\n第三行\r第四行\t制表"),
        ("Injection", "\n}\nclass Evil { }\n#if false\n/// <summary>x</summary>\n\"; class Evil2 { } //"),
        ("Directionality", "\u202Eabc\u202C \u200B \uFEFF"),
    ];

    /// <summary>The same texts with literal braces, as they are written in a phrase file.</summary>
    public static readonly (string Member, string Written, string Expected) Braces =
        ("Braces", "{{literal}} {{{{ }}}} {{name}}", "{literal} {{ }} {name}");

    /// <summary>A comment that tries to close the doc comment and declare a type.</summary>
    public const string HostileComment = "</summary></member>\n}\nclass Evil {\n/// <summary>\n*/ <!-- ]]>";

    public CompileAndRunFixture()
    {
        Outcome = GeneratorHarness.Run(Files(), sources: Program);
        Assembly = CompiledAssembly.Load(Outcome.OutputCompilation);
    }

    internal GeneratorOutcome Outcome { get; }

    internal CompiledAssembly Assembly { get; }

    public void Dispose() => Assembly.Dispose();

    /// <summary>A literal text as written in a phrase file: braces doubled.</summary>
    public static string Written(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    internal static IReadOnlyList<PhraseFile> Files()
    {
        var hans = new List<Entry>
        {
            new("Greeting.Simple", "欢迎致电", "First words."),
            new("Greeting.InboundCall", "您好！{company}客服中心，请问有什么可以帮您？"),
            new("Complaint.ReplyWithin", "我们会在{hours:int}小时内答复您。"),
            new("Billing.Refund", "退款{amount:decimal}元，费率{rate:double}，订单{order:long}。"),
            new("Order.Summary", "{a}-{b}-{c}-{d}-{e}-{f}"),
            new("Closing.Thanks", "感谢您的来电"),
            new("Hold.event", "请稍等。"),
            new("인사.첫인사", "你好（韩文键）"),
            new("问候.称呼", "{姓}先生，您好"),
            new("Text.Hostile", "普通文本", HostileComment),
            new("Text.Placeholder", "{name}: \"*/\" \\ 😀 {{x}} </summary>\u2028"),
            new("Text." + Braces.Member, Braces.Written),
        };
        hans.AddRange(Tricky.Select(t => new Entry("Text." + t.Member, Written(t.Text))));

        var hant = new List<Entry>
        {
            new("Greeting.Simple", "歡迎致電"),
            new("Greeting.InboundCall", "您好！{company}客服中心，請問有什麼可以幫您？"),
            new("Complaint.ReplyWithin", "我們會在{hours:int}小時內答覆您。"),
            new("Billing.Refund", "退款{amount:decimal}元，費率{rate:double}，訂單{order:long}。"),
            new("Order.Summary", "{a}-{b}-{c}-{d}-{e}-{f}"),
            new("Closing.Thanks", "感謝您的來電"),
            new("Hold.event", "請稍等。"),
            new("인사.첫인사", "你好（韓文鍵）"),
            new("问候.称呼", "{姓}先生，您好（繁）"),
            new("Text.Hostile", "普通文字"),
            new("Text.Placeholder", "{name}: \"*/\" \\ 😀 {{x}} </summary>\u2028"),
            new("Text." + Braces.Member, Braces.Written),
        };
        hant.AddRange(Tricky.Select(t => new Entry("Text." + t.Member, Written(t.Text))));

        // ko has no Closing.Thanks (falls back to zh-Hans) and words Order.Summary in another order.
        var ko = new List<Entry>
        {
            new("Greeting.Simple", "전화 주셔서 감사합니다"),
            new("Greeting.InboundCall", "안녕하세요, {company} 고객센터입니다."),
            new("Complaint.ReplyWithin", "{hours:int}시간 안에 답변드리겠습니다."),
            new("Billing.Refund", "주문 {order:long}, 환불 {amount:decimal}원, 비율 {rate:double}."),
            new("Order.Summary", "{f}/{e}/{d}/{c}/{b}/{a}"),
            new("Hold.event", "잠시만 기다려 주십시오."),
            new("인사.첫인사", "안녕하세요"),
            new("问候.称呼", "{姓} 고객님, 안녕하세요"),
            new("Text.Hostile", "일반 텍스트"),
            new("Text.Placeholder", "{name}: \"*/\" \\ 😀 {{x}} </summary>\u2028"),
            new("Text." + Braces.Member, Braces.Written),
        };
        ko.AddRange(Tricky.Select(t => new Entry("Text." + t.Member, Written(t.Text))));

        return
        [
            PhraseFile.Of("CallCenter.zh-Hans.resx", hans.ToArray()),
            PhraseFile.Of("CallCenter.zh-Hant.resx", hant.ToArray()),
            PhraseFile.Of("CallCenter.ko.resx", ko.ToArray()),
        ];
    }

    /// <summary>Calls every kind of generated member the way an app would, with named arguments.</summary>
    public const string Program = """
        using System.Globalization;
        using Contoso.App;
        using PhraseCatalog;

        internal static class Program
        {
            public static string Simple(string culture) => CallCenter.Greeting.Simple.Text(culture);

            public static string SimpleByCultureInfo(string culture) => CallCenter.Greeting.Simple.Text(new CultureInfo(culture));

            public static string Thanks(string culture) => CallCenter.Closing.Thanks.Text(culture);

            public static string Inbound(string company, string culture) => CallCenter.Greeting.InboundCall(company: company).Text(culture);

            public static string Reply(int hours, string culture) => CallCenter.Complaint.ReplyWithin(hours: hours).Text(culture);

            public static string Refund(decimal amount, double rate, long order, string culture) =>
                CallCenter.Billing.Refund(amount: amount, rate: rate, order: order).Text(culture);

            public static string Summary(string culture) => CallCenter.Order.Summary(a: "1", b: "2", c: "3", d: "4", e: "5", f: "6").Text(culture);

            public static string Hold(string culture) => CallCenter.Hold.@event.Text(culture);

            public static string Hangul(string culture) => CallCenter.인사.첫인사.Text(culture);

            public static string Han(string surname, string culture) => CallCenter.问候.称呼(姓: surname).Text(culture);

            public static string Placeholder(string name, string culture) => CallCenter.Text.Placeholder(name: name).Text(culture);

            public static string CurrentUi()
            {
                string viaImplicit = CallCenter.Greeting.Simple;
                PhraseMessage message = CallCenter.Complaint.ReplyWithin(hours: 2);
                string messageText = message;
                return CallCenter.Greeting.Simple.ToString() + "|" + viaImplicit + "|" + message.ToString() + "|" + messageText;
            }

            public static string Keys() => string.Join("|",
                CallCenter.Greeting.Simple.Key,
                CallCenter.Complaint.ReplyWithin(hours: 1).Key,
                CallCenter.Hold.@event.Key,
                CallCenter.인사.첫인사.Key,
                CallCenter.问候.称呼(姓: "王").Key);

            public static string Cultures() => string.Join(",", CallCenter.Cultures.Names) + ";" + CallCenter.Cultures.DefaultCulture;
        }
        """;
}
