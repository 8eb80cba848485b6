using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PhraseCatalog.Catalog.Tests;

/// <summary>Each content check must be able to fail: feed it the mistakes it exists to catch.</summary>
public class CheckSelfTests
{
    private static ScriptTables Tables => ScriptTables.Committed;

    [Theory]
    [InlineData("Greeting")]
    [InlineData("greeting.InboundCall")]
    [InlineData("Greeting.inboundCall")]
    [InlineData("Greeting.Inbound-Call")]
    [InlineData("Greeting..InboundCall")]
    [InlineData("Cultures.Default")]
    [InlineData("PhraseData.Texts")]
    [InlineData("CallCenter.Greeting")]
    [InlineData("Hold.Hold")]
    [InlineData("Greeting.1st")]
    public void Invalid_keys_are_reported(string key) => Assert.NotEmpty(Checks.KeyProblems(key));

    [Fact]
    public void Valid_keys_pass_and_colliding_keys_are_reported()
    {
        Assert.Empty(Checks.KeyProblems("Complaint.Escalate.Supervisor"));
        Assert.NotEmpty(Checks.KeyCollisions(["Complaint.Escalate", "Complaint.Escalate.Supervisor"]));
        Assert.Empty(Checks.KeyCollisions(["Complaint.Escalate", "Complaint.EscalateNow"]));
    }

    [Fact]
    public void Placeholder_parser_reads_names_types_and_literal_braces()
    {
        Assert.Equal("hours:int,surname:string", Placeholders.Signature("{surname}，{hours:int}小时{{内}}"));
        Assert.Equal("", Placeholders.Signature("{{literal}}"));
        Assert.NotEqual(Placeholders.Signature("{surname}{title}"), Placeholders.Signature("{surname} {name}님"));
        Assert.NotEqual(Placeholders.Signature("{hours:int}"), Placeholders.Signature("{hours}"));
        Assert.Equal("您好  先生", Placeholders.Hide("您好{surname} 先生").Replace("  ", "  ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{surname")]
    [InlineData("surname}")]
    [InlineData("{}")]
    [InlineData("{Surname}")]
    [InlineData("{sur name}")]
    [InlineData("{hours:integer}")]
    [InlineData("{a{b}}")]
    public void Malformed_placeholders_are_reported(string text)
    {
        Placeholders.Parse(text, out var errors);
        Assert.NotEmpty(errors);
    }

    [Theory]
    [InlineData(" 您好")]
    [InlineData("您好 ")]
    [InlineData("안녕하십니까,  고객님.")]
    [InlineData("您好\u3000")]
    [InlineData("")]
    public void Whitespace_mistakes_are_reported(string text) => Assert.NotEmpty(Checks.WhitespaceProblems(text));

    [Theory]
    [InlineData("您好，××先生")]
    [InlineData("我是XX公司")]
    [InlineData("请拨***电话")]
    [InlineData("某先生，您好")]
    [InlineData("我的意思是……")]
    public void Template_marks_are_reported(string text) => Assert.NotEmpty(Checks.TemplateMarkProblems(text));

    [Theory]
    [InlineData("zh-Hans", "您好,请问有什么可以帮您?")]
    [InlineData("zh-Hans", "他说「您好」。")]
    [InlineData("zh-Hant", "他說“您好”。")]
    [InlineData("zh-Hans", "您好 请稍等。")]
    [InlineData("zh-Hans", "工号是１２３。")]
    [InlineData("zh-Hans", "｛surname｝先生")]
    public void Chinese_punctuation_mistakes_are_reported(string culture, string text) =>
        Assert.NotEmpty(Checks.ChineseProblems(culture, text));

    [Fact]
    public void Chinese_punctuation_allows_times_and_full_width_marks() =>
        Assert.Empty(Checks.ChineseProblems("zh-Hans", "请在10:30之前来电，好吗？{surname}先生，谢谢！"));

    [Theory]
    [InlineData("你好，请问有什么可以帮你？")]
    [InlineData("你们好。")]
    public void Ni_is_reported(string text) => Assert.NotEmpty(Checks.InformalAddressProblems(text));

    [Theory]
    [InlineData("这款迷你音箱很好用。")]
    [InlineData("请说“你好小助手”唤醒设备。")]
    [InlineData("您好，请问有什么可以帮您？")]
    public void Ni_that_addresses_no_one_passes(string text) => Assert.Empty(Checks.InformalAddressProblems(text));

    [Theory]
    [InlineData("{department}를 연결해 드리겠습니다.")]
    [InlineData("{surname}이 맞으십니까?")]
    [InlineData("{company}에서 연락드렸습니다.")]
    [InlineData("당신 전화번호를 알려 주십시오.")]
    [InlineData("너 지금 뭐 하는 거예요?")]
    [InlineData("확인해 드릴께요.")]
    [InlineData("안 되요.")]
    [InlineData("알았어.")]
    [InlineData("잠시만 기다려 주세요。")]
    [InlineData("네,고객님.")]
    public void Korean_mistakes_are_reported(string text) => Assert.NotEmpty(Checks.KoreanProblems(text));

    [Theory]
    [InlineData("{surname} {title}님, 안녕하십니까? 무엇을 도와드릴까요?")]
    [InlineData("{hours:int}시간 안에 답변드리겠습니다.")]
    [InlineData("네, 말씀하십시오.")]
    [InlineData("너무 늦어서 죄송합니다.")]
    [InlineData("잠시만 기다려 주세요.")]
    public void Correct_Korean_passes(string text) => Assert.Empty(Checks.KoreanProblems(text));

    [Fact]
    public void Forbidden_text_inside_approved_text_is_reported()
    {
        // The generator's PHR0011, the same rule the build runs.
        var problems = GeneratorRules.Run(
            "PHR0011",
            ("CallCenter.zh-Hans.resx", [("Information.Bad", "对不起，我不知道。"), ("Information.Good", "请稍等，我马上帮您查。")]),
            ("CallCenter.Forbidden.zh-Hans.resx", [("Banned.DontKnow", "不知道")]));
        var problem = Assert.Single(problems);
        Assert.Contains("'Information.Bad'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("'Banned.DontKnow'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instead_lines_must_name_existing_approved_keys()
    {
        var approved = new HashSet<string>(["Greeting.InboundCall"], StringComparer.Ordinal);
        Assert.Empty(Checks.InsteadProblems(new PhraseEntry("Banned.Wei", "喂", "Rude.\nInstead: Greeting.InboundCall", 1), approved));
        Assert.NotEmpty(Checks.InsteadProblems(new PhraseEntry("Banned.Wei", "喂", "Rude.\nInstead: Greeting.Inbound", 1), approved));
        Assert.NotEmpty(Checks.InsteadProblems(new PhraseEntry("Banned.Wei", "喂", "Rude.\nInstead Greeting.InboundCall", 1), approved));
        Assert.NotEmpty(Checks.InsteadProblems(new PhraseEntry("Banned.Wei", "喂", "Instead: Greeting.InboundCall", 1), approved));
        Assert.Equal(["A.B", "C.D"], Checks.InsteadKeys("Why.\nInstead: A.B, C.D"));
    }

    [Theory]
    [InlineData("{surname}")]
    [InlineData("不知道 ")]
    public void Forbidden_texts_with_placeholders_or_stray_spaces_are_reported(string text) =>
        Assert.NotEmpty(Checks.ForbiddenTextProblems(text));

    [Theory]
    [InlineData("zh-Hant", "請稍等，我马上幫您查。", "马")]
    [InlineData("zh-Hant", "這裏是客服中心。", "裏")]
    [InlineData("zh-Hant", "您好，这是客服中心。", "这")]
    [InlineData("zh-Hans", "请稍等，我馬上帮您查。", "馬")]
    [InlineData("zh-Hans", "这個问题", "個")]
    [InlineData("ko", "고객님, 電話 주셔서 감사합니다.", "電")]
    [InlineData("zh-Hans", "您好，고객님。", "고")]
    public void Script_mismatches_are_reported(string culture, string text, string culprit)
    {
        var problems = Tables.Problems(culture, text);
        Assert.Contains(problems, p => p.Contains(culprit, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zh-Hant", "這裡有床，群組的秘書在山峰上，皇后、若干、公里、了解、干擾。")]
    [InlineData("zh-Hant", "{surname}先生，請您在{hours:int}小時內回覆。")]
    [InlineData("zh-Hant", "皇后只有若干公里，才能批准系統游泳，風采依舊。")]
    [InlineData("zh-Hant", "余先生、范小姐、于經理、沈主任、郁先生、涂小姐、葉先生、万俟先生，您好！")]
    [InlineData("zh-Hant", "床邊的群組秘書在山峰上吃飯，嘴唇乾了。")]
    [InlineData("zh-Hans", "著名的乾隆皇帝，瞭望，慰藉，覆盖。")]
    [InlineData("zh-Hans", "皇后只有若干公里，才能批准系统游泳，风采依旧，了解一下。")]
    [InlineData("ko", "{surname} {title}님, 안녕하십니까?")]
    public void Correct_text_passes_the_script_check(string culture, string text) =>
        Assert.Empty(Tables.Problems(culture, text));

    [Fact]
    public void Hong_Kong_forms_are_Traditional_but_not_Taiwan_standard()
    {
        const string text = "請確認户口、温度與税務資料，這裏有說明。";
        Assert.Empty(Tables.Problems("zh-Hant", text, taiwanStandard: false));
        var problems = Tables.Problems("zh-Hant", text);
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("write 戶 instead", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("write 裡 instead", StringComparison.Ordinal));
    }

    [Fact]
    public void Compatibility_ideographs_and_radicals_are_normalised_before_the_lookup()
    {
        // U+F92C is a compatibility ideograph for 郎; U+2F08 is the Kangxi radical 人. Neither is a problem,
        // and a Simplified-only unified character still is after normalisation.
        Assert.Empty(Tables.Problems("zh-Hant", "\uF92C\u2F08"));
        var nfkc = "\u2F94".Normalize(NormalizationForm.FormKC); // Kangxi radical SPEAK -> 言
        Assert.Equal("言", nfkc);
        Assert.Empty(Tables.Problems("zh-Hans", "\u2F94"));
        Assert.NotEmpty(Tables.Problems("ko", "\uF92C"));
    }
}
