using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using PhraseCatalog.Analyzers.Tests.Infrastructure;

namespace PhraseCatalog.Analyzers.Tests.Rules;

/// <summary>
/// PhraseSinks.txt / PhraseSinks.*.txt: third-party sinks by documentation ID (their use is checked by
/// PHR1001/PHR1002), and PHR1006 for a line that cannot be read, names no symbol, or repeats another.
/// </summary>
public class PHR1006SinkFileTests
{
    private const string Sinks = """
        // Third-party chat and IVR APIs that send text to a customer.
        M:Vendor.Chat.ChatClient.SendMessage(System.String)
        M:Vendor.Chat.ChatClient.SendMessage(System.String,System.String) text   // the overload with a conversation
        M:Vendor.Chat.Message.#ctor(System.String)
        P:Vendor.Chat.Message.Body
        M:Vendor.Chat.Message.set_Sender(System.String)
        M:Vendor.Chat.Tts.Speak(System.String,System.String) ssml
        """;

    private static DiagnosticResult NotApproved(int location, string sink) =>
        Verify.Diagnostic("PHR1001").WithLocation(location).WithArguments("\"马上就好\"", sink, "");

    private static DiagnosticResult BadLine(int location, string line, string reason) =>
        Verify.Diagnostic("PHR1006").WithLocation(location).WithArguments(line, reason);

    [Fact]
    public Task Listed_methods_constructors_properties_and_setters_are_sinks()
    {
        const string source = "using Vendor.Chat;\n" + Verify.Prelude + """
            class Agent
            {
                void Run(ChatClient chat)
                {
                    chat.SendMessage({|#0:"马上就好"|});
                    chat.SendMessage("conversation-1", {|#1:"马上就好"|});
                    chat.SendTyping("马上就好");
                    var message = new Message({|#2:"马上就好"|}) { Body = {|#3:"马上就好"|}, Sender = {|#4:"马上就好"|} };
                    message.Body = {|#5:"马上就好"|};
                    Tts.Speak({|#6:"马上就好"|}, "zh-CN-XiaoxiaoNeural");
                    chat.SendMessage(Support.Hold.PleaseWait);
                    new Message("马上就好", "agent-7").Sender = Support.Hold.PleaseWait;
                }
            }
            """;
        return Verify.Analyzer(
                source,
                NotApproved(0, "ChatClient.SendMessage(text)"),
                NotApproved(1, "ChatClient.SendMessage(text)"),
                NotApproved(2, "Message(body)"),
                NotApproved(3, "Message.Body"),
                NotApproved(4, "Message.Sender"),
                NotApproved(5, "Message.Body"),
                NotApproved(6, "Tts.Speak(ssml)"))
            .WithSinks(Sinks)
            .RunAsync();
    }

    [Fact]
    public Task Listed_interface_members_cover_the_application_s_implementations()
    {
        // The vendor assembly knows nothing of PhraseCatalog; only the PhraseSinks lines make its
        // interface a sink, and a class of the application implementing it inherits that.
        const string source = Verify.Prelude + """
            sealed class Outbox : Vendor.Chat.IMessageSink
            {
                public void Post(string text) { }
                public string Caption { get; set; } = "";
            }

            class Agent
            {
                void Run(Outbox outbox)
                {
                    outbox.Post({|#0:"马上就好"|});
                    outbox.Caption = {|#1:"马上就好"|};
                    outbox.Caption = {|#2:"马上就好"|};
                    outbox.Caption = Support.Hold.PleaseWait;
                }
            }
            """;
        return Verify.Analyzer(
                source,
                NotApproved(0, "IMessageSink.Post(text)"),
                NotApproved(1, "IMessageSink.Caption"),
                NotApproved(2, "IMessageSink.Caption"))
            .WithSinks("M:Vendor.Chat.IMessageSink.Post(System.String)\nP:Vendor.Chat.IMessageSink.Caption\n")
            .RunAsync();
    }

    [Fact]
    public Task Wrapper_around_a_listed_sink_is_a_sink()
    {
        const string source = Verify.Prelude + """
            class Bot
            {
                private readonly Vendor.Chat.ChatClient _chat = new Vendor.Chat.ChatClient();

                public void Reply(string text) => _chat.SendMessage(text);
            }

            class Agent
            {
                void Run(Bot bot) => bot.Reply({|#0:"马上就好"|});
            }
            """;
        return Verify.Analyzer(source, NotApproved(0, "Bot.Reply(text) → ChatClient.SendMessage(text)")).WithSinks(Sinks).RunAsync();
    }

    [Fact]
    public Task Bad_lines_are_reported_at_their_line()
    {
        const string sinks = """
            // Comments and blank lines are fine.

            {|#0:Vendor.Chat.ChatClient.SendMessage(System.String)|}
            {|#1:M:Vendor.Chat.ChatClient.Send(System.String)|}
            {|#2:M:Vendor.Chat.ChatClient.SendMessage(System.String,System.String)|}
            {|#3:M:Vendor.Chat.Tts.Speak(System.String,System.String) voices|}   // no such parameter
            {|#4:M:Vendor.Chat.ChatClient.SetPriority(System.Int32)|}
            {|#5:P:Vendor.Chat.Message.Priority|}
            {|#6:P:Vendor.Chat.Message.Body body|}
            {|#7:M:Vendor.Chat.Message.#ctor(System.String) body extra|}
            {|#8:T:Vendor.Chat.Message|}
            {|#9:M:Vendor.Chat.Tts.Speak(System.String,System.String) voice|}
            M:Vendor.Chat.ChatClient.SendMessage(System.String)
            {|#10:M:Vendor.Chat.ChatClient.SendMessage(System.String) text|}
            """;
        const string methodOrProperty = "a sink is a method ('M:Namespace.Type.Method(System.String)'), a constructor ('M:Namespace.Type.#ctor(System.String)') or a property ('P:Namespace.Type.Property')";
        return Verify.Analyzer(
                Verify.Prelude,
                BadLine(0, "Vendor.Chat.ChatClient.SendMessage(System.String)", methodOrProperty),
                BadLine(1, "M:Vendor.Chat.ChatClient.Send(System.String)", "no symbol in the compilation has this documentation ID (check namespace, type, parameter types and spelling)"),
                BadLine(2, "M:Vendor.Chat.ChatClient.SendMessage(System.String,System.String)", "name the parameter: 'ChatClient.SendMessage' has 2 string parameters (conversationId, text)"),
                BadLine(3, "M:Vendor.Chat.Tts.Speak(System.String,System.String) voices", "'Tts.Speak' has no parameter 'voices' (it has ssml, voice)"),
                BadLine(4, "M:Vendor.Chat.ChatClient.SetPriority(System.Int32)", "'ChatClient.SetPriority' has no string parameter"),
                BadLine(5, "P:Vendor.Chat.Message.Priority", "the property is not of type string"),
                BadLine(6, "P:Vendor.Chat.Message.Body body", "a property sink takes no parameter name"),
                BadLine(7, "M:Vendor.Chat.Message.#ctor(System.String) body extra", "expected a documentation ID and at most one parameter name, separated by a space"),
                BadLine(8, "T:Vendor.Chat.Message", methodOrProperty),
                BadLine(10, "M:Vendor.Chat.ChatClient.SendMessage(System.String) text", "it repeats the sink on line 13 of PhraseSinks.txt"))
            .WithSinks(sinks)
            .RunAsync();
    }

    [Fact]
    public Task Line_repeated_in_a_second_file_is_reported_in_the_later_file()
    {
        // Files are read in ordinal path order: PhraseSinks.Chat.txt before PhraseSinks.txt.
        return Verify.Analyzer(
                Verify.Prelude,
                BadLine(0, "P:Vendor.Chat.Message.Body", "it repeats the sink on line 2 of PhraseSinks.Chat.txt"))
            .WithSinks("// chat\nP:Vendor.Chat.Message.Body\n", "/0/PhraseSinks.Chat.txt")
            .WithSinks("M:Vendor.Chat.Tts.Speak(System.String,System.String) ssml\n{|#0:P:Vendor.Chat.Message.Body|}\n")
            .RunAsync();
    }

    [Fact]
    public Task Other_text_files_are_not_sink_files()
    {
        return Verify.Analyzer(Verify.Prelude).WithSinks("not a sink\n", "/0/BannedSymbols.txt").WithSinks("not a sink either\n", "/0/PhraseSinksReadme.md").RunAsync();
    }

    [Fact]
    public Task Severity_is_set_in_a_globalconfig()
    {
        // Additional files are not covered by .editorconfig sections: a [*] section changes nothing here.
        return Verify.Analyzer(
                Verify.Prelude,
                BadLine(0, "M:Vendor.Chat.ChatClient.Send(System.String)", "no symbol in the compilation has this documentation ID (check namespace, type, parameter types and spelling)")
                    .WithSeverity(DiagnosticSeverity.Error))
            .WithSinks("{|#0:M:Vendor.Chat.ChatClient.Send(System.String)|}\n")
            .WithGlobalConfig("dotnet_diagnostic.PHR1006.severity = error")
            .RunAsync();
    }

    [Fact]
    public Task Editorconfig_section_does_not_reach_the_sink_file()
    {
        var test = Verify.Analyzer(
                Verify.Prelude,
                BadLine(0, "M:Vendor.Chat.ChatClient.Send(System.String)", "no symbol in the compilation has this documentation ID (check namespace, type, parameter types and spelling)"))
            .WithSinks("{|#0:M:Vendor.Chat.ChatClient.Send(System.String)|}\n");
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.PHR1006.severity = error\n"));
        return test.RunAsync();
    }
}
