using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Testing;
using PhraseCatalog.Analyzers.Tests.Infrastructure;

namespace PhraseCatalog.Analyzers.Tests.Rules;

/// <summary>PHR1005: a literal nearly matches an approved phrase; the code fix replaces it with the member.</summary>
public class PHR1005NearMatchTests
{
    private const string Welcome = "您好，很高兴为您服务！";
    private const string PleaseWaitKo = "잠시만 기다려 주십시오.";
    private const string ThanksKo = "전화해 주셔서 감사합니다.";
    private const string ThanksHant = "感謝您的來電，祝您生活愉快！";
    private const string PleaseWait = "请您稍等，我马上为您查询。";
    private const string Recorded = "为了保证服务质量，本次通话将会被录音。";
    private const string LongWait = "当前来电较多，请您耐心等候，我们会尽快为您接通人工服务。";

    private static DiagnosticResult Near(int location, string key, string culture, string approved) =>
        Verify.Diagnostic("PHR1005").WithLocation(location).WithArguments(key, culture, "\"" + approved + "\"");

    /// <summary>A C# literal of <paramref name="text"/> with every non-ASCII character escaped, so invisible differences stay visible in the test source.</summary>
    private static string Escaped(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in text)
        {
            if (c < 0x80) builder.Append(c);
            else builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.Append('"').ToString();
    }

    private static string Class(params string[] literals) =>
        Verify.Prelude + "class Agent\n{\n" + string.Concat(literals.Select((l, i) => $"    string M{i}() => {{|#{i}:{l}|}};\n")) + "}\n";

    [Fact]
    public Task Traditional_literal_of_a_phrase_approved_only_in_Simplified()
    {
        // Notice.Recorded has no zh-Hant text; the literal is its zh-Hant spelling.
        return Verify.AnalyzerAsync(
            Class("\"為了保證服務質量，本次通話將會被錄音。\""),
            Near(0, "Support.Notice.Recorded", "zh-Hans", Recorded));
    }

    [Fact]
    public Task Half_width_punctuation_and_whitespace_differences()
    {
        return Verify.AnalyzerAsync(
            Class("\"您好,很高兴为您服务!\"", "\"잠시만  기다려 주십시오. \"", "\"请您稍等， 我马上为您查询。\""),
            Near(0, "Support.Greeting.Welcome", "zh-Hans", Welcome),
            Near(1, "Support.Hold.PleaseWait", "ko", PleaseWaitKo),
            Near(2, "Support.Hold.PleaseWait", "zh-Hans", PleaseWait));
    }

    [Fact]
    public Task Look_alikes_that_are_not_byte_equal()
    {
        string decomposed = ThanksKo.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(ThanksKo, decomposed);
        return Verify.AnalyzerAsync(
            Class(
                Escaped(decomposed),                              // decomposed Hangul (conjoining jamo)
                Escaped("잠시만 기다려 주십시오\uFF0E"),            // full-width full stop
                Escaped("感謝您的\uF92D電，祝您生活愉快！"),          // U+F92D, the compatibility form of 來
                Escaped("请您稍等，\u200B我马上为您查询。"),          // zero-width space
                Escaped("\uFF37\uFF49-\uFF26\uFF49 " + Welcome)), // full-width Latin letters are not a phrase: no match
            Near(0, "Support.Closing.Thanks", "ko", ThanksKo),
            Near(1, "Support.Hold.PleaseWait", "ko", PleaseWaitKo),
            Near(2, "Support.Closing.Thanks", "zh-Hant", ThanksHant),
            Near(3, "Support.Hold.PleaseWait", "zh-Hans", PleaseWait));
    }

    [Fact]
    public Task Small_edit_distance_on_a_long_enough_phrase()
    {
        // At most two edits and a tenth of the length: one character in 28 or in 11 is near (你 for 您 is
        // also forbidden); three are not; a phrase under ten characters is never matched by edits
        // (the standard 请问您贵姓？ has six: one edit there is another sentence).
        return Verify.AnalyzerAsync(
            Class(
                "\"当前来电较多，请您耐心等候，我们会赶快为您接通人工服务。\"",
                "\"当前来电较多，请您耐心等待，我们会赶快为您接通客服。\"",
                "\"您好，很高兴为你服务！\"",
                "\"请问你贵姓？\""),
            Near(0, "Support.Notice.LongWait", "zh-Hans", LongWait),
            Near(2, "Support.Greeting.Welcome", "zh-Hans", Welcome),
            Verify.Diagnostic("PHR1003").WithSpan(16, 28, 16, 29).WithArguments("你", "CallCenter.Banned.Ni", ""),
            Verify.Diagnostic("PHR1003").WithSpan(17, 23, 17, 24).WithArguments("你", "CallCenter.Banned.Ni", ""));
    }

    [Fact]
    public Task Option_zero_edits_keeps_only_look_alikes_and_script()
    {
        var test = Verify.Analyzer(
            Class("\"当前来电较多，请您耐心等候，我们会赶快为您接通人工服务。\"", "\"您好,很高兴为您服务!\""),
            Near(1, "Support.Greeting.Welcome", "zh-Hans", Welcome));
        return test.WithEditorConfig("phrasecatalog.near_match_max_edits = 0").RunAsync();
    }

    [Fact]
    public Task Fix_uses_the_approved_text_in_the_literals_culture()
    {
        string source = Class(
            "\"為了保證服務質量，本次通話將會被錄音。\"",
            "\"您好,很高興為您服務!\"",
            "\"잠시만  기다려 주십시오.\"",
            "\"当前来电较多，请您耐心等候，我们会赶快为您接通人工服务。\"");
        string fixedSource = Verify.Prelude + """
            class Agent
            {
                string M0() => Support.Notice.Recorded.Text("zh-Hant");
                string M1() => Support.Greeting.Welcome.Text("zh-Hant");
                string M2() => Support.Hold.PleaseWait.Text("ko");
                string M3() => Support.Notice.LongWait.Text("zh-Hans");
            }

            """;
        return Verify.Fix(
            source,
            fixedSource,
            Near(0, "Support.Notice.Recorded", "zh-Hans", Recorded),
            Near(1, "Support.Greeting.Welcome", "zh-Hant", "您好，很高興為您服務！"),
            Near(2, "Support.Hold.PleaseWait", "ko", PleaseWaitKo),
            Near(3, "Support.Notice.LongWait", "zh-Hans", LongWait)).RunAsync();
    }

    [Fact]
    public Task Fix_keeps_zh_Hans_for_a_Simplified_literal_with_a_character_the_fold_table_also_maps()
    {
        // 么 is Simplified, yet the fold table maps it (like 麼) to 幺: the literal must not be taken for zh-Hant.
        string source = Class("\"请问还有什么可以帮您?\"");
        string fixedSource = Verify.Prelude + """
            class Agent
            {
                string M0() => PhraseCatalog.Standard.CallCenter.Closing.AnythingElse.Text("zh-Hans");
            }

            """;
        return Verify.Fix(source, fixedSource, Near(0, "CallCenter.Closing.AnythingElse", "zh-Hans", "请问还有什么可以帮您？")).RunAsync();
    }

    [Fact]
    public Task Fix_gives_zh_Hant_for_a_Traditional_literal_even_where_both_scripts_use_folded_characters()
    {
        // Notice.MoreHelp is approved only in zh-Hans; 什么 and 什麼 both fold (to 什幺), so only the
        // comparison with the approved text can tell that the literal is the other script.
        string source = Class("\"請問還有什麼需要幫忙的嗎？\"");
        string fixedSource = Verify.Prelude + """
            class Agent
            {
                string M0() => Support.Notice.MoreHelp.Text("zh-Hant");
            }

            """;
        return Verify.Fix(source, fixedSource, Near(0, "Support.Notice.MoreHelp", "zh-Hans", "请问还有什么需要帮忙的吗？")).RunAsync();
    }

    [Fact]
    public Task No_fix_in_a_constant_context()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                const string Welcome = {|#0:"您好,很高兴为您服务!"|};
            }
            """;
        return Verify.Fix(source, source, Near(0, "Support.Greeting.Welcome", "zh-Hans", Welcome)).RunAsync();
    }
}
