using Microsoft.CodeAnalysis.Testing;
using PhraseCatalog.Analyzers.Tests.Infrastructure;

namespace PhraseCatalog.Analyzers.Tests.Rules;

/// <summary>PHR1002: a composed string (interpolation, concatenation, string.Format/Concat/Join) reaches a sink.</summary>
public class PHR1002ComposedTests
{
    private static DiagnosticResult Composed(int location, string piece, string sink = "Ivr.Say(text)") =>
        Verify.Diagnostic("PHR1002").WithLocation(location).WithArguments(sink, piece);

    [Fact]
    public Task Interpolated_string_names_its_first_unapproved_piece()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr, string surname)
                {
                    ivr.Say({|#0:$"{surname}先生，您好"|});
                    ivr.Say({|#1:$"{Support.Greeting.Welcome}{surname}"|});
                }
            }
            """;
        return Verify.AnalyzerAsync(source, Composed(0, "surname"), Composed(1, "surname"));
    }

    [Fact]
    public Task Interpolated_text_piece_that_is_not_approved_is_quoted()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr) => ivr.Say({|#0:$"{Support.Greeting.Welcome}马上就好"|});
            }
            """;
        return Verify.AnalyzerAsync(source, Composed(0, "\"马上就好\""));
    }

    [Fact]
    public Task Concatenation_is_reported_once_for_the_whole_expression()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr, string surname) => ivr.Say({|#0:surname + "先生，" + Support.Greeting.Welcome|});
            }
            """;
        return Verify.AnalyzerAsync(source, Composed(0, "surname"));
    }

    [Fact]
    public Task String_Format_and_Concat_are_composed()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr, string surname, int minutes)
                {
                    ivr.Say({|#0:string.Format("{0}先生，您好", surname)|});
                    ivr.Say({|#1:string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} {1}", Support.Greeting.Welcome, minutes)|});
                    ivr.Say({|#2:string.Concat(Support.Greeting.Welcome, "马上就好")|});
                }
            }
            """;
        return Verify.AnalyzerAsync(source, Composed(0, "\"{0}先生，您好\""), Composed(1, "minutes"), Composed(2, "\"马上就好\""));
    }

    [Fact]
    public Task Composition_of_approved_pieces_only_is_allowed()
    {
        // Phrases, a placeholder phrase's result, Text(culture) and whitespace between them; a format
        // string of holes only.
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr, string surname)
                {
                    ivr.Say($"{Support.Greeting.Welcome} {Support.Hold.PleaseWait}");
                    ivr.Say(Support.Address.Customer(surname) + " " + Support.Hold.PleaseWait);
                    ivr.Say(Support.Greeting.Welcome.Text("ko") + Support.Hold.PleaseWait.Text("ko"));
                    ivr.Say(string.Format("{0} {1}", Support.Greeting.Welcome, Support.Address.Customer(surname)));
                    ivr.Say(string.Concat(Support.Greeting.Welcome, "\n", Support.Closing.Thanks));
                    ivr.Say($"{{|#0:"您好，很高兴为您服务！"|}}");
                }
            }
            """;
        return Verify.AnalyzerAsync(
            source,
            Verify.Diagnostic("PHR1004").WithLocation(0).WithArguments("Support.Greeting.Welcome", "zh-Hans"));
    }

    [Fact]
    public Task Composed_value_held_by_a_local_is_reported_at_the_reference()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr, string surname)
                {
                    var text = {|#1:$"{surname}先生，您好"|};
                    ivr.Say({|#0:text|});
                }
            }
            """;
        return Verify.AnalyzerAsync(source, Composed(0, "surname").WithLocation(1));
    }

    [Fact]
    public Task Composed_string_passed_to_a_method_that_is_not_a_sink_is_ignored()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr, string surname) => ivr.Log($"{surname}先生，您好");
            }
            """;
        return Verify.AnalyzerAsync(source);
    }

    [Fact]
    public Task Char_and_number_pieces_are_text_too()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr)
                {
                    ivr.Say({|#0:Support.Greeting.Welcome + '你'|});
                    ivr.Say({|#1:Support.Greeting.Welcome + 5|});
                    ivr.Say(Support.Greeting.Welcome + ' ' + Support.Hold.PleaseWait);
                }
            }
            """;
        return Verify.AnalyzerAsync(source, Composed(0, "'你'"), Composed(1, "5"));
    }

    [Fact]
    public Task Appending_to_a_sink_property_is_composition()
    {
        const string source = Verify.Prelude + """
            class Prompt
            {
                [AgentMessage] public string Text { get; set; } = "";
            }

            class Agent
            {
                void Run(Prompt prompt, string surname)
                {
                    prompt.Text = Support.Greeting.Welcome;
                    {|#0:prompt.Text += surname|};
                    {|#1:prompt.Text += "马上就好"|};
                    prompt.Text += Support.Hold.PleaseWait;
                    prompt.Text ??= {|#2:"马上就好"|};
                }
            }
            """;
        return Verify.AnalyzerAsync(
            source,
            Composed(0, "surname", "Prompt.Text"),
            Composed(1, "\"马上就好\"", "Prompt.Text"),
            Verify.Diagnostic("PHR1001").WithLocation(2).WithArguments("\"马上就好\"", "Prompt.Text", ""));
    }
}
