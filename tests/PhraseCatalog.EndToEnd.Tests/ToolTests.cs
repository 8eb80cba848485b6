using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PhraseCatalog.EndToEnd.Tests.Infrastructure;

namespace PhraseCatalog.EndToEnd.Tests;

/// <summary>
/// The phrasecatalog tool as a localization team meets it: installed from its packed nupkg with
/// <c>dotnet tool install</c>, run as a command on real files, and held to report exactly what
/// <c>dotnet build</c> reports for the same phrase files.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ToolTests
{
    private readonly PackageFixture _package;

    public ToolTests(PackageFixture package) => _package = package;

    private ProcessResult Tool(string directory, params string[] arguments) =>
        ProcessRunner.Tool(_package.InstallTool(), directory, _package.Environment, PackageFixture.RunTimeout, arguments);

    [Fact]
    public void The_installed_tool_lints_writes_sarif_and_a_review_page_with_its_documented_exit_codes()
    {
        string work = Path.Combine(_package.Root, "tool-work");
        Directory.CreateDirectory(Path.Combine(work, "phrases"));
        foreach (string file in Directory.GetFiles(Path.Combine(_package.RepoRoot, "phrases"), "*.resx")) File.Copy(file, Path.Combine(work, "phrases", Path.GetFileName(file)), overwrite: true);

        var version = Tool(work, "--version");
        Assert.True(version.Succeeded, version.ToString());
        Assert.StartsWith(_package.Version, version.Output.Trim());

        // The standard catalog is clean under its own settings.
        var clean = Tool(work, "lint", "--taiwan-standard");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Contains("6 phrase files checked: 0 errors, 0 warnings, 0 info.", clean.Output);

        // A broken translation: exit 1, the line as MSBuild prints it, and SARIF valid against the schema.
        string ko = Path.Combine(work, "phrases", "CallCenter.ko.resx");
        File.WriteAllText(ko, File.ReadAllText(ko).Replace("{surname}", "{name}", StringComparison.Ordinal));
        var broken = Tool(work, "lint", "--taiwan-standard");
        Assert.True(broken.ExitCode == 1, broken.ToString());
        Assert.Contains("phrases/CallCenter.ko.resx(", broken.Output);
        Assert.Contains("): error PHR0006: ", broken.Output);

        var sarif = Tool(work, "lint", "--taiwan-standard", "--format", "sarif", "--output", "lint.sarif");
        Assert.True(sarif.ExitCode == 1, sarif.ToString());
        AssertValidSarif(File.ReadAllText(Path.Combine(work, "lint.sarif")));

        var report = Tool(work, "report", "--taiwan-standard", "-o", "review.html");
        Assert.True(report.ExitCode == 0, report.ToString());
        string page = File.ReadAllText(Path.Combine(work, "review.html"));
        Assert.Contains("Greeting.InboundCall", page);
        Assert.Contains("PHR0006", page);

        var usage = Tool(work, "lint", "--no-such-option");
        Assert.True(usage.ExitCode == 2, usage.ToString());
        Assert.DoesNotContain("   at ", usage.Output);
    }

    [Fact]
    public void Lint_and_the_build_report_the_same_findings_at_the_same_places_hostile_files_included()
    {
        var consumer = _package.CreateConsumer("ToolParity");
        // Warnings stay warnings here, so both sides report every severity as configured.
        consumer.WriteProject("    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>");
        consumer.WriteFile("Program.cs", "System.Console.WriteLine(ToolParity.Shop.Greeting.Thanks.Text(\"zh-Hans\"));\n");
        consumer.WriteFile(".globalconfig", "is_global = true\ndotnet_diagnostic.PHR0005.severity = error\ndotnet_diagnostic.PHR0014.severity = none\ndotnet_diagnostic.PHR0013.severity = suggestion\n");
        consumer.WriteFile("phrases/Shop.zh-Hans.resx", ConsumerProject.Resx(
            ("Greeting.Thanks", "感谢您的来电！"),
            ("Greeting.Welcome", "你好，欢迎光临！"),
            ("Greeting.Welcome", "您好！"),
            ("Cultures.Reserved", "您好！"),
            ("Order.Ready", "{surname}先生，您的订单已备好。"),
            ("Order.Broken", "{surname 先生，您好。"),
            ("Order.Empty", ""),
            ("Order.Punct", "您好,请稍等."),
            ("Order.Space", " 您好！"),
            ("Order.OnlyHere", "请稍等。")));
        consumer.WriteFile("phrases/Shop.zh-Hant.resx", ConsumerProject.Resx(
            ("Greeting.Thanks", "感謝您的來電！"),
            ("Order.Ready", "{surname}先生，您的订單已備好。")));
        consumer.WriteFile("phrases/Shop.ko.resx", ConsumerProject.Resx(
            ("Greeting.Thanks", "전화 주셔서 감사합니다."),
            ("Order.Ready", "{name} 고객님, 준비되었습니다.")));
        consumer.WriteFile("phrases/Shop.zz.resx", ConsumerProject.Resx(("Greeting.Thanks", "Thanks!")));
        consumer.WriteFile("phrases/Shop.Forbidden.zh-Hans.resx", ConsumerProject.Resx(("Banned.DontKnow", "不知道")).Replace("<value>不知道</value>", "<value>不知道</value>\n    <comment>Instead: Order.Nowhere</comment>", StringComparison.Ordinal));
        consumer.WriteFile("phrases/Evil.zh-Hans.resx", "<?xml version=\"1.0\"?>\n<!DOCTYPE root [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<root><data name=\"A.B\"><value>&x;</value></data></root>\n");
        consumer.WriteFile("phrases/Typed.zh-Hans.resx", "<?xml version=\"1.0\"?>\n<root>\n  <data name=\"Logo.Image\" type=\"System.Drawing.Bitmap, System.Drawing\" mimetype=\"application/x-microsoft.net.object.bytearray.base64\">\n    <value>AAAA</value>\n  </data>\n  <data name=\"Logo.Alt\"><value>您好！</value></data>\n</root>\n");

        var build = consumer.Build("-p:ErrorLog=build.sarif%2Cversion=2.1");
        var fromBuild = Findings(consumer.PathOf("build.sarif"), onlyPhraseFiles: true);
        Assert.True(fromBuild.Count >= 10, "The build reported too few phrase-file findings to compare:\n" + build);

        var lint = Tool(consumer.Directory, "lint", "phrases", "--namespace", "ToolParity", "--format", "sarif", "--output", "lint.sarif");
        Assert.True(lint.ExitCode == 1, lint.ToString());
        var fromLint = Findings(consumer.PathOf("lint.sarif"), onlyPhraseFiles: true);

        Assert.Equal(fromBuild.Order(StringComparer.Ordinal), fromLint.Order(StringComparer.Ordinal));
        // The configured severities reached both: PHR0005 as an error, PHR0013 as a note, PHR0014 not at all.
        Assert.Contains(fromLint, f => f.Contains(" PHR0005 error", StringComparison.Ordinal));
        Assert.Contains(fromLint, f => f.Contains(" PHR0013 note", StringComparison.Ordinal));
        Assert.DoesNotContain(fromLint, f => f.Contains("PHR0014", StringComparison.Ordinal));
        foreach (string rule in new[] { "PHR0001", "PHR0002", "PHR0003", "PHR0004", "PHR0006", "PHR0007", "PHR0008", "PHR0009", "PHR0010", "PHR0015", "PHR0018" })
        {
            Assert.Contains(fromLint, f => f.Contains(" " + rule + " ", StringComparison.Ordinal));
        }
    }

    /// <summary>(file, line, column, rule, level) of every PHR0xxx result in a SARIF log, as "file(line,col) RULE level".</summary>
    private static List<string> Findings(string path, bool onlyPhraseFiles)
    {
        Assert.True(File.Exists(path), "No SARIF log at " + path);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results)) continue;
            foreach (var result in results.EnumerateArray())
            {
                string rule = result.GetProperty("ruleId").GetString()!;
                if (onlyPhraseFiles && !rule.StartsWith("PHR0", StringComparison.Ordinal)) continue;
                string level = result.TryGetProperty("level", out var l) ? l.GetString()! : "warning";
                string where = "(no location)";
                if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0)
                {
                    var physical = locations[0].GetProperty("physicalLocation");
                    string uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                    var region = physical.GetProperty("region");
                    where = Path.GetFileName(Uri.UnescapeDataString(uri)) + "(" + region.GetProperty("startLine").GetInt32() + "," + region.GetProperty("startColumn").GetInt32() + ")";
                }

                found.Add(where + " " + rule + " " + level);
            }
        }

        return found.ToList();
    }

    private static void AssertValidSarif(string sarif)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));
        var node = JsonNode.Parse(text)!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        string id = node["id"]!.GetValue<string>();
        node.Remove("id");
        var schema = JsonSchema.FromText(node.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri(id));
        using var document = JsonDocument.Parse(sarif);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, "The installed tool's SARIF is not valid against the SARIF 2.1.0 schema.");
    }
}
