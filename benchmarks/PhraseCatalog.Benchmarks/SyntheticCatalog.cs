using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PhraseCatalog.Benchmarks;

/// <summary>
/// Writes the three phrase files (zh-Hans, zh-Hant, ko) of a synthetic catalog in memory:
/// <c>keys</c> entries each, 100 phrases per scenario class, texts built from call-centre
/// fragments (Simplified and Traditional Han, Hangul), about 10% with placeholders (some typed),
/// about a third with a comment. Deterministic: the same key count always gives the same bytes.
/// </summary>
internal static class SyntheticCatalog
{
    public static readonly string[] Cultures = ["zh-Hans", "zh-Hant", "ko"];

    private static readonly string[] Scenarios =
    [
        "Greeting", "Hold", "Complaint", "Closing", "Billing", "Delivery", "Refund", "Account",
        "Callback", "Survey", "Transfer", "Boundary", "Courtesy", "Confirmation", "Information",
        "Payment", "Order", "Warranty", "Appointment", "Escalation",
    ];

    private static readonly string[] Members =
    [
        "Ask", "Confirm", "Apologise", "Explain", "Offer", "Thank", "Remind", "Check", "Promise", "Repeat",
    ];

    // Parallel fragments: index i is the same meaning in zh-Hans, zh-Hant and ko.
    private static readonly string[][] Fragments =
    [
        ["您好！", "您好！", "안녕하십니까. "],
        ["请您稍等片刻，", "請您稍等片刻，", "잠시만 기다려 주십시오. "],
        ["非常抱歉给您带来不便，", "非常抱歉給您帶來不便，", "불편을 드려 대단히 죄송합니다. "],
        ["我马上为您查询，", "我馬上為您查詢，", "바로 확인해 드리겠습니다. "],
        ["请问还有什么可以帮您？", "請問還有什麼可以幫您？", "더 도와드릴 일이 있으십니까? "],
        ["感谢您的耐心等待。", "感謝您的耐心等待。", "기다려 주셔서 감사합니다. "],
        ["您的问题我们已经记录下来了，", "您的問題我們已經記錄下來了，", "말씀하신 내용은 기록해 두었습니다. "],
        ["我们会尽快给您答复。", "我們會盡快給您答覆。", "최대한 빨리 답변드리겠습니다. "],
        ["请您核对一下订单号码。", "請您核對一下訂單號碼。", "주문 번호를 확인해 주시겠습니까? "],
        ["这个问题需要转到相关部门处理，", "這個問題需要轉到相關部門處理，", "이 문의는 담당 부서에서 처리해 드립니다. "],
        ["退款会在三个工作日内到账。", "退款會在三個工作天內到帳。", "환불은 영업일 기준 3일 이내에 처리됩니다. "],
        ["请您放心，", "請您放心，", "걱정하지 마십시오. "],
        ["祝您生活愉快，再见！", "祝您生活愉快，再見！", "좋은 하루 보내십시오. 안녕히 계십시오. "],
        ["我再跟您确认一下，", "我再跟您確認一下，", "다시 한번 확인해 드리겠습니다. "],
        ["如有问题欢迎再次来电。", "如有問題歡迎再次來電。", "궁금하신 점이 있으시면 다시 연락 주십시오. "],
        ["您反映的情况我们非常重视，", "您反映的情況我們非常重視，", "말씀하신 상황을 매우 중요하게 생각합니다. "],
    ];

    // Placeholder openings, same names in every culture; {hours:int} is typed.
    private static readonly string[][] Placeholders =
    [
        ["{surname}{title}，", "{surname}{title}，", "{surname} {title}님, "],
        ["我们会在{hours:int}小时内回复您，", "我們會在{hours:int}小時內回覆您，", "{hours:int}시간 이내에 답변드리겠습니다. "],
        ["我在{time}再给您打过去，", "我在{time}再給您打過去，", "{time}에 다시 전화드리겠습니다. "],
        ["您的订单{orderId}已经发货，", "您的訂單{orderId}已經發貨，", "주문 {orderId} 건이 발송되었습니다. "],
    ];

    private static readonly string[] Comments =
    [
        "Say it slowly and wait for the caller to answer.",
        "Use after checking the customer record; never guess.",
        "Stay polite even if the caller is angry. Never say 不知道 or 뭐?",
    ];

    /// <summary>The key of entry <paramref name="index"/>: <c>Scenario(N).MemberNN</c>, 100 per class.</summary>
    public static string Key(int index)
    {
        int block = index / 100;
        string scenario = Scenarios[block % Scenarios.Length] + (block / Scenarios.Length + 1).ToString(CultureInfo.InvariantCulture);
        return scenario + "." + Members[index % Members.Length] + (index % 100).ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>The resx text of the catalog in one culture (index into <see cref="Cultures"/>).</summary>
    public static string Resx(int keys, int culture)
    {
        var random = new Random(20251125);
        var builder = new StringBuilder(keys * 200);
        builder.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n");
        builder.Append("  <resheader name=\"resmimetype\">\n    <value>text/microsoft-resx</value>\n  </resheader>\n");
        builder.Append("  <resheader name=\"version\">\n    <value>2.0</value>\n  </resheader>\n");
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < keys; i++)
        {
            // Draw the same numbers for every culture, so the three files are translations of one another;
            // redraw a combination its scenario already has, since one text under two keys of a scenario
            // is a copy-paste finding (PHR0016) and the benchmark must time a clean catalog.
            if (i % 100 == 0) used.Clear();
            var parts = new List<string>();
            string combination;
            do
            {
                parts.Clear();
                var drawn = new StringBuilder();
                if (i % 10 == 3)
                {
                    int placeholder = random.Next(Placeholders.Length);
                    parts.Add(Placeholders[placeholder][culture]);
                    drawn.Append('p').Append(placeholder);
                }

                int count = 1 + random.Next(3);
                for (int p = 0; p < count; p++)
                {
                    int fragment = random.Next(Fragments.Length);
                    parts.Add(Fragments[fragment][culture]);
                    drawn.Append('f').Append(fragment);
                }

                combination = drawn.ToString();
            }
            while (!used.Add(combination));

            string text = string.Concat(parts).TrimEnd();
            int comment = random.Next(9);

            builder.Append("  <data name=\"").Append(Key(i)).Append("\" xml:space=\"preserve\">\n    <value>")
                .Append(Escape(text)).Append("</value>\n");
            if (comment < Comments.Length) builder.Append("    <comment>").Append(Escape(Comments[comment])).Append("</comment>\n");
            builder.Append("  </data>\n");
        }

        builder.Append("</root>\n");
        return builder.ToString();
    }

    /// <summary>The same file with the value of the first entry changed, as a translator's one-line edit.</summary>
    public static string EditFirstValue(string resx)
    {
        const string marker = "<value>";
        int data = resx.IndexOf("<data ", StringComparison.Ordinal);
        int start = resx.IndexOf(marker, data, StringComparison.Ordinal) + marker.Length;
        return resx.Insert(start, "（已更新）");
    }

    private static string Escape(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
