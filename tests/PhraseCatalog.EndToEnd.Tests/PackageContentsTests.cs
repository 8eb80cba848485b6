using System;
using System.IO;
using System.Linq;
using System.IO.Compression;
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
    public void Packing_the_solution_produces_exactly_one_package_named_PhraseCatalog()
    {
        _package.AssertPacked();
        var produced = Directory.GetFiles(_package.Feed).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.True(
            produced.SequenceEqual(new[] { "PhraseCatalog." + _package.Version + ".nupkg" }),
            "Packages produced: " + string.Join(", ", produced) + "\n" + _package.PackResult);
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
            "buildTransitive/PhraseCatalog.props",
            "buildTransitive/PhraseCatalog.targets",
            "build/PhraseCatalog.props",
            "build/PhraseCatalog.targets",
            "README.md",
            "PhraseCatalog.nuspec",
        };
        foreach (string entry in required) Assert.True(entries.Contains(entry), "Missing " + entry + "\n" + listing);

        // Nothing else in lib/ (no generator, no test or sample assemblies), and analyzers only for C#.
        Assert.All(entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)), e => Assert.True(required.Contains(e), "Unexpected " + e + "\n" + listing));
        Assert.All(entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)), e => Assert.StartsWith("analyzers/dotnet/cs/PhraseCatalog.", e, StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("Tests", StringComparison.Ordinal) || e.Contains("Demo", StringComparison.Ordinal) || e.Contains("Benchmark", StringComparison.Ordinal));

        // The build/ and buildTransitive/ copies are the files in the repository.
        foreach (string file in new[] { "PhraseCatalog.props", "PhraseCatalog.targets" })
        {
            string source = File.ReadAllText(Path.Combine(_package.RepoRoot, "src", "PhraseCatalog", "buildTransitive", file));
            Assert.Equal(source, Read(zip, "buildTransitive/" + file));
            Assert.Equal(source, Read(zip, "build/" + file));
        }

        // The generator is packed from the Release build, not a leftover Debug one.
        using (var generator = zip.GetEntry("analyzers/dotnet/cs/PhraseCatalog.Generator.dll")!.Open())
        using (var copy = new MemoryStream())
        {
            generator.CopyTo(copy);
            Assert.True(copy.Length > 10_000, "The packed generator is suspiciously small.");
        }

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

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }
}
