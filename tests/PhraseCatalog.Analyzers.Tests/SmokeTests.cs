using PhraseCatalog.Analyzers.Tests.Infrastructure;

namespace PhraseCatalog.Analyzers.Tests;

public class SmokeTests
{
    [Fact]
    public Task Literal_to_sink_is_reported()
    {
        const string source = Verify.Prelude + """
            class Agent
            {
                void Run(Vendor.Ivr ivr) => ivr.Say({|#0:"马上就好"|});
            }
            """;
        return Verify.AnalyzerAsync(source, Verify.Diagnostic("PHR1001").WithLocation(0).WithArguments("\"马上就好\"", "Ivr.Say(text)", ""));
    }
}
