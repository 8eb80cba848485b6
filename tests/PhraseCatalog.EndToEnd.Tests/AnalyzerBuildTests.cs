using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using PhraseCatalog.EndToEnd.Tests.Infrastructure;

namespace PhraseCatalog.EndToEnd.Tests;

/// <summary>
/// The PHR1xxx analyzers as a consumer meets them: the real <c>dotnet build</c> against the packed
/// package, diagnostics located in the console output and in a SARIF 2.1 error log, and severities
/// and options set the way a user sets them.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class AnalyzerBuildTests
{
    private const string Sinks = """
        // The vendor's speech API reads out whatever it is given.
        M:AgentApp.Ivr.Speak(System.String) words
        M:AgentApp.Ivr.Announce(System.String)

        """;

    private const string UnapprovedProgram = """
        using System;
        using PhraseCatalog;
        using PhraseCatalog.Standard;

        namespace AgentApp;

        public static class Agent
        {
            public static void Say([AgentMessage] string text) => Console.WriteLine(text);

            // Passes its text on unchanged, so it is a sink too.
            public static void Reply(string message) => Say(message);
        }

        public static class Ivr
        {
            // A vendor API without the attribute: PhraseSinks.txt lists it.
            public static void Speak(string words) => Console.WriteLine(words);
        }

        public static class Program
        {
            public static void Main()
            {
                Agent.Say(CallCenter.Greeting.InboundCall);
                Agent.Say("请稍等，我帮您看看。");
                Ivr.Speak("请问您贵姓?");
                Agent.Reply("好的，没问题");
                Console.WriteLine("这个问题我不知道。");
            }
        }

        """;

    private const string ApprovedProgram = """
        using System;
        using PhraseCatalog;
        using PhraseCatalog.Standard;

        namespace AgentApp;

        public static class Agent
        {
            public static void Say([AgentMessage] string text) => Console.WriteLine(text);

            public static void Reply(string message) => Say(message);
        }

        public static class Ivr
        {
            public static void Speak(string words) => Console.WriteLine(words);

            public static void Announce(string text) => Console.WriteLine(text);
        }

        public static class Program
        {
            public static void Main()
            {
                Agent.Say(CallCenter.Greeting.InboundCall);
                Agent.Say(CallCenter.Information.LookingUp);
                Ivr.Speak(CallCenter.Callback.AskSurname.Text("zh-Hans"));
                Agent.Reply(CallCenter.Information.LookingUp.Text("ko"));
                Ivr.Announce(CallCenter.Information.AskColleague);
                Console.WriteLine(CallCenter.Information.AskColleague.Text("zh-Hant"));
            }
        }

        """;

    private readonly PackageFixture _package;

    public AnalyzerBuildTests(PackageFixture package) => _package = package;

    [Fact]
    public void Unapproved_agent_messages_fail_a_strict_build_at_their_line_and_the_SARIF_log_names_the_approved_phrase()
    {
        var consumer = _package.CreateConsumer("AgentApp");
        // No item for PhraseSinks.txt: the package's targets pick it up next to the project file.
        consumer.WriteProject();
        consumer.WriteFile("PhraseSinks.txt", Sinks);
        consumer.WriteFile("Program.cs", UnapprovedProgram);

        var ownSink = ConsumerProject.Locate(UnapprovedProgram, "\"请稍等");
        var listedSink = ConsumerProject.Locate(UnapprovedProgram, "\"请问您贵姓?\"");
        var wrapper = ConsumerProject.Locate(UnapprovedProgram, "\"好的");
        var forbidden = ConsumerProject.Locate(UnapprovedProgram, "不知道");
        var badSinkLine = ConsumerProject.Locate(Sinks, "M:AgentApp.Ivr.Announce");

        var build = consumer.Build("-p:ErrorLog=result.sarif%2Cversion=2.1");
        Assert.False(build.Succeeded, "With TreatWarningsAsErrors the build should have failed:\n" + build);

        // The console names the file, line and column, as an IDE or CI log parser reads it.
        AssertDiagnostic(build, "Program.cs", ownSink, "PHR1001", "\"请稍等，我帮您看看。\" is not an approved phrase and reaches the agent-message sink Agent.Say(text) (nearest approved phrase: CallCenter.Information.LookingUp)");
        AssertDiagnostic(build, "Program.cs", listedSink, "PHR1001", "\"请问您贵姓?\" is not an approved phrase and reaches the agent-message sink Ivr.Speak(words)");
        AssertDiagnostic(build, "Program.cs", wrapper, "PHR1001", "\"好的，没问题\" is not an approved phrase and reaches the agent-message sink Agent.Reply(message) \u2192 Agent.Say(text)");
        AssertDiagnostic(build, "Program.cs", listedSink, "PHR1005", "This text nearly matches the approved phrase CallCenter.Callback.AskSurname (zh-Hans)");
        AssertDiagnostic(build, "Program.cs", forbidden, "PHR1003", "The literal contains the forbidden phrase '不知道' (rule CallCenter.Banned.DontKnow); say Information.LookingUp or Information.AskColleague instead");
        AssertDiagnostic(build, "PhraseSinks.txt", badSinkLine, "PHR1006", "'M:AgentApp.Ivr.Announce(System.String)' is not a sink: no symbol in the compilation has this documentation ID");

        // The SARIF 2.1 log holds exactly these PHR results, with the same locations, and the
        // diagnostic properties a tool (or the code fix) reads.
        var log = Sarif.Read(consumer.PathOf("result.sarif"));
        Assert.Equal("2.1.0", log.Version);
        var results = log.Results.Where(r => r.RuleId.StartsWith("PHR", StringComparison.Ordinal)).ToList();
        string[] expected =
        {
            Where("PHR1001", "Program.cs", ownSink),
            Where("PHR1001", "Program.cs", listedSink),
            Where("PHR1001", "Program.cs", wrapper),
            Where("PHR1003", "Program.cs", forbidden),
            Where("PHR1005", "Program.cs", listedSink),
            Where("PHR1006", "PhraseSinks.txt", badSinkLine),
        };
        Assert.Equal(
            expected.Order(StringComparer.Ordinal),
            results.Select(r => Where(r.RuleId, r.FileName, (r.Line, r.Column))).Order(StringComparer.Ordinal));
        Assert.All(results, r => Assert.Equal("error", r.Level));

        // PHR1001 at an [AgentMessage] parameter: the sink, and the nearest approved phrase.
        var own = results.Single(r => r.RuleId == "PHR1001" && r.Line == ownSink.Line);
        AssertProperties(own, new()
        {
            ["Sink"] = "Agent.Say(text)",
            ["PhraseKey"] = "Information.LookingUp",
            ["ApprovedText"] = "请稍等，我马上帮您查。",
            ["Culture"] = "zh-Hans",
            ["CatalogType"] = "global::PhraseCatalog.Standard.CallCenter",
        });
        Assert.Equal(ownSink.Column + "\"请稍等，我帮您看看。\"".Length, own.EndColumn);

        // PHR1001 at a sink from PhraseSinks.txt, and the near match (PHR1005) on the same literal.
        AssertProperties(results.Single(r => r.RuleId == "PHR1001" && r.Line == listedSink.Line), new()
        {
            ["Sink"] = "Ivr.Speak(words)",
            ["PhraseKey"] = "Callback.AskSurname",
            ["ApprovedText"] = "请问您贵姓？",
            ["Culture"] = "zh-Hans",
            ["CatalogType"] = "global::PhraseCatalog.Standard.CallCenter",
        });
        AssertProperties(results.Single(r => r.RuleId == "PHR1005"), new()
        {
            ["PhraseKey"] = "Callback.AskSurname",
            ["ApprovedText"] = "请问您贵姓？",
            ["Culture"] = "zh-Hans",
            ["DefaultCulture"] = "zh-Hans",
            ["CatalogType"] = "global::PhraseCatalog.Standard.CallCenter",
            ["Member"] = "global::PhraseCatalog.Standard.CallCenter.Callback.AskSurname",
            ["Fixable"] = "true",
            ["Edits"] = "0",
        });

        // Through a wrapper: the chain of sinks; no approved phrase is near, so none is named.
        AssertProperties(results.Single(r => r.RuleId == "PHR1001" && r.Line == wrapper.Line), new()
        {
            ["Sink"] = "Agent.Reply(message) \u2192 Agent.Say(text)",
        });

        // PHR1003 spans the forbidden words inside the literal and names the rule and what to say instead.
        var forbiddenResult = results.Single(r => r.RuleId == "PHR1003");
        Assert.Equal(forbidden.Column + "不知道".Length, forbiddenResult.EndColumn);
        AssertProperties(forbiddenResult, new()
        {
            ["ForbiddenKey"] = "Banned.DontKnow",
            ["ForbiddenText"] = "不知道",
            ["Culture"] = "zh-Hans",
            ["CatalogType"] = "global::PhraseCatalog.Standard.CallCenter",
            ["Instead"] = "Information.LookingUp,Information.AskColleague",
        });

        // Approved members at every sink, and the sink that PhraseSinks.txt names exists: the same
        // strict build now succeeds without a single warning.
        consumer.WriteFile("Program.cs", ApprovedProgram);
        var fixedBuild = consumer.Build();
        Assert.True(fixedBuild.Succeeded, "With approved phrases the build should have succeeded:\n" + fixedBuild);
        Assert.False(fixedBuild.Output.Contains(": warning ", StringComparison.Ordinal), "The fixed consumer built with warnings:\n" + fixedBuild);
        Assert.False(fixedBuild.Output.Contains("PHR", StringComparison.Ordinal), "The fixed consumer still has PHR diagnostics:\n" + fixedBuild);
    }

    [Fact]
    public void A_forbidden_phrase_is_reported_until_editorconfig_turns_the_rule_off_or_a_globalconfig_drops_the_standard_list()
    {
        var consumer = _package.CreateConsumer("ForbiddenApp");
        consumer.WriteProject();
        // The consumer's own forbidden list, next to the standard catalog's.
        consumer.WriteFile("phrases/Store.Forbidden.zh-Hans.resx", ConsumerProject.Resx(("Never.Bargain", "便宜货")));
        const string Program = """
            using System;

            Console.WriteLine("这个问题我不知道。");
            Console.WriteLine("这是便宜货，别买了。");

            """;
        consumer.WriteFile("Program.cs", Program);
        var standard = ConsumerProject.Locate(Program, "不知道");
        var own = ConsumerProject.Locate(Program, "便宜货");

        // Both lists apply by default: two located warnings, errors under TreatWarningsAsErrors.
        var strict = consumer.Build();
        Assert.False(strict.Succeeded, "The forbidden phrases should have failed the build:\n" + strict);
        AssertDiagnostic(strict, "Program.cs", standard, "PHR1003", "The literal contains the forbidden phrase '不知道' (rule CallCenter.Banned.DontKnow)");
        AssertDiagnostic(strict, "Program.cs", own, "PHR1003", "The literal contains the forbidden phrase '便宜货' (rule Store.Never.Bargain)");
        Assert.Equal(2, CountDiagnostics(strict, "PHR1003"));

        // .editorconfig turns the rule off for C# files: nothing reported, the strict build succeeds.
        consumer.WriteFile(".editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.PHR1003.severity = none

            """);
        var silenced = consumer.Build();
        Assert.True(silenced.Succeeded, "With PHR1003 set to none the build should have succeeded:\n" + silenced);
        Assert.Equal(0, CountDiagnostics(silenced, "PHR1003"));
        Assert.False(silenced.Output.Contains(": warning ", StringComparison.Ordinal), silenced.ToString());

        // Without it, a .globalconfig option drops only the standard catalog's list: the consumer's
        // own forbidden phrase is still reported, the standard one no longer, and no PHR1007 says
        // the option is unknown.
        File.Delete(consumer.PathOf(".editorconfig"));
        consumer.WriteFile(".globalconfig", """
            is_global = true
            phrasecatalog.include_standard_forbidden = false

            """);
        var ownOnly = consumer.Build();
        Assert.False(ownOnly.Succeeded, "The consumer's own forbidden phrase should still fail the build:\n" + ownOnly);
        AssertDiagnostic(ownOnly, "Program.cs", own, "PHR1003", "The literal contains the forbidden phrase '便宜货' (rule Store.Never.Bargain)");
        Assert.Equal(1, CountDiagnostics(ownOnly, "PHR1003"));
        Assert.False(ownOnly.Output.Contains("不知道", StringComparison.Ordinal), "The standard list should be off:\n" + ownOnly);
        Assert.Equal(0, CountDiagnostics(ownOnly, "PHR1007"));
    }

    private static string Where(string id, string fileName, (int Line, int Column) at) => $"{id} {fileName}({at.Line},{at.Column})";

    /// <summary>Asserts <c>&lt;path&gt;/&lt;file&gt;(line,col): error ID: message...</c> in the build output.</summary>
    private static void AssertDiagnostic(ProcessResult build, string fileName, (int Line, int Column) at, string id, string messageStart)
    {
        var expected = new Regex(
            @"(^|[\\/])" + Regex.Escape(fileName) + @"\(" + at.Line + "," + at.Column + @"\): error " + id + ": " + Regex.Escape(messageStart),
            RegexOptions.Multiline | RegexOptions.CultureInvariant);
        Assert.True(
            expected.IsMatch(build.Output),
            $"Expected '{fileName}({at.Line},{at.Column}): error {id}: {messageStart}' in the build output:\n{build}");
    }

    /// <summary>How many distinct located diagnostics with this ID the output has (MSBuild repeats each in its summary).</summary>
    private static int CountDiagnostics(ProcessResult build, string id) =>
        Regex.Matches(build.Output, @"^.*\(\d+,\d+\): (error|warning) " + id + ": .*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)
            .Select(m => m.Value.TrimEnd('\r'))
            .Distinct(StringComparer.Ordinal)
            .Count();

    private static void AssertProperties(SarifResult result, Dictionary<string, string> expected)
    {
        string actual = string.Join(", ", result.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        Assert.True(
            expected.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(result.Properties.OrderBy(p => p.Key, StringComparer.Ordinal)),
            $"Properties of {result}:\n  actual:   {actual}\n  expected: {string.Join(", ", expected.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))}");
    }

    private sealed record SarifResult(string RuleId, string Level, string FileName, int Line, int Column, int EndColumn, IReadOnlyDictionary<string, string> Properties)
    {
        public override string ToString() => $"{RuleId} {Level} {FileName}({Line},{Column}-{EndColumn})";
    }

    private sealed record SarifLog(string Version, IReadOnlyList<SarifResult> Results);

    /// <summary>Reads the parts of a SARIF 2.1 log (as csc writes it) that these tests check.</summary>
    private static class Sarif
    {
        public static SarifLog Read(string path)
        {
            Assert.True(File.Exists(path), "No SARIF log at " + path);
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            var results = new List<SarifResult>();
            foreach (var run in root.GetProperty("runs").EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var runResults)) continue;
                foreach (var result in runResults.EnumerateArray())
                {
                    var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                    string uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                    var region = location.GetProperty("region");
                    var properties = new Dictionary<string, string>(StringComparer.Ordinal);
                    if (result.TryGetProperty("properties", out var bag) && bag.TryGetProperty("customProperties", out var custom))
                    {
                        foreach (var property in custom.EnumerateObject()) properties.Add(property.Name, property.Value.GetString()!);
                    }

                    results.Add(new SarifResult(
                        result.GetProperty("ruleId").GetString()!,
                        result.GetProperty("level").GetString()!,
                        Path.GetFileName(new Uri(uri).LocalPath),
                        region.GetProperty("startLine").GetInt32(),
                        region.GetProperty("startColumn").GetInt32(),
                        region.GetProperty("endColumn").GetInt32(),
                        properties));
                }
            }

            return new SarifLog(root.GetProperty("version").GetString()!, results);
        }
    }
}
