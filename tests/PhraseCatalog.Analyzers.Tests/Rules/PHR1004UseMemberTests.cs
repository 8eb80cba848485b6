using Microsoft.CodeAnalysis.Testing;
using PhraseCatalog.Analyzers.Tests.Infrastructure;

namespace PhraseCatalog.Analyzers.Tests.Rules;

/// <summary>PHR1004: a literal equals an approved phrase's text; the code fix replaces it with the typed member.</summary>
public class PHR1004UseMemberTests
{
    private static DiagnosticResult UseMember(int location, string key, string culture) =>
        Verify.Diagnostic("PHR1004").WithLocation(location).WithArguments(key, culture);

    [Fact]
    public Task Literal_equal_to_an_approved_text_is_an_info_suggestion()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                string Greet() => {|#0:"您好，很高兴为您服务！"|};
                string Standard() => {|#1:"请问还有什么可以帮您？"|};
                string NotAPhrase() => "您好";
            }
            """;
        return Verify.AnalyzerAsync(
            source,
            UseMember(0, "Support.Greeting.Welcome", "zh-Hans"),
            UseMember(1, "CallCenter.Closing.AnythingElse", "zh-Hans"));
    }

    [Fact]
    public Task Fix_keeps_the_literals_culture()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                string Hans() => {|#0:"您好，很高兴为您服务！"|};
                string Hant() => {|#1:"您好，很高興為您服務！"|};
                string Ko() => {|#2:"잠시만 기다려 주십시오."|};
            }
            """;
        const string fixedSource = Verify.Prelude + """
            class Agent
            {
                string Hans() => Support.Greeting.Welcome.Text("zh-Hans");
                string Hant() => Support.Greeting.Welcome.Text("zh-Hant");
                string Ko() => Support.Hold.PleaseWait.Text("ko");
            }
            """;
        return Verify.Fix(
            source,
            fixedSource,
            UseMember(0, "Support.Greeting.Welcome", "zh-Hans"),
            UseMember(1, "Support.Greeting.Welcome", "zh-Hant"),
            UseMember(2, "Support.Hold.PleaseWait", "ko")).RunAsync();
    }

    [Fact]
    public Task Fix_all_replaces_every_literal_of_the_document_at_once()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr)
                {
                    ivr.Say({|#0:"您好，很高兴为您服务！"|});
                    ivr.Say({|#1:"请您稍等，我马上为您查询。"|});
                    ivr.Say({|#2:"感謝您的來電，祝您生活愉快！"|});
                    ivr.Say({|#3:"전화해 주셔서 감사합니다."|});
                }
            }
            """;
        const string fixedSource = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr)
                {
                    ivr.Say(Support.Greeting.Welcome.Text("zh-Hans"));
                    ivr.Say(Support.Hold.PleaseWait.Text("zh-Hans"));
                    ivr.Say(Support.Closing.Thanks.Text("zh-Hant"));
                    ivr.Say(Support.Closing.Thanks.Text("ko"));
                }
            }
            """;
        var test = Verify.Fix(
            source,
            fixedSource,
            UseMember(0, "Support.Greeting.Welcome", "zh-Hans"),
            UseMember(1, "Support.Hold.PleaseWait", "zh-Hans"),
            UseMember(2, "Support.Closing.Thanks", "zh-Hant"),
            UseMember(3, "Support.Closing.Thanks", "ko"));
        // One Fix All pass must do it (the framework also checks document, project and solution scopes).
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task Second_action_follows_the_UI_culture_with_the_bare_member_where_a_string_is_expected()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr)
                {
                    ivr.Say({|#0:"您好，很高兴为您服务！"|});
                    string text = {|#1:"请您稍等，我马上为您查询。"|};
                    ivr.Say(text);
                }
            }
            """;
        const string fixedSource = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr)
                {
                    ivr.Say(Support.Greeting.Welcome);
                    string text = Support.Hold.PleaseWait;
                    ivr.Say(text);
                }
            }
            """;
        var test = Verify.Fix(
            source,
            fixedSource,
            UseMember(0, "Support.Greeting.Welcome", "zh-Hans"),
            UseMember(1, "Support.Hold.PleaseWait", "zh-Hans"));
        test.CodeActionEquivalenceKey = "PhraseCatalog.UseMemberCurrentCulture";
        test.CodeActionIndex = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task Second_action_calls_ToString_where_the_member_would_change_the_type()
    {
        // 'var' would become Phrase, a member access would bind to Phrase, object would hold a Phrase.
        const string source = Verify.Prelude + """
            class Agent
            {
                int Run()
                {
                    var text = {|#0:"您好，很高兴为您服务！"|};
                    object boxed = {|#1:"请您稍等，我马上为您查询。"|};
                    return text.Length + {|#2:"感谢您的来电，祝您生活愉快！"|}.Length + boxed.GetHashCode();
                }
            }
            """;
        const string fixedSource = Verify.Prelude + """
            class Agent
            {
                int Run()
                {
                    var text = Support.Greeting.Welcome.ToString();
                    object boxed = Support.Hold.PleaseWait.ToString();
                    return text.Length + Support.Closing.Thanks.ToString().Length + boxed.GetHashCode();
                }
            }
            """;
        var test = Verify.Fix(
            source,
            fixedSource,
            UseMember(0, "Support.Greeting.Welcome", "zh-Hans"),
            UseMember(1, "Support.Hold.PleaseWait", "zh-Hans"),
            UseMember(2, "Support.Closing.Thanks", "zh-Hans"));
        test.CodeActionEquivalenceKey = "PhraseCatalog.UseMemberCurrentCulture";
        test.CodeActionIndex = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task Standard_catalog_member_is_simplified_against_the_usings()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                string Text() => {|#0:"请问还有什么可以帮您？"|};
            }
            """;
        const string fixedSource = Verify.Prelude + """
            class Agent
            {
                string Text() => PhraseCatalog.Standard.CallCenter.Closing.AnythingElse.Text("zh-Hans");
            }
            """;
        return Verify.Fix(source, fixedSource, UseMember(0, "CallCenter.Closing.AnythingElse", "zh-Hans")).RunAsync();
    }

    [Fact]
    public Task No_fix_where_only_a_constant_may_stand()
    {
        // Attribute argument, const field, const local, case label, pattern, default parameter value:
        // an expression there would not compile, so the suggestion stands but no fix is offered.
        const string source = Verify.Prelude + """
            class Agent
            {
                const string Welcome = {|#0:"您好，很高兴为您服务！"|};

                [System.ComponentModel.Description({|#1:"您好，很高兴为您服务！"|})]
                string Run(string text = {|#2:"您好，很高兴为您服务！"|})
                {
                    const string local = {|#3:"您好，很高兴为您服务！"|};
                    switch (text)
                    {
                        case {|#4:"您好，很高兴为您服务！"|}: return local;
                    }

                    return text is {|#5:"您好，很高兴为您服务！"|} ? Welcome : text;
                }
            }
            """;
        var expected = Enumerable.Range(0, 6).Select(i => UseMember(i, "Support.Greeting.Welcome", "zh-Hans")).ToArray();
        return Verify.Fix(source, source, expected).RunAsync();
    }
}
