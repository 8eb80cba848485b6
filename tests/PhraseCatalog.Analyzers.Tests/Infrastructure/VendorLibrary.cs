using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PhraseCatalog.Analyzers.Tests.Infrastructure;

/// <summary>
/// A third-party chat/IVR library the test code calls, compiled once and referenced as metadata
/// (as a NuGet package would be): it knows nothing of PhraseCatalog, so its sinks can only be
/// declared in a PhraseSinks file.
/// </summary>
internal static class VendorLibrary
{
    public const string Source = """
        namespace Vendor.Chat
        {
            public sealed class ChatClient
            {
                public void SendMessage(string text) { }
                public void SendMessage(string conversationId, string text) { }
                public void SendTyping(string conversationId) { }
                public void SetPriority(int priority) { }
            }

            public sealed class Message
            {
                public Message(string body) { Body = body; }
                public Message(string body, string sender) { Body = body; Sender = sender; }
                public string Body { get; set; }
                public string Sender { get; set; } = "";
                public int Priority { get; set; }
            }

            public static class Tts
            {
                public static void Speak(string ssml, string voice) { }
            }

            public interface IMessageSink
            {
                void Post(string text);
                string Caption { get; set; }
            }
        }
        """;

    private static readonly Lazy<MetadataReference> Image = new(Compile);

    public static MetadataReference Reference => Image.Value;

    private static MetadataReference Compile()
    {
        var compilation = CSharpCompilation.Create(
            "Vendor.Chat",
            [CSharpSyntaxTree.ParseText(Source)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success) throw new InvalidOperationException("The vendor library does not compile: " + string.Join("; ", result.Diagnostics));
        return MetadataReference.CreateFromImage(ImmutableArray.Create(stream.ToArray()));
    }
}
