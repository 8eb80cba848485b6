using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;

namespace PhraseCatalog.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A consumer app in its own temporary folder: one <c>PackageReference</c> to the packed
/// PhraseCatalog, its own phrase files, built with the real <c>dotnet build</c> and run with the
/// real <c>dotnet</c> host.
/// </summary>
public sealed class ConsumerProject
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    private readonly PackageFixture _package;

    internal ConsumerProject(PackageFixture package, string directory, string name)
    {
        _package = package;
        Directory = directory;
        Name = name;
        System.IO.Directory.CreateDirectory(directory);

        // Only this run's feed and the default nuget.org source; the package cache is private.
        WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="phrasecatalog-e2e" value="{SecurityElement.Escape(package.Feed)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(package.NuGetPackages)}" />
              </config>
            </configuration>
            """);

        // Stop MSBuild from picking up anything above the temporary folder.
        WriteFile("Directory.Build.props", "<Project />\n");
        WriteFile("Directory.Build.targets", "<Project />\n");
    }

    public string Directory { get; }

    public string Name { get; }

    public string PathOf(string relativePath) => System.IO.Path.Combine(Directory, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>Writes a project file: a net10.0 console app with nullable and warnings as errors,
    /// exactly one PackageReference to PhraseCatalog, and the given extra properties and items.</summary>
    public void WriteProject(string extraProperties = "", string items = "    <PhraseFile Include=\"phrases/*.resx\" />")
    {
        WriteFile(Name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RootNamespace>{Name}</RootNamespace>
            {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PhraseCatalog" Version="{_package.Version}" />
              </ItemGroup>
              <ItemGroup>
            {items}
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>Writes a UTF-8 file (no BOM) and moves its timestamp forward, so an incremental build sees the change even on coarse file systems.</summary>
    public void WriteFile(string relativePath, string content)
    {
        string path = PathOf(relativePath);
        string? folder = System.IO.Path.GetDirectoryName(path);
        if (folder is not null) System.IO.Directory.CreateDirectory(folder);
        bool existed = File.Exists(path);
        DateTime previous = existed ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
        File.WriteAllText(path, content, Utf8);
        if (existed)
        {
            DateTime now = DateTime.UtcNow;
            File.SetLastWriteTimeUtc(path, (now > previous ? now : previous).AddSeconds(2));
        }
    }

    public string ReadFile(string relativePath) => File.ReadAllText(PathOf(relativePath), Utf8);

    /// <summary><c>dotnet build</c>, as a user runs it in a terminal.</summary>
    public ProcessResult Build(params string[] extraArguments) =>
        ProcessRunner.DotNet(Directory, _package.Environment, PackageFixture.BuildTimeout,
            new[] { "build", "--disable-build-servers", "-tl:off", "-nologo" }.Concat(extraArguments).ToArray());

    /// <summary>Runs the built app (Debug, net10.0) with the real dotnet host.</summary>
    public ProcessResult Run(params string[] arguments) =>
        ProcessRunner.DotNet(Directory, _package.Environment, PackageFixture.RunTimeout,
            new[] { System.IO.Path.Combine("bin", "Debug", "net10.0", Name + ".dll") }.Concat(arguments).ToArray());

    /// <summary>A phrase file (.resx) with the usual resheaders and the given entries, in order.</summary>
    public static string Resx(params (string Key, string Value)[] entries)
    {
        var text = new StringBuilder();
        text.Append("""
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <resheader name="resmimetype">
                <value>text/microsoft-resx</value>
              </resheader>
              <resheader name="version">
                <value>2.0</value>
              </resheader>

            """);
        foreach (var (key, value) in entries)
        {
            text.Append("  <data name=\"").Append(SecurityElement.Escape(key)).Append("\" xml:space=\"preserve\">\n");
            text.Append("    <value>").Append(SecurityElement.Escape(value)).Append("</value>\n");
            text.Append("  </data>\n");
        }

        text.Append("</root>\n");
        return text.ToString();
    }

    /// <summary>
    /// The 1-based line and column where <paramref name="needle"/> occurs in a file's text
    /// (its <paramref name="occurrence"/>-th occurrence, 1-based), plus <paramref name="offset"/> characters.
    /// </summary>
    public static (int Line, int Column) Locate(string content, string needle, int occurrence = 1, int offset = 0)
    {
        int index = -1;
        for (int i = 0; i < occurrence; i++)
        {
            index = content.IndexOf(needle, index + 1, StringComparison.Ordinal);
            if (index < 0) throw new ArgumentException($"'{needle}' does not occur {occurrence} time(s).", nameof(needle));
        }

        index += offset;
        int line = 1 + content.Take(index).Count(c => c == '\n');
        int lineStart = content.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }
}
