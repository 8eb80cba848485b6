using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PhraseCatalog.Generator.Analyzers;

namespace PhraseCatalog.Analyzers.Tests;

/// <summary>
/// Every diagnostic the generator assembly can report (PHR0xxx from the generator's descriptors,
/// PHR1xxx from the analyzers) has a help link to docs/rules/&lt;ID&gt;.md, that page exists, and its
/// row in AnalyzerReleases.Unshipped.md has the descriptor's category and severity.
/// </summary>
public class RuleCatalogTests
{
    private const string HelpBase = "https://github.com/phrasecatalog/phrasecatalog/blob/main/docs/rules/";

    private static readonly Assembly GeneratorAssembly = typeof(PhraseUsageAnalyzer).Assembly;

    private static string RepoRoot { get; } =
        typeof(RuleCatalogTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    /// <summary>
    /// The generator's descriptors (Pipeline.Diagnostics.All), every static DiagnosticDescriptor field
    /// of the assembly (wherever a rule is declared) and every analyzer's SupportedDiagnostics.
    /// </summary>
    private static IReadOnlyDictionary<string, DiagnosticDescriptor> AllDescriptors { get; } = CollectDescriptors();

    public static TheoryData<string> Ids => [.. AllDescriptors.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Both_families_are_found()
    {
        Assert.Contains("PHR0001", AllDescriptors.Keys);
        Assert.Contains("PHR1001", AllDescriptors.Keys);
        Assert.Equal(8, AllDescriptors.Keys.Count(id => id.StartsWith("PHR1", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_the_rule_page_and_the_page_exists(string id)
    {
        var descriptor = AllDescriptors[id];
        Assert.Equal(HelpBase + id + ".md", descriptor.HelpLinkUri);
        string page = Path.Combine(RepoRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        string text = File.ReadAllText(page);
        Assert.StartsWith("# " + id, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Release_tracking_row_matches_the_descriptor(string id)
    {
        var descriptor = AllDescriptors[id];
        var rows = ReleaseRows();
        Assert.True(rows.TryGetValue(id, out var row), $"{id} has no row in AnalyzerReleases.Shipped.md or AnalyzerReleases.Unshipped.md");
        Assert.Equal(descriptor.Category, row.Category);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
        Assert.Equal(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Notes);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_rules_index_lists_the_rule_with_its_default_severity_and_title(string id)
    {
        var descriptor = AllDescriptors[id];
        string index = File.ReadAllText(Path.Combine(RepoRoot, "docs", "rules", "README.md"));
        string row = $"| [{id}]({id}.md) | {descriptor.DefaultSeverity} | {descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)} |";
        Assert.Contains(row, index, StringComparison.Ordinal);
    }

    private static Dictionary<string, DiagnosticDescriptor> CollectDescriptors()
    {
        var result = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        void Add(DiagnosticDescriptor? descriptor)
        {
            if (descriptor is not null && descriptor.Id.StartsWith("PHR", StringComparison.Ordinal)) result.TryAdd(descriptor.Id, descriptor);
        }

        // The generator's own list first; the field scan below finds any descriptor declared elsewhere.
        var pipeline = GeneratorAssembly.GetType("PhraseCatalog.Generator.Pipeline.Diagnostics");
        if (pipeline?.GetProperty("All", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)?.GetValue(null) is IEnumerable<DiagnosticDescriptor> all)
        {
            foreach (var descriptor in all) Add(descriptor);
        }

        foreach (var type in GeneratorAssembly.GetTypes())
        {
            if (type.ContainsGenericParameters) continue;
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (field.FieldType == typeof(DiagnosticDescriptor)) Add((DiagnosticDescriptor?)field.GetValue(null));
            }

            if (typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            {
                foreach (var descriptor in ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics) Add(descriptor);
            }
        }

        return result;
    }

    private static Dictionary<string, (string Category, string Severity, string Notes)> ReleaseRows()
    {
        var rows = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        foreach (string file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (string line in File.ReadAllLines(Path.Combine(RepoRoot, "src", "PhraseCatalog.Generator", file)))
            {
                var match = Regex.Match(line, @"^(PHR\d{4})\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*(.*?)\s*$");
                if (match.Success) rows[match.Groups[1].Value] = (match.Groups[2].Value, match.Groups[3].Value, match.Groups[4].Value);
            }
        }

        return rows;
    }
}
