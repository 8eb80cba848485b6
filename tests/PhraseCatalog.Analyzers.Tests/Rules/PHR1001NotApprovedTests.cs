using Microsoft.CodeAnalysis.Testing;
using PhraseCatalog.Analyzers.Tests.Infrastructure;

namespace PhraseCatalog.Analyzers.Tests.Rules;

/// <summary>PHR1001: a string that is not an approved phrase reaches an agent-message sink.</summary>
public class PHR1001NotApprovedTests
{
    private static DiagnosticResult NotApproved(int location, string value, string sink = "Ivr.Say(text)", string nearest = "") =>
        Verify.Diagnostic("PHR1001").WithLocation(location).WithArguments(value, sink, nearest);

    [Fact]
    public Task Literal_passed_to_an_AgentMessage_parameter()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr) => ivr.Say({|#0:"马上就好"|});
            }
            """;
        return Verify.AnalyzerAsync(source, NotApproved(0, "\"马上就好\""));
    }

    [Fact]
    public Task Literal_without_Han_or_Hangul_is_not_approved_either()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr) => ivr.Say(text: {|#0:"Please hold."|});
            }
            """;
        return Verify.AnalyzerAsync(source, NotApproved(0, "\"Please hold.\""));
    }

    [Fact]
    public Task Const_local_and_const_field_are_reported_at_the_reference()
    {
        const string source = Verify.Prelude + """
            static class Texts
            {
                public const string Wait = "请稍候";
            }

            class Agent
            {
                void Run(Vendor.Ivr ivr)
                {
                    const string soon = "马上就好";
                    ivr.Say({|#0:soon|});
                    ivr.Say({|#1:Texts.Wait|});
                }
            }
            """;
        return Verify.AnalyzerAsync(
            source,
            NotApproved(0, "'soon' (\"马上就好\")"),
            NotApproved(1, "'Wait' (\"请稍候\")"));
    }

    [Fact]
    public Task Local_that_only_holds_a_literal_points_back_at_the_literal()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr)
                {
                    var text = {|#1:"马上就好"|};
                    ivr.Say({|#0:text|});
                }
            }
            """;
        return Verify.AnalyzerAsync(source, NotApproved(0, "'text' (\"马上就好\")").WithLocation(1));
    }

    [Fact]
    public Task Local_assigned_on_two_branches_points_back_at_both_literals()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr, bool busy)
                {
                    string text;
                    if (busy) text = {|#1:"马上就好"|};
                    else text = {|#2:"请稍候"|};
                    ivr.Say({|#0:text|});
                }
            }
            """;
        return Verify.AnalyzerAsync(source, NotApproved(0, "'text' (\"马上就好\")").WithLocation(1).WithLocation(2));
    }

    [Fact]
    public Task Local_that_may_hold_an_unknown_value_is_not_reported()
    {
        // "马上就好" is overwritten before the call on one path and replaced by an unknown value on the other:
        // a flow-insensitive analysis cannot tell that it ever reaches the sink, so it stays quiet.
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr, string fromCrm, bool busy)
                {
                    var text = "马上就好";
                    if (busy) text = fromCrm;
                    ivr.Say(text);
                    var other = "请稍候";
                    Refresh(out other);
                    ivr.Say(other);
                    var aliased = "请稍候";
                    ref string alias = ref aliased;
                    alias = fromCrm;
                    ivr.Say(aliased);
                }

                static void Refresh(out string text) => text = Support.Hold.PleaseWait;
            }
            """;
        return Verify.AnalyzerAsync(source);
    }

    [Fact]
    public Task Ternary_reports_each_unapproved_branch()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr, bool busy, int n)
                {
                    ivr.Say(busy ? {|#0:"马上就好"|} : {|#1:"请稍候"|});
                    ivr.Say(busy ? Support.Hold.PleaseWait : {|#2:"请稍候"|});
                    ivr.Say(n switch { 0 => {|#3:"零"|}, _ => Support.Greeting.Welcome });
                }
            }
            """;
        return Verify.AnalyzerAsync(
            source,
            NotApproved(0, "\"马上就好\""),
            NotApproved(1, "\"请稍候\""),
            NotApproved(2, "\"请稍候\""),
            NotApproved(3, "\"零\""));
    }

    [Fact]
    public Task Readonly_field_with_a_literal_initializer_points_back_at_it()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                private static readonly string Soon = {|#1:"马上就好"|};
                private string _mutable = "请稍候";

                void Run(Vendor.Ivr ivr)
                {
                    ivr.Say({|#0:Soon|});
                    ivr.Say(_mutable);
                }

                void Change(string text) => _mutable = text;
            }
            """;
        return Verify.AnalyzerAsync(source, NotApproved(0, "'Soon' (\"马上就好\")").WithLocation(1));
    }

    [Fact]
    public Task Readonly_field_assigned_in_a_constructor_is_not_followed()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                private readonly string _text = "马上就好";

                Agent(string text) { _text = text; }

                void Run(Vendor.Ivr ivr) => ivr.Say(_text);
            }
            """;
        return Verify.AnalyzerAsync(source);
    }

    [Fact]
    public Task Readonly_field_written_by_an_init_accessor_or_by_ref_is_not_followed()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                private readonly string _byInit = "马上就好";
                private readonly string _byRef = "马上就好";

                public string Text { init => _byInit = value; }

                Agent() => Load(out _byRef);

                static void Load(out string text) => text = "";

                void Run(Vendor.Ivr ivr)
                {
                    ivr.Say(_byInit);
                    ivr.Say(_byRef);
                }
            }
            """;
        return Verify.AnalyzerAsync(source);
    }

    [Fact]
    public Task Approved_phrases_reach_the_sink_without_a_diagnostic()
    {
        // Phrase → string (implicit conversion), Text(culture), ToString(), a placeholder phrase's
        // PhraseMessage → string and its Text(culture), and the standard catalog's phrases.
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr, string surname, System.Globalization.CultureInfo culture)
                {
                    ivr.Say(Support.Hold.PleaseWait);
                    ivr.Say(Support.Hold.PleaseWait.Text("zh-Hant"));
                    ivr.Say(Support.Hold.PleaseWait.Text(culture));
                    ivr.Say(Support.Hold.PleaseWait.ToString());
                    ivr.Say(Support.Address.Customer(surname));
                    ivr.Say(Support.Address.Customer(surname).Text("ko"));
                    ivr.Say(PhraseCatalog.Standard.CallCenter.Closing.AnythingElse);
                    PhraseMessage message = Support.Greeting.Welcome;
                    ivr.Say(message);
                    ivr.Say(null);
                    ivr.Say("");
                    ivr.Say(" ");
                    ivr.Say(surname);
                }
            }
            """;
        return Verify.AnalyzerAsync(source);
    }

    [Fact]
    public Task Approved_literal_is_not_PHR1001_but_gets_the_PHR1004_suggestion()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr) => ivr.Say({|#0:"请您稍等，我马上为您查询。"|});
            }
            """;
        return Verify.AnalyzerAsync(source, Verify.Diagnostic("PHR1004").WithLocation(0).WithArguments("Support.Hold.PleaseWait", "zh-Hans"));
    }

    [Fact]
    public Task Template_text_of_a_placeholder_phrase_is_not_a_message()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr) => ivr.Say({|#0:"{surname}先生/小姐，请问有什么可以帮您？"|});
            }
            """;
        return Verify.AnalyzerAsync(source, NotApproved(0, "\"{surname}先生/小姐，请问有什么可以帮您？\""));
    }

    [Fact]
    public Task Parameter_that_is_not_a_sink_is_ignored()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr) => ivr.Log("马上就好");
            }
            """;
        return Verify.AnalyzerAsync(source);
    }

    [Fact]
    public Task Literal_near_an_approved_phrase_names_it_as_the_nearest()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr) => ivr.Say({|#0:"请您稍等，我马上为您查询"|});
            }
            """;
        return Verify.AnalyzerAsync(
            source,
            NotApproved(0, "\"请您稍等，我马上为您查询\"", nearest: " (nearest approved phrase: Support.Hold.PleaseWait)"),
            Verify.Diagnostic("PHR1005").WithLocation(0).WithArguments("Support.Hold.PleaseWait", "zh-Hans", "\"请您稍等，我马上为您查询。\""));
    }

    [Fact]
    public Task Flow_depth_zero_reports_only_values_written_at_the_sink()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr)
                {
                    var text = "马上就好";
                    ivr.Say(text);
                    ivr.Say({|#0:"请稍候"|});
                }
            }
            """;
        var test = Verify.Analyzer(source, NotApproved(0, "\"请稍候\"")).WithEditorConfig("phrasecatalog.max_flow_depth = 0");
        return test.RunAsync();
    }
}
