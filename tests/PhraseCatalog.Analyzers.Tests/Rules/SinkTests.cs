using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using PhraseCatalog.Analyzers.Tests.Infrastructure;

namespace PhraseCatalog.Analyzers.Tests.Rules;

/// <summary>
/// Which parameters and properties are agent-message sinks (for PHR1001 and PHR1002): [AgentMessage]
/// on a parameter, a property, a base or interface member, and the application's own wrappers that
/// pass their string parameter straight on to a sink. PhraseSinks files are in <see cref="PHR1006SinkFileTests"/>.
/// </summary>
public class SinkTests
{
    private static DiagnosticResult NotApproved(int location, string value, string sink) =>
        Verify.Diagnostic("PHR1001").WithLocation(location).WithArguments(value, sink, "");

    [Fact]
    public Task AgentMessage_property_in_an_assignment_and_an_object_initializer()
    {
        const string source = Verify.Prelude + """
            class Prompt
            {
                [AgentMessage] public string Text { get; set; } = "";
                public string Note { get; set; } = "";
            }

            class Agent
            {
                void Run(Prompt prompt)
                {
                    prompt.Text = {|#0:"马上就好"|};
                    prompt.Note = "马上就好";
                    _ = new Prompt { Text = {|#1:"请稍候"|}, Note = "请稍候" };
                    prompt.Text = Support.Hold.PleaseWait;
                }
            }
            """;
        return Verify.AnalyzerAsync(source, NotApproved(0, "\"马上就好\"", "Prompt.Text"), NotApproved(1, "\"请稍候\"", "Prompt.Text"));
    }

    [Fact]
    public Task AgentMessage_on_an_interface_or_base_member_covers_its_implementations()
    {
        const string source = Verify.Prelude + """
            interface IChannel
            {
                void Send([AgentMessage] string text);
            }

            abstract class Channel
            {
                public abstract void Post([AgentMessage] string text);
            }

            sealed class Sms : Channel, IChannel
            {
                public void Send(string text) { }
                public override void Post(string text) { }
            }

            sealed class Fax : IChannel
            {
                void IChannel.Send(string text) { }
            }

            class Agent
            {
                void Run(Sms sms, IChannel channel)
                {
                    sms.Send({|#0:"马上就好"|});
                    sms.Post({|#1:"马上就好"|});
                    channel.Send({|#2:"马上就好"|});
                }
            }
            """;
        return Verify.AnalyzerAsync(
            source,
            NotApproved(0, "\"马上就好\"", "IChannel.Send(text)"),
            NotApproved(1, "\"马上就好\"", "Channel.Post(text)"),
            NotApproved(2, "\"马上就好\"", "IChannel.Send(text)"));
    }

    [Fact]
    public Task AgentMessage_in_a_referenced_library_covers_the_application_s_implementations()
    {
        // The library is metadata compiled against PhraseCatalog, as a team's shared channel package would be.
        const string source = Verify.Prelude + """
            sealed class Sms : Contact.Channels.IAgentChannel
            {
                public void Send(string text) { }
                public string Banner { get; set; } = "";
            }

            class Agent
            {
                void Run(Sms sms, Contact.Channels.IAgentChannel channel)
                {
                    sms.Send({|#0:"马上就好"|});
                    sms.Banner = {|#1:"马上就好"|};
                    sms.Banner = {|#2:"请稍候"|};
                    channel.Banner = {|#3:"请稍候"|};
                    sms.Send(Support.Hold.PleaseWait);
                }
            }
            """;
        var test = Verify.Analyzer(
            source,
            NotApproved(0, "\"马上就好\"", "IAgentChannel.Send(text)"),
            NotApproved(1, "\"马上就好\"", "IAgentChannel.Banner"),
            NotApproved(2, "\"请稍候\"", "IAgentChannel.Banner"),
            NotApproved(3, "\"请稍候\"", "IAgentChannel.Banner"));
        test.TestState.AdditionalReferences.Add(ChannelLibrary.Value);
        return test.RunAsync();
    }

    [Fact]
    public Task A_library_s_own_AgentMessageAttribute_counts_too()
    {
        // A partner library marks its API with its own internal copy of the attribute, so it needs no
        // dependency on the package; the package's attribute keeps working next to it.
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Partner.Voice.Speaker speaker, Vendor.Ivr ivr)
                {
                    speaker.Say({|#0:"马上就好"|});
                    speaker.Whisper("马上就好");
                    ivr.Say({|#1:"马上就好"|});
                    speaker.Say(Support.Hold.PleaseWait);
                }
            }
            """;
        var test = Verify.Analyzer(
            source,
            NotApproved(0, "\"马上就好\"", "Speaker.Say(text)"),
            NotApproved(1, "\"马上就好\"", "Ivr.Say(text)"));
        test.TestState.AdditionalReferences.Add(PartnerLibrary.Value);
        return test.RunAsync();
    }

    private static readonly Lazy<MetadataReference> PartnerLibrary = new(() => CompileLibrary("Partner.Voice", """
        namespace PhraseCatalog
        {
            [System.AttributeUsage(System.AttributeTargets.Parameter | System.AttributeTargets.Property)]
            internal sealed class AgentMessageAttribute : System.Attribute { }
        }

        namespace Partner.Voice
        {
            public sealed class Speaker
            {
                public void Say([PhraseCatalog.AgentMessage] string text) { }
                public void Whisper(string text) { }
            }
        }
        """, Basic.Reference.Assemblies.Net100.References.All));

    private static MetadataReference CompileLibrary(string name, string source, IEnumerable<MetadataReference> references)
    {
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new System.IO.MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("; ", result.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    private static readonly Lazy<MetadataReference> ChannelLibrary = new(() => CompileLibrary("Contact.Channels", """
        namespace Contact.Channels
        {
            public interface IAgentChannel
            {
                void Send([PhraseCatalog.AgentMessage] string text);

                [PhraseCatalog.AgentMessage]
                string Banner { get; set; }
            }
        }
        """, References.All));

    [Fact]
    public Task Wrapper_that_forwards_its_parameter_is_a_sink_and_the_message_shows_the_chain()
    {
        const string source = Verify.Prelude + """
            class Bot
            {
                private readonly Vendor.Ivr _ivr = new Vendor.Ivr();

                public void Reply(string text) => _ivr.Say(text);

                public void Answer(string text)
                {
                    if (text.Length > 0) Reply(text);
                }
            }

            static class IvrExtensions
            {
                public static void Tell(this Vendor.Ivr ivr, string text) => ivr.Say(text);
            }

            class Agent
            {
                void Run(Bot bot, Vendor.Ivr ivr)
                {
                    bot.Reply({|#0:"马上就好"|});
                    bot.Answer({|#1:"马上就好"|});
                    ivr.Tell({|#2:"马上就好"|});
                    bot.Reply(Support.Hold.PleaseWait);
                }
            }
            """;
        return Verify.AnalyzerAsync(
            source,
            NotApproved(0, "\"马上就好\"", "Bot.Reply(text) → Ivr.Say(text)"),
            NotApproved(1, "\"马上就好\"", "Bot.Answer(text) → Bot.Reply(text) → Ivr.Say(text)"),
            NotApproved(2, "\"马上就好\"", "IvrExtensions.Tell(text) → Ivr.Say(text)"));
    }

    [Fact]
    public Task Wrapper_property_setter_constructor_and_local_function()
    {
        const string source = Verify.Prelude + """
            class Announcement
            {
                public Announcement(Vendor.Ivr ivr, string text) { ivr.Say(text); }
            }

            class Urgent : Announcement
            {
                public Urgent(Vendor.Ivr ivr, string message) : base(ivr, message) { }
            }

            class Bot
            {
                private readonly Vendor.Ivr _ivr = new Vendor.Ivr();

                public string Prompt { set => _ivr.Say(value); }
            }

            class Agent
            {
                void Run(Bot bot, Vendor.Ivr ivr)
                {
                    bot.Prompt = {|#0:"马上就好"|};
                    _ = new Announcement(ivr, {|#1:"马上就好"|});
                    _ = new Urgent(ivr, {|#2:"马上就好"|});
                    Speak({|#3:"马上就好"|});

                    void Speak(string line) => ivr.Say(line);
                }
            }
            """;
        return Verify.AnalyzerAsync(
            source,
            NotApproved(0, "\"马上就好\"", "Bot.Prompt → Ivr.Say(text)"),
            NotApproved(1, "\"马上就好\"", "Announcement(text) → Ivr.Say(text)"),
            NotApproved(2, "\"马上就好\"", "Urgent(message) → Announcement(text) → Ivr.Say(text)"),
            NotApproved(3, "\"马上就好\"", "Agent.Speak(line) → Ivr.Say(text)"));
    }

    [Fact]
    public Task Recursive_wrappers_terminate()
    {
        // Repeat reaches the sink on one path and itself on the other; Ping and Pong only call each other.
        const string source = Verify.Prelude + """
            class Bot
            {
                private readonly Vendor.Ivr _ivr = new Vendor.Ivr();

                public void Repeat(string text, int times)
                {
                    if (times > 1) Repeat(text, times - 1);
                    _ivr.Say(text);
                }

                public void Ping(string text) => Pong(text);

                public void Pong(string text) => Ping(text);
            }

            class Agent
            {
                void Run(Bot bot)
                {
                    bot.Repeat({|#0:"马上就好"|}, 3);
                    bot.Ping("马上就好");
                }
            }
            """;
        return Verify.AnalyzerAsync(source, NotApproved(0, "\"马上就好\"", "Bot.Repeat(text) → Ivr.Say(text)"));
    }

    [Fact]
    public Task Method_that_changes_its_parameter_before_sending_is_not_a_wrapper()
    {
        // The composition inside Shout is reported there (PHR1002); its callers are not.
        const string source = Verify.Prelude + """
            class Bot
            {
                private readonly Vendor.Ivr _ivr = new Vendor.Ivr();

                public void Shout(string text) => _ivr.Say({|#0:text + "！"|});

                public void Trimmed(string text)
                {
                    text = text.Trim();
                    _ivr.Say(text);
                }

                public void Logged(string text) => _ivr.Log(text);
            }

            class Agent
            {
                void Run(Bot bot)
                {
                    bot.Shout("马上就好");
                    bot.Trimmed("马上就好");
                    bot.Logged("马上就好");
                }
            }
            """;
        return Verify.AnalyzerAsync(source, Verify.Diagnostic("PHR1002").WithLocation(0).WithArguments("Ivr.Say(text)", "text"));
    }

    [Fact]
    public Task Wrapper_depth_is_bounded_by_the_option()
    {
        const string source = Verify.Prelude + """
            class Bot
            {
                private readonly Vendor.Ivr _ivr = new Vendor.Ivr();

                public void One(string text) => _ivr.Say(text);

                public void Two(string text) => One(text);
            }

            class Agent
            {
                void Run(Bot bot)
                {
                    bot.One({|#0:"马上就好"|});
                    bot.Two("马上就好");
                }
            }
            """;
        return Verify.Analyzer(source, NotApproved(0, "\"马上就好\"", "Bot.One(text) → Ivr.Say(text)"))
            .WithGlobalConfig("phrasecatalog.max_wrapper_depth = 1")
            .RunAsync();
    }

    [Fact]
    public Task Wrapper_depth_in_an_editorconfig_section_is_reported_and_ignored()
    {
        const string source = Verify.Prelude + """
            class Bot
            {
                private readonly Vendor.Ivr _ivr = new Vendor.Ivr();

                public void One(string text) => _ivr.Say(text);

                public void Two(string text) => One(text);
            }

            class Agent
            {
                void Run(Bot bot) => bot.Two({|#0:"马上就好"|});
            }
            """;
        return Verify.Analyzer(
                source,
                NotApproved(0, "\"马上就好\"", "Bot.Two(text) → Bot.One(text) → Ivr.Say(text)"),
                Verify.Diagnostic("PHR1007").WithArguments("'phrasecatalog.max_wrapper_depth = 1' is set for some files only, but the wrapper depth applies to the whole compilation: set it in a .globalconfig (this value is ignored)"))
            .WithEditorConfig("phrasecatalog.max_wrapper_depth = 1")
            .RunAsync();
    }

    [Fact]
    public Task Methods_that_take_phrase_types_need_no_check()
    {
        const string source = Verify.Prelude + """
            class Bot
            {
                public void Say(Phrase phrase) { }
                public void Say(PhraseMessage message) { }
            }

            class Agent
            {
                void Run(Bot bot, string surname)
                {
                    bot.Say(Support.Greeting.Welcome);
                    bot.Say(Support.Address.Customer(surname));
                }
            }
            """;
        return Verify.AnalyzerAsync(source);
    }
}
