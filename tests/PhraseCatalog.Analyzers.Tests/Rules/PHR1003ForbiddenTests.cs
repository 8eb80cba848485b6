using Microsoft.CodeAnalysis.Testing;
using PhraseCatalog.Analyzers.Tests.Infrastructure;

namespace PhraseCatalog.Analyzers.Tests.Rules;

/// <summary>PHR1003: a string literal anywhere contains a forbidden phrase.</summary>
public class PHR1003ForbiddenTests
{
    private const string DontKnowInstead = "; say Information.LookingUp or Information.AskColleague instead";

    private static DiagnosticResult Forbidden(int location, string text, string rule, string instead = "") =>
        Verify.Diagnostic("PHR1003").WithLocation(location).WithArguments(text, rule, instead);

    [Fact]
    public Task Standard_zh_Hans_phrase_inside_a_longer_literal_is_located_exactly()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                string Answer() => "对不起，我{|#0:不知道|}这件事";
            }
            """;
        return Verify.AnalyzerAsync(source, Forbidden(0, "不知道", "CallCenter.Banned.DontKnow", DontKnowInstead));
    }

    [Fact]
    public Task Standard_ko_phrase_inside_a_longer_literal()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                string Ask() => "{|#0:뭐?|} 다시 말해 봐요";
                string Address() => "{|#1:당신|}의 주문이 접수되었어요";
            }
            """;
        return Verify.AnalyzerAsync(
            source,
            Forbidden(0, "뭐?", "CallCenter.Banned.Mwo", "; say CannotHear.AskToRepeat instead"),
            Forbidden(1, "당신", "CallCenter.Banned.Dangsin", "; say Greeting.KnownCustomer instead"));
    }

    [Fact]
    public Task Standard_zh_Hant_phrase()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                string Answer() => "{|#0:這不是我們的責任|}。";
            }
            """;
        return Verify.AnalyzerAsync(source, Forbidden(0, "這不是我們的責任", "CallCenter.Never.NotOurResponsibility", "; say Complaint.AgentMistake or Complaint.Escalate instead"));
    }

    [Fact]
    public Task Every_forbidden_phrase_of_a_literal_is_reported_and_a_phrase_inside_a_longer_one_only_once()
    {
        // 你说什么 contains the banned 你: only the longer rule is reported there; the second 你 stands alone.
        const string source = Verify.Prelude + """
            class Agent
            {
                string Answer() => "{|#0:喂|}，{|#1:你说什么|}？{|#2:你|}再说一遍";
            }
            """;
        return Verify.AnalyzerAsync(
            source,
            Forbidden(0, "喂", "CallCenter.Banned.Wei", "; say Greeting.InboundCall or SilentLine.FirstPrompt instead"),
            Forbidden(1, "你说什么", "CallCenter.Never.WhatDidYouSay", "; say CannotHear.AskToRepeat instead"),
            Forbidden(2, "你", "CallCenter.Banned.Ni"));
    }

    [Fact]
    public Task Own_catalog_forbidden_phrase_names_its_own_replacements()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                string Hurry() => "请{|#0:快点说|}。";
                string Refuse() => "{|#1:这不归我管|}";
            }
            """;
        return Verify.AnalyzerAsync(
            source,
            Forbidden(0, "快点说", "Support.Rude.Hurry", "; say Hold.PleaseWait instead"),
            Forbidden(1, "这不归我管", "Support.Rude.NotMine", "; say Greeting.Welcome or Hold.PleaseWait instead"));
    }

    [Fact]
    public Task Literal_in_any_position_is_searched()
    {
        // Not only at sinks: fields, constants, attribute arguments, case labels, default values, interpolated text.
        const string source = Verify.Prelude + """
            class Agent
            {
                const string Reply = "我{|#0:不知道|}";
                static readonly string Other = "{|#1:不清楚|}";

                [System.ComponentModel.Description("{|#2:不明白|}")]
                void Run(string text = "{|#3:不可能|}")
                {
                    switch (text)
                    {
                        case "{|#4:说吧|}": break;
                    }

                    _ = $"我{|#5:不知道|}{text}";
                }
            }
            """;
        return Verify.AnalyzerAsync(
            source,
            Forbidden(0, "不知道", "CallCenter.Banned.DontKnow", DontKnowInstead),
            Forbidden(1, "不清楚", "CallCenter.Banned.NotClear", "; say Information.CannotAnswerNow or Callback.LeaveNumber instead"),
            Forbidden(2, "不明白", "CallCenter.Banned.DontUnderstand", "; say CannotHear.AskToRepeat or Confirmation.AskMeaning instead"),
            Forbidden(3, "不可能", "CallCenter.Never.Impossible", "; say Boundary.CannotHelp or Boundary.OutOfScope instead"),
            Forbidden(4, "说吧", "CallCenter.Never.JustSayIt", "; say Greeting.ReturnCallerGreeting instead"),
            Forbidden(5, "不知道", "CallCenter.Banned.DontKnow", DontKnowInstead));
    }

    [Fact]
    public Task Literal_whose_source_differs_from_its_value_is_reported_whole()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                string Answer() => {|#0:"\u4E0D知道"|};
            }
            """;
        return Verify.AnalyzerAsync(source, Forbidden(0, "不知道", "CallCenter.Banned.DontKnow", DontKnowInstead));
    }

    [Fact]
    public Task Verbatim_and_raw_literals_are_located_inside_their_token()
    {
        const string source = Verify.Prelude + "class Agent\n{\n    string A() => @\"\"\"我{|#0:不知道|}\"\"\";\n    string B() => \"\"\"\n        第一行\n        我{|#1:不清楚|}\n        \"\"\";\n}\n";
        return Verify.AnalyzerAsync(
            source,
            Forbidden(0, "不知道", "CallCenter.Banned.DontKnow", DontKnowInstead),
            Forbidden(1, "不清楚", "CallCenter.Banned.NotClear", "; say Information.CannotAnswerNow or Callback.LeaveNumber instead"));
    }

    [Fact]
    public Task Full_width_and_compatibility_look_alikes_do_not_hide_a_forbidden_phrase()
    {
        // A full-width question mark, and U+F967, the CJK compatibility form of 不 (canonically equal, not byte-equal).
        const string source = Verify.Prelude + """
            class Agent
            {
                string Ask() => "{|#0:뭐？|} 다시요";
                string Answer() => "我{|#1:\uF967知道|}";
            }
            """;
        return Verify.AnalyzerAsync(
            source.Replace("\\uF967", "\uF967", StringComparison.Ordinal),
            Forbidden(0, "뭐?", "CallCenter.Banned.Mwo", "; say CannotHear.AskToRepeat instead"),
            Forbidden(1, "不知道", "CallCenter.Banned.DontKnow", DontKnowInstead));
    }

    [Fact]
    public Task Other_script_is_not_folded_for_the_search()
    {
        // Folding Traditional to Simplified is many-to-one (後/后, 髮/發 → 发): the forbidden lists are curated per culture instead.
        const string source = Verify.Prelude + """
            class Agent
            {
                string Hurry() => "请快點說";
            }
            """;
        return Verify.AnalyzerAsync(source);
    }

    [Fact]
    public Task Text_without_forbidden_phrases_and_non_string_constants_are_quiet()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                char Letter() => '你';
                string Polite() => "您好，请问您贵姓？";
                string Latin() => "I don't know";
            }
            """;
        return Verify.AnalyzerAsync(source);
    }

    [Fact]
    public Task Option_leaves_out_the_standard_list_but_keeps_the_own_catalogs()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                string A() => "我不知道";
                string B() => "请{|#0:快点说|}。";
            }
            """;
        return Verify.Analyzer(source, Forbidden(0, "快点说", "Support.Rude.Hurry", "; say Hold.PleaseWait instead"))
            .WithEditorConfig("phrasecatalog.include_standard_forbidden = false")
            .RunAsync();
    }

    [Fact]
    public Task Option_can_be_set_in_a_globalconfig()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                string A() => "我不知道";
            }
            """;
        return Verify.Analyzer(source).WithGlobalConfig("phrasecatalog.include_standard_forbidden = FALSE").RunAsync();
    }

    [Fact]
    public Task Utf8_literal_is_searched_too()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                System.ReadOnlySpan<byte> Answer() => "我{|#0:不知道|}"u8;
            }
            """;
        return Verify.AnalyzerAsync(source, Forbidden(0, "不知道", "CallCenter.Banned.DontKnow", DontKnowInstead));
    }
}
