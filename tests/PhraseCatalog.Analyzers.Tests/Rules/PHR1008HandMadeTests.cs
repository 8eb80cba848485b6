using Microsoft.CodeAnalysis.Testing;
using PhraseCatalog.Analyzers.Tests.Infrastructure;

namespace PhraseCatalog.Analyzers.Tests.Rules;

/// <summary>PHR1008: a Phrase or PhraseTemplate built by hand, outside a generated catalog.</summary>
public class PHR1008HandMadeTests
{
    private static DiagnosticResult HandMade(int marker, string type) => Verify.Diagnostic("PHR1008").WithLocation(marker).WithArguments(type);

    [Fact]
    public Task A_phrase_built_from_any_text_is_reported_where_it_is_built()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                static readonly PhraseCultures Cultures = new PhraseCultures(new[] { "zh-Hans" }, "zh-Hans");

                void Run(Vendor.Ivr ivr)
                {
                    var fake = {|#0:new Phrase("Greeting.Fake", Cultures, new[] { "测试文本" })|};
                    ivr.Say(fake);
                    var template = {|#1:new PhraseCatalog.CompilerServices.PhraseTemplate("Greeting.Fake", Cultures, new[] { "{x}" }, new[] { "x" }, (int c, in PhraseCatalog.CompilerServices.PhraseArgs a) => a.A0)|};
                }
            }
            """;
        return Verify.AnalyzerAsync(source, HandMade(0, "Phrase"), HandMade(1, "PhraseTemplate"));
    }

    [Fact]
    public Task Generated_code_may_build_phrases()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                static readonly PhraseCultures Cultures = new PhraseCultures(new[] { "zh-Hans" }, "zh-Hans");

                [System.CodeDom.Compiler.GeneratedCode("PhraseCatalog.Generator", "1.0")]
                static Phrase Made() => new Phrase("Greeting.Made", Cultures, new[] { "您好！" });
            }
            """;
        return Verify.AnalyzerAsync(source);
    }

    [Fact]
    public Task Phrases_taken_from_a_catalog_and_messages_wrapping_them_are_fine()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr)
                {
                    PhraseMessage message = new PhraseMessage(PhraseCatalog.Standard.CallCenter.Greeting.InboundCall);
                    ivr.Say(message);
                    var cultures = new PhraseCultures(new[] { "zh-Hans", "ko" }, "zh-Hans");
                }
            }
            """;
        return Verify.AnalyzerAsync(source);
    }
}
