using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace PhraseCatalog.Benchmarks;

/// <summary>
/// <c>phrasecatalog lint</c> as a whole process against <c>dotnet build</c> of a project holding the
/// same phrase files (issue 10's target: at least 10× faster, under 2 s at 10,000 keys). Each
/// invocation starts a process and waits for it, exactly as a translator or a CI step does. The
/// build is a full recompile (<c>--no-incremental</c>, no restore) with the generator and the core
/// from this repository, so it measures what the phrase files cost the compiler, not NuGet.
/// Run: <c>dotnet run -c Release --project benchmarks/PhraseCatalog.Benchmarks -- --filter '*ToolBenchmarks*'</c>
/// (after <c>dotnet build -c Release src/PhraseCatalog.Tool</c>).
/// </summary>
[MemoryDiagnoser(displayGenColumns: false)]
public class ToolBenchmarks
{
    private string _root = string.Empty;
    private string _tool = string.Empty;

    [Params(1_000, 10_000)]
    public int Keys { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string repo = Repo.Root;
        _tool = Path.Combine(repo, "src", "PhraseCatalog.Tool", "bin", "Release", "net8.0", "PhraseCatalog.Tool.dll");
        if (!File.Exists(_tool)) throw new InvalidOperationException("Build the tool first: dotnet build -c Release src/PhraseCatalog.Tool (" + _tool + " is missing)");

        _root = Path.Combine(Path.GetTempPath(), "phrasecatalog-toolbench-" + Keys.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        Directory.CreateDirectory(Path.Combine(_root, "phrases"));
        for (int c = 0; c < SyntheticCatalog.Cultures.Length; c++)
        {
            File.WriteAllText(Path.Combine(_root, "phrases", "Catalog." + SyntheticCatalog.Cultures[c] + ".resx"), SyntheticCatalog.Resx(Keys, c), new UTF8Encoding(false));
        }

        // The consumer: the runtime as a reference, the generator and its core as analyzers, the
        // package's own MSBuild wiring; nothing to restore but the SDK's own.
        string bin = Path.Combine(repo, "src", "PhraseCatalog.Generator", "bin", "Release", "netstandard2.0");
        string runtime = Path.Combine(repo, "src", "PhraseCatalog", "bin", "Release", "netstandard2.0", "PhraseCatalog.dll");
        if (!File.Exists(Path.Combine(bin, "PhraseCatalog.Generator.dll")) || !File.Exists(runtime))
        {
            throw new InvalidOperationException("Build the generator and the runtime first: dotnet build -c Release src/PhraseCatalog");
        }

        string targets = Path.Combine(repo, "src", "PhraseCatalog", "buildTransitive");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(_root, "Bench.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{targets}/PhraseCatalog.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{runtime}" />
                <Analyzer Include="{bin}/PhraseCatalog.Generator.dll" />
                <Analyzer Include="{bin}/PhraseCatalog.Core.dll" />
                <PhraseFile Include="phrases/*.resx" />
              </ItemGroup>
              <Import Project="{targets}/PhraseCatalog.targets" />
            </Project>
            """);
        Run("dotnet", "build -c Release -nologo -v q " + Quote(Path.Combine(_root, "Bench.csproj")));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Run("dotnet", "build-server shutdown", check: false);
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "dotnet build (full recompile)")]
    public int Build() => Run("dotnet", "build -c Release -nologo -v q --no-restore --no-incremental " + Quote(Path.Combine(_root, "Bench.csproj")));

    [Benchmark(Description = "phrasecatalog lint")]
    public int Lint() => Run("dotnet", Quote(_tool) + " lint phrases", workingDirectory: _root, expected: new[] { 0, 1 });

    private int Run(string file, string arguments, string? workingDirectory = null, int[]? expected = null, bool check = true)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory ?? _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (check && !(expected ?? new[] { 0 }).Contains(process.ExitCode))
        {
            throw new InvalidOperationException(file + " " + arguments + " exited " + process.ExitCode + ":\n" + output);
        }

        return process.ExitCode;
    }

    private static string Quote(string path) => "\"" + path + "\"";
}

/// <summary>Finds the repository root from the benchmark's working folder.</summary>
internal static class Repo
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PhraseCatalog.sln"))) dir = dir.Parent;
            if (dir is null)
            {
                dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PhraseCatalog.sln"))) dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Run the benchmarks from inside the repository.");
        }
    }
}
