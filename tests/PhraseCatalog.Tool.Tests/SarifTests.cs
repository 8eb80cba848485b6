using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PhraseCatalog.Tool.Tests.Infrastructure;

namespace PhraseCatalog.Tool.Tests;

/// <summary><c>phrasecatalog lint --format sarif</c>: valid against the official schema and complete for code scanning.</summary>
public class SarifTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));
        // The schema declares draft-04, whose keywords it uses mean the same in draft-07 (see Schemas/NOTICE.md).
        var node = JsonNode.Parse(text)!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        string id = node["id"]!.GetValue<string>();
        node.Remove("id");
        return JsonSchema.FromText(node.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri(id));
    });

    internal static void AssertValid(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, "SARIF is not valid:\n" + string.Join("\n", (result.Details ?? new System.Collections.Generic.List<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Key + ": " + e.Value))));
    }

    private static (ToolResult Result, JsonNode Sarif, string Text) Lint(Workspace ws, params string[] extra)
    {
        var result = ws.Run(new[] { "lint", "--format", "sarif", "--output", "out.sarif" }.Concat(extra).ToArray());
        string text = File.ReadAllText(ws.Path_("out.sarif"));
        return (result, JsonNode.Parse(text)!, text);
    }

    private static void WriteCatalog(Workspace ws, int blankLinesBefore = 0)
    {
        string pad = new string('\n', blankLinesBefore);
        ws.Write("phrases/Shop.zh-Hans.resx", Resx.File(("Greeting.Welcome", "你好，欢迎光临！"), ("Order.Ready", "{surname}先生/小姐，您的订单已备好。")).Replace("<root>\n", "<root>\n" + pad));
        ws.Write("phrases/Shop.ko.resx", Resx.File(("Greeting.Welcome", "어서 오십시오."), ("Order.Ready", "{name} 고객님, 준비되었습니다.")));
    }

    [Fact]
    public void Findings_validate_against_the_SARIF_2_1_0_schema()
    {
        using var ws = new Workspace();
        WriteCatalog(ws);
        var (result, _, text) = Lint(ws);
        Assert.Equal(1, result.ExitCode);
        AssertValid(text);
    }

    [Fact]
    public void The_schema_check_is_live_it_rejects_what_SARIF_forbids()
    {
        using var ws = new Workspace();
        WriteCatalog(ws);
        var (_, sarif, _) = Lint(ws);
        var badLevel = sarif.DeepClone();
        badLevel["runs"]![0]!["results"]![0]!["level"] = "fatal";
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertValid(badLevel.ToJsonString()));
        var noVersion = sarif.DeepClone();
        noVersion.AsObject().Remove("version");
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertValid(noVersion.ToJsonString()));
        var badLine = sarif.DeepClone();
        badLine["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = 0;
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertValid(badLine.ToJsonString()));
    }

    [Fact]
    public void No_findings_and_a_file_outside_the_current_folder_validate_too()
    {
        using var ws = new Workspace();
        ws.Write("elsewhere/Shop.zh-Hans.resx", Resx.File(("Greeting.Welcome", "您好！")));
        ws.Write("elsewhere/Bad.zh-Hans.resx", "<root><data name=\"Greeting.Empty\"><value></value></data></root>");
        Directory.CreateDirectory(ws.Path_("work"));
        var result = ws.RunIn(ws.Path_("work"), "lint", Path.Combine(ws.Root, "elsewhere"), "--format", "sarif", "-o", "out.sarif");
        string text = File.ReadAllText(ws.Path_("work/out.sarif"));
        AssertValid(text);
        var location = JsonNode.Parse(text)!["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
        Assert.StartsWith("file:///", location["uri"]!.GetValue<string>());
        Assert.Null(location["uriBaseId"]);
        Assert.Equal(1, result.ExitCode);

        using var clean = new Workspace();
        clean.Write("phrases/Shop.zh-Hans.resx", Resx.File(("Greeting.Welcome", "您好！")));
        var (ok, sarif, okText) = Lint(clean);
        Assert.Equal(0, ok.ExitCode);
        AssertValid(okText);
        Assert.Empty(sarif["runs"]![0]!["results"]!.AsArray());
    }

    [Fact]
    public void Every_rule_has_descriptions_and_a_help_uri_to_its_page_in_docs_rules()
    {
        using var ws = new Workspace();
        WriteCatalog(ws);
        var (_, sarif, _) = Lint(ws);
        var rules = sarif["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.True(rules.Count >= 18);
        string repo = RepoRoot();
        foreach (var rule in rules)
        {
            string id = rule!["id"]!.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(rule["shortDescription"]!["text"]!.GetValue<string>()));
            Assert.False(string.IsNullOrWhiteSpace(rule["fullDescription"]!["text"]!.GetValue<string>()));
            string help = rule["helpUri"]!.GetValue<string>();
            Assert.EndsWith("/docs/rules/" + id + ".md", help);
            Assert.True(File.Exists(Path.Combine(repo, "docs", "rules", id + ".md")), "No page for " + id);
        }
    }

    [Fact]
    public void Results_carry_a_region_a_relative_uri_a_rule_index_and_a_fingerprint()
    {
        using var ws = new Workspace();
        WriteCatalog(ws);
        var (_, sarif, _) = Lint(ws);
        var run = sarif["runs"]![0]!;
        Assert.StartsWith("file:///", run["originalUriBaseIds"]!["SRCROOT"]!["uri"]!.GetValue<string>());
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        var mismatch = run["results"]!.AsArray().Single(r => r!["ruleId"]!.GetValue<string>() == "PHR0006")!;
        Assert.Equal("error", mismatch["level"]!.GetValue<string>());
        Assert.Equal("PHR0006", rules[mismatch["ruleIndex"]!.GetValue<int>()]!["id"]!.GetValue<string>());
        var physical = mismatch["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("phrases/Shop.ko.resx", physical["artifactLocation"]!["uri"]!.GetValue<string>());
        Assert.Equal("SRCROOT", physical["artifactLocation"]!["uriBaseId"]!.GetValue<string>());
        var region = physical["region"]!;
        Assert.Equal(Resx.Line(1), region["startLine"]!.GetValue<int>());
        Assert.Equal(Resx.ValueColumn("Order.Ready"), region["startColumn"]!.GetValue<int>());
        Assert.Equal(Resx.Line(1), region["endLine"]!.GetValue<int>());
        Assert.Equal(Resx.ValueColumn("Order.Ready") + "{name} 고객님, 준비되었습니다.".Length, region["endColumn"]!.GetValue<int>());
        Assert.Matches("^[0-9a-f]{32}:1$", mismatch["partialFingerprints"]!["phraseCatalogFinding/v1"]!.GetValue<string>());
    }

    [Fact]
    public void Fingerprints_survive_a_finding_moving_down_the_file_and_output_is_deterministic()
    {
        using var before = new Workspace();
        WriteCatalog(before);
        var (_, first, firstText) = Lint(before);
        var (_, _, again) = Lint(before);
        Assert.Equal(firstText, again);

        using var after = new Workspace();
        WriteCatalog(after, blankLinesBefore: 3);
        var (_, moved, _) = Lint(after);
        static string[] Prints(JsonNode sarif, string rule) => sarif["runs"]![0]!["results"]!.AsArray()
            .Where(r => r!["ruleId"]!.GetValue<string>() == rule)
            .Select(r => r!["partialFingerprints"]!["phraseCatalogFinding/v1"]!.GetValue<string>()).ToArray();
        static int Line(JsonNode sarif, string rule) => sarif["runs"]![0]!["results"]!.AsArray()
            .First(r => r!["ruleId"]!.GetValue<string>() == rule)!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>();
        Assert.Equal(Prints(first, "PHR0010"), Prints(moved, "PHR0010"));
        Assert.Equal(Line(first, "PHR0010") + 3, Line(moved, "PHR0010"));
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PhraseCatalog.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PhraseCatalog.sln not found");
    }
}
