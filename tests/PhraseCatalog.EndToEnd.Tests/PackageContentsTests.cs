using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using PhraseCatalog.EndToEnd.Tests.Infrastructure;

namespace PhraseCatalog.EndToEnd.Tests;

/// <summary>What <c>dotnet pack PhraseCatalog.sln -c Release</c> produces.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentsTests
{
    private readonly PackageFixture _package;

    public PackageContentsTests(PackageFixture package) => _package = package;

    [Fact]
    public void Packing_the_solution_produces_PhraseCatalog_its_ASP_NET_Core_integration_and_the_tool()
    {
        _package.AssertPacked();
        var produced = Directory.GetFiles(_package.Feed).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.True(
            produced.SequenceEqual(new[]
            {
                "PhraseCatalog." + _package.Version + ".nupkg",
                "PhraseCatalog.Extensions.Localization." + _package.Version + ".nupkg",
                "PhraseCatalog.Tool." + _package.Version + ".nupkg",
            }),
            "Packages produced: " + string.Join(", ", produced) + "\n" + _package.PackResult);
    }

    [Fact]
    public void The_localization_package_holds_its_library_and_depends_on_PhraseCatalog_and_ASP_NET_Core()
    {
        _package.AssertPacked();
        string path = Path.Combine(_package.Feed, "PhraseCatalog.Extensions.Localization." + _package.Version + ".nupkg");
        using var zip = ZipFile.OpenRead(path);
        var lib = zip.Entries.Select(e => e.FullName).Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "lib/net8.0/PhraseCatalog.Extensions.Localization.dll", "lib/net8.0/PhraseCatalog.Extensions.Localization.xml" }, lib);

        var nuspec = XDocument.Parse(Read(zip, "PhraseCatalog.Extensions.Localization.nuspec"));
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        var dependency = Assert.Single(metadata.Descendants(ns + "dependency"));
        Assert.Equal("PhraseCatalog", (string?)dependency.Attribute("id"));
        Assert.Equal(_package.Version, (string?)dependency.Attribute("version"));
        Assert.Contains(metadata.Descendants(ns + "frameworkReference"), f => (string?)f.Attribute("name") == "Microsoft.AspNetCore.App");
    }

    [Fact]
    public void The_package_holds_the_runtime_the_generator_the_msbuild_wiring_and_the_readme()
    {
        _package.AssertPacked();
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        string listing = "Entries:\n  " + string.Join("\n  ", entries.Order(StringComparer.Ordinal));

        string[] required =
        {
            "lib/netstandard2.0/PhraseCatalog.dll",
            "lib/netstandard2.0/PhraseCatalog.xml",
            "lib/net8.0/PhraseCatalog.dll",
            "lib/net8.0/PhraseCatalog.xml",
            "analyzers/dotnet/cs/PhraseCatalog.Generator.dll",
            "analyzers/dotnet/cs/PhraseCatalog.Core.dll",
            "analyzers/dotnet/cs/PhraseCatalog.CodeFixes.dll",
            "buildTransitive/PhraseCatalog.props",
            "buildTransitive/PhraseCatalog.targets",
            "build/PhraseCatalog.props",
            "build/PhraseCatalog.targets",
            "README.md",
            "THIRD-PARTY-NOTICES.md",
            "PhraseCatalog.nuspec",
        };
        foreach (string entry in required) Assert.True(entries.Contains(entry), "Missing " + entry + "\n" + listing);

        // Nothing else in lib/ (no generator, no test or sample assemblies), and analyzers only for C#.
        Assert.All(entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)), e => Assert.True(required.Contains(e), "Unexpected " + e + "\n" + listing));
        Assert.All(entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)), e => Assert.True(required.Contains(e), "Unexpected " + e + "\n" + listing));
        Assert.DoesNotContain(entries, e => e.Contains("Tests", StringComparison.Ordinal) || e.Contains("Demo", StringComparison.Ordinal) || e.Contains("Benchmark", StringComparison.Ordinal));

        // The build/ and buildTransitive/ copies are the files in the repository.
        foreach (string file in new[] { "PhraseCatalog.props", "PhraseCatalog.targets" })
        {
            string source = File.ReadAllText(Path.Combine(_package.RepoRoot, "src", "PhraseCatalog", "buildTransitive", file));
            Assert.Equal(source, Read(zip, "buildTransitive/" + file));
            Assert.Equal(source, Read(zip, "build/" + file));
        }

        // The generator is packed from the Release build, not a leftover Debug one.
        Assert.True(ReadBytes(zip, "analyzers/dotnet/cs/PhraseCatalog.Generator.dll").Length > 10_000, "The packed generator is suspiciously small.");

        // The nuspec: id, this run's version, the readme, and no dependency on the generator
        // (it rides along as an analyzer, not as a package).
        var nuspec = XDocument.Parse(Read(zip, "PhraseCatalog.nuspec"));
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("PhraseCatalog", metadata.Element(ns + "id")?.Value);
        Assert.Equal(_package.Version, metadata.Element(ns + "version")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => (string?)d.Attribute("id")).ToList();
        Assert.DoesNotContain(dependencies, id => id is not null && id.StartsWith("PhraseCatalog", StringComparison.Ordinal));
        Assert.DoesNotContain(dependencies, id => id is not null && id.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.Null(metadata.Element(ns + "developmentDependency"));
    }

    [Fact]
    public void The_package_has_no_dependencies_so_the_generator_and_code_fixes_bring_no_Roslyn_to_consumers()
    {
        _package.AssertPacked();
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        string text = Read(zip, "PhraseCatalog.nuspec");
        var nuspec = XDocument.Parse(text);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        // One empty group per runtime target framework: the runtime needs nothing, and the analyzer
        // assemblies (PrivateAssets="all" project references) leave no trace among the dependencies.
        var groups = metadata.Element(ns + "dependencies")?.Elements(ns + "group").ToList() ?? new();
        var frameworks = groups.Select(g => (string?)g.Attribute("targetFramework")).Order(StringComparer.Ordinal).ToArray();
        Assert.True(frameworks.SequenceEqual(new[] { ".NETStandard2.0", "net8.0" }), "Dependency groups: " + string.Join(", ", frameworks) + "\n" + text);
        Assert.All(groups, g => Assert.False(g.HasElements, "Unexpected dependencies in " + g + "\n" + text));
        Assert.Empty(metadata.Elements(ns + "dependencies").Elements(ns + "dependency"));
        Assert.Null(metadata.Element(ns + "frameworkAssemblies"));
        Assert.Null(metadata.Element(ns + "frameworkReferences"));
        Assert.Null(metadata.Element(ns + "references"));
    }

    [Fact]
    public void The_packed_analyzer_assemblies_reference_only_Roslyn_4_8_and_the_code_fixes_are_exported_for_the_IDE()
    {
        _package.AssertPacked();
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var roslyn48 = new Version(4, 8, 0, 0);

        // The generator and analyzers run inside every compiler from Roslyn 4.8 on: they may reference
        // only what the compiler itself carries, and never Workspaces (absent from csc).
        // The core (read, model, validate) ships beside the generator and references no Roslyn at all:
        // the phrasecatalog tool runs the very same assembly outside the compiler.
        var core = AssemblyInfo.Read(ReadBytes(zip, "analyzers/dotnet/cs/PhraseCatalog.Core.dll"));
        Assert.Equal("PhraseCatalog.Core", core.Name);
        AssertReferences(core, new() { ["netstandard"] = new Version(2, 0, 0, 0) }, optional: CompilerCarried);

        var generator = AssemblyInfo.Read(ReadBytes(zip, "analyzers/dotnet/cs/PhraseCatalog.Generator.dll"));
        Assert.Equal("PhraseCatalog.Generator", generator.Name);
        AssertReferences(
            generator,
            new() { ["netstandard"] = new Version(2, 0, 0, 0), ["Microsoft.CodeAnalysis"] = roslyn48, ["Microsoft.CodeAnalysis.CSharp"] = roslyn48, ["PhraseCatalog.Core"] = core.Version },
            optional: CompilerCarried);
        Assert.Contains("PhraseCatalog.Generator.Analyzers.PhraseUsageAnalyzer", generator.TypesWithAttribute("Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerAttribute"));
        Assert.Contains("PhraseCatalog.Generator.Pipeline.PhraseCatalogGenerator", generator.TypesWithAttribute("Microsoft.CodeAnalysis.GeneratorAttribute"));

        // The code fixes load into the IDE (Visual Studio, Rider and the C# extension all carry
        // Workspaces): Workspaces of the 4.8 line, MEF's attributes, and at most the generator assembly
        // beside it. A newer Workspaces reference would stop the fixes from loading in an older IDE.
        var codeFixes = AssemblyInfo.Read(ReadBytes(zip, "analyzers/dotnet/cs/PhraseCatalog.CodeFixes.dll"));
        Assert.Equal("PhraseCatalog.CodeFixes", codeFixes.Name);
        AssertReferences(
            codeFixes,
            new()
            {
                ["netstandard"] = new Version(2, 0, 0, 0),
                ["Microsoft.CodeAnalysis"] = roslyn48,
                ["Microsoft.CodeAnalysis.Workspaces"] = roslyn48,
            },
            optional: new(CompilerCarried)
            {
                ["Microsoft.CodeAnalysis.CSharp"] = roslyn48,
                ["Microsoft.CodeAnalysis.CSharp.Workspaces"] = roslyn48,
                // What Workspaces 4.8 itself depends on; a newer one may not resolve in those IDEs.
                ["System.Composition.AttributedModel"] = new Version(7, 0, 0, 0),
                ["PhraseCatalog.Generator"] = generator.Version,
            });

        // An IDE finds a package's code fixes by their [ExportCodeFixProvider] attribute; the code-fix
        // assembly must hold no analyzer of its own (the compiler would have to load Workspaces to
        // create it).
        Assert.Contains("PhraseCatalog.CodeFixes.PhraseLiteralCodeFixProvider", codeFixes.TypesWithAttribute("Microsoft.CodeAnalysis.CodeFixes.ExportCodeFixProviderAttribute"));
        Assert.Empty(codeFixes.TypesWithAttribute("Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerAttribute"));
        Assert.Empty(codeFixes.TypesWithAttribute("Microsoft.CodeAnalysis.GeneratorAttribute"));
    }

    /// <summary>Assemblies the compiler host provides to every analyzer; an analyzer may reference them at these versions or older.</summary>
    private static readonly Dictionary<string, Version?> CompilerCarried = new(StringComparer.Ordinal)
    {
        ["System.Collections.Immutable"] = new Version(7, 0, 0, 0),
        ["System.Reflection.Metadata"] = new Version(7, 0, 0, 0),
        ["System.Memory"] = new Version(4, 0, 1, 2),
        ["System.Runtime.CompilerServices.Unsafe"] = new Version(6, 0, 0, 0),
        ["System.Threading.Tasks.Extensions"] = new Version(4, 2, 0, 1),
    };

    /// <summary>
    /// Every reference in <paramref name="required"/> is there at exactly that version; anything else
    /// is in <paramref name="optional"/> at that version or older (null: any version).
    /// </summary>
    private static void AssertReferences(AssemblyInfo assembly, Dictionary<string, Version> required, Dictionary<string, Version?> optional)
    {
        string listing = assembly.Name + " references:\n  " + string.Join("\n  ", assembly.References.Select(r => r.Name + " " + r.Version));
        foreach (var (name, version) in required)
        {
            var found = assembly.References.Where(r => r.Name == name).ToList();
            Assert.True(found.Count == 1, "Expected one reference to " + name + "\n" + listing);
            Assert.True(found[0].Version == version, name + " should be referenced at " + version + "\n" + listing);
        }

        foreach (var reference in assembly.References.Where(r => !required.ContainsKey(r.Name)))
        {
            Assert.True(optional.TryGetValue(reference.Name, out var allowed), "Unexpected reference " + reference.Name + "\n" + listing);
            Assert.True(allowed is null || reference.Version <= allowed, reference.Name + " is newer than " + allowed + "\n" + listing);
        }
    }

    private static byte[] ReadBytes(ZipArchive zip, string entry)
    {
        using var stream = zip.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }
}
