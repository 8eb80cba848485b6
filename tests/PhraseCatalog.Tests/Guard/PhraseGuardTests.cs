using System;
using System.Linq;
using System.Threading.Tasks;
using PhraseCatalog.Metadata;
using PhraseCatalog.Standard;

namespace PhraseCatalog.Tests.Guard;

/// <summary>The run-time guard over the standard catalog: what it finds, where, and what it costs.</summary>
public sealed class PhraseGuardTests
{
    private static readonly PhraseGuard Guard = new([PhraseCatalogs.Standard]);

    [Fact]
    public void A_forbidden_phrase_is_found_with_its_position_rule_and_replacement()
    {
        var check = Guard.Check("这个我不知道啊", "zh-CN");

        Assert.Equal(PhraseVerdict.Forbidden, check.Verdict);
        var finding = Assert.Single(check.Forbidden);
        Assert.Equal(3, finding.Start);
        Assert.Equal(3, finding.Length);
        Assert.Equal("Banned.DontKnow", finding.Rule.Key);
        Assert.Equal(["Information.LookingUp", "Information.AskColleague"], finding.Instead.Select(p => p.Key));
        Assert.Equal(CallCenter.Information.LookingUp.Text("zh-TW"), finding.InsteadText("zh-TW"));
    }

    [Fact]
    public void Full_width_forms_match_their_half_width_rule()
    {
        var check = Guard.Check("네? 뭐？", "ko-KR");

        var finding = Assert.Single(check.Forbidden);
        Assert.Equal("Banned.Mwo", finding.Rule.Key);
        Assert.Equal("뭐？", finding.Matched);
        Assert.Equal(3, finding.Start);
    }

    [Fact]
    public void A_rule_that_starts_with_an_ASCII_character_is_found_in_full_width()
    {
        // The scan skips to characters that can start a rule; the full-width Ｏ must count as one.
        var catalog = new CatalogDescription("Chat", "Tests.Chat", typeof(PhraseGuardTests), new PhraseCultures(["zh-Hans"], "zh-Hans"), [],
            [new ForbiddenPhraseDescription("Chat.OkBa", "zh-Hans", "OK吧", null, [])]);
        var guard = new PhraseGuard([catalog], includeStandardForbidden: false);

        var finding = Assert.Single(guard.Check("好的ＯＫ吧", "zh-CN").Forbidden);

        Assert.Equal((2, "ＯＫ吧"), (finding.Start, finding.Matched));
        Assert.True(guard.ContainsForbidden("OK吧"));
        Assert.False(guard.ContainsForbidden("OK了"));
    }

    [Fact]
    public void A_longer_rule_covers_the_shorter_one_inside_it()
    {
        // 你说什么 holds 你 (Banned.Ni): one finding, under the longer rule, as the analyzers report it.
        var check = Guard.Check("你说什么？", "zh-Hans");

        var finding = Assert.Single(check.Forbidden);
        Assert.Equal("Never.WhatDidYouSay", finding.Rule.Key);
    }

    [Fact]
    public void Every_forbidden_phrase_of_a_reply_is_reported_in_order()
    {
        var check = Guard.Check("喂，说话呀！我不知道。", "zh-CN");

        Assert.Equal(["Banned.Wei", "Never.TalkNow", "Banned.DontKnow"], check.Forbidden.Select(f => f.Rule.Key));
        Assert.Equal([0, 2, 7], check.Forbidden.Select(f => f.Start));
    }

    [Theory]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh-HK", "zh-Hant")]
    [InlineData("ko-KR", "ko")]
    public void An_approved_text_of_the_culture_is_approved_with_its_key(string culture, string catalogCulture)
    {
        string text = CallCenter.Greeting.InboundCall.Text(culture);

        var check = Guard.Check(text, culture);

        Assert.Equal(PhraseVerdict.Approved, check.Verdict);
        Assert.Equal("Greeting.InboundCall", check.Phrase!.Key);
        Assert.Equal(catalogCulture, check.Culture);
        Assert.False(check.IsFilledTemplate);
    }

    [Fact]
    public void A_template_with_its_placeholders_filled_is_approved()
    {
        string text = CallCenter.Greeting.KnownCustomer(surname: "王", title: "先生").Text("zh-TW");

        var check = Guard.Check(text, "zh-TW");

        Assert.Equal(PhraseVerdict.Approved, check.Verdict);
        Assert.Equal("Greeting.KnownCustomer", check.Phrase!.Key);
        Assert.True(check.IsFilledTemplate);
    }

    [Fact]
    public void A_template_with_an_empty_placeholder_is_not_approved()
    {
        var check = Guard.Check("，您好！请问有什么可以帮您？", "zh-CN");

        Assert.NotEqual(PhraseVerdict.Approved, check.Verdict);
    }

    [Fact]
    public void The_other_script_is_near_with_no_edits()
    {
        // The zh-Hant text sent to a zh-CN caller: same phrase, wrong script.
        string traditional = CallCenter.Hold.ThanksForWaiting.Text("zh-TW");

        var check = Guard.Check(traditional, "zh-CN");

        Assert.Equal(PhraseVerdict.Near, check.Verdict);
        Assert.Equal("Hold.ThanksForWaiting", check.Phrase!.Key);
        Assert.Equal(0, check.Edits);
        Assert.Equal("zh-Hans", check.Culture);
    }

    [Fact]
    public void A_typo_in_a_long_approved_phrase_is_near_it()
    {
        string approved = CallCenter.Complaint.NoAnswerYet.Text("zh-CN");
        string typo = approved.Replace("耐心", "耐性", StringComparison.Ordinal);

        var check = Guard.Check(typo, "zh-CN");

        Assert.Equal(PhraseVerdict.Near, check.Verdict);
        Assert.Equal("Complaint.NoAnswerYet", check.Phrase!.Key);
        Assert.Equal(1, check.Edits);
    }

    [Fact]
    public void A_text_that_is_nothing_gets_the_shared_unapproved_result()
    {
        var check = Guard.Check("好的，我这就去办。", "zh-CN");

        Assert.Same(PhraseCheck.Unapproved, check);
        Assert.Empty(check.Forbidden);
        Assert.Null(check.Phrase);
    }

    [Fact]
    public void Checking_a_clean_reply_or_an_approved_phrase_allocates_nothing()
    {
        string reply = string.Concat(Enumerable.Repeat("您的订单已经发货，预计明天下午送达，请注意查收短信通知。", 8));
        string approved = CallCenter.Greeting.InboundCall.Text("zh-CN");
        Guard.Check(reply, "zh-CN");
        Guard.Check(approved, "zh-CN");

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            Guard.Check(reply, "zh-CN");
            Guard.Check(approved, "zh-CN");
            Guard.ContainsForbidden(reply);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void The_guard_gives_the_same_answers_on_many_threads()
    {
        string[] texts = ["这个我不知道啊", CallCenter.Greeting.InboundCall.Text("zh-TW"), "好的", CallCenter.Complaint.NoAnswerYet.Text("zh-TW")];
        var expected = texts.Select(t => Guard.Check(t, "zh-TW").ToString()).ToArray();

        var results = new string[64][];
        Parallel.For(0, results.Length, i => results[i] = texts.Select(t => Guard.Check(t, "zh-TW").ToString()).ToArray());

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void The_standard_forbidden_list_can_be_left_out()
    {
        var own = new PhraseGuard([], includeStandardForbidden: false);

        Assert.False(own.ContainsForbidden("不知道"));
        Assert.True(Guard.ContainsForbidden("不知道"));
    }
}
