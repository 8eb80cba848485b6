using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;

namespace PhraseCatalog.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Packs the real PhraseCatalog package once per test run, with <c>dotnet pack PhraseCatalog.sln -c Release</c>
/// and a version of its own (<c>0.1.0-e2e.&lt;guid8&gt;</c>), into a private feed in a temporary folder.
/// Consumers restore it with a private NUGET_PACKAGES folder, so neither the machine's global
/// package cache nor an earlier run can ever serve a stale package. Everything lives under one
/// temporary folder that is deleted at the end (set PHRASECATALOG_E2E_KEEP=1 to keep it).
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);
    public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    private int _consumers;

    public PackageFixture()
    {
        RepoRoot = FindRepoRoot();
        string id = NewId();
        Version = "0.1.0-e2e." + id;
        Root = Path.Combine(Path.GetTempPath(), "phrasecatalog-e2e-" + id);
        Feed = Path.Combine(Root, "feed");
        NuGetPackages = Path.Combine(Root, "nuget-packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(NuGetPackages);

        // The build goes to an artifacts folder of its own (bin and obj in the temp folder), so the
        // repository's bin/obj are never touched and a developer's builds cannot interfere.
        // PackageOutputPath overrides the repository's artifacts/packages.
        PackResult = ProcessRunner.DotNet(
            RepoRoot,
            Environment,
            PackTimeout,
            "pack",
            Path.Combine(RepoRoot, "PhraseCatalog.sln"),
            "-c", "Release",
            "-p:Version=" + Version,
            "-p:PackageOutputPath=" + Feed + Path.DirectorySeparatorChar,
            "--artifacts-path", Path.Combine(Root, "build"),
            "--disable-build-servers",
            "-tl:off",
            "-nologo");
    }

    /// <summary>The repository root (from the test assembly's RepoRoot metadata).</summary>
    public string RepoRoot { get; }

    /// <summary>The version this run packs, unique per run.</summary>
    public string Version { get; }

    /// <summary>The temporary folder holding everything of this run.</summary>
    public string Root { get; }

    /// <summary>The local package feed the pack writes to.</summary>
    public string Feed { get; }

    /// <summary>The private global-packages folder (NUGET_PACKAGES) of every consumer build.</summary>
    public string NuGetPackages { get; }

    /// <summary>The pack's process outcome, for assertions.</summary>
    public ProcessResult PackResult { get; }

    public string PackagePath => Path.Combine(Feed, "PhraseCatalog." + Version + ".nupkg");

    /// <summary>Environment of every child process.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = NuGetPackages,
    };

    /// <summary>Fails the calling test with the pack's full output if packing failed.</summary>
    public void AssertPacked()
    {
        Assert.True(PackResult.Succeeded, "dotnet pack failed:\n" + PackResult);
        Assert.True(File.Exists(PackagePath), "dotnet pack did not produce " + PackagePath + ":\n" + PackResult);
    }

    public string ToolPackagePath => Path.Combine(Feed, "PhraseCatalog.Tool." + Version + ".nupkg");

    private readonly object _toolGate = new();
    private string? _toolCommand;

    /// <summary>
    /// Installs the packed phrasecatalog tool once per run, as a user does
    /// (<c>dotnet tool install --tool-path … --add-source …</c>), and returns its command's path.
    /// </summary>
    public string InstallTool()
    {
        AssertPacked();
        lock (_toolGate)
        {
            if (_toolCommand is not null) return _toolCommand;
            Assert.True(File.Exists(ToolPackagePath), "dotnet pack did not produce " + ToolPackagePath + ":\n" + PackResult);
            string toolPath = Path.Combine(Root, "tools");
            var install = ProcessRunner.DotNet(Root, Environment, BuildTimeout, "tool", "install", "PhraseCatalog.Tool", "--tool-path", toolPath, "--add-source", Feed, "--version", Version);
            Assert.True(install.Succeeded, "dotnet tool install failed:\n" + install);
            string command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "phrasecatalog.exe" : "phrasecatalog");
            Assert.True(File.Exists(command), "The tool's command was not installed at " + command + ":\n" + install);
            return _toolCommand = command;
        }
    }

    /// <summary>A new, empty consumer project folder that restores PhraseCatalog from this run's feed.</summary>
    public ConsumerProject CreateConsumer(string name)
    {
        AssertPacked();
        int n = Interlocked.Increment(ref _consumers);
        string directory = Path.Combine(Root, "consumers", n.ToString("00", CultureInfo.InvariantCulture) + "-" + name);
        return new ConsumerProject(this, directory, name);
    }

    public void Dispose()
    {
        if (System.Environment.GetEnvironmentVariable("PHRASECATALOG_E2E_KEEP") == "1") return;
        for (int attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
                return;
            }
            catch (IOException)
            {
                Thread.Sleep(500);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(500);
            }
        }
    }

    private static string NewId()
    {
        // A SemVer numeric identifier may not have a leading zero; keep the id alphanumeric.
        while (true)
        {
            string id = Guid.NewGuid().ToString("N")[..8];
            if (id.Any(char.IsLetter)) return id;
        }
    }

    private static string FindRepoRoot()
    {
        string? configured = typeof(PackageFixture).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "PhraseCatalog.sln")))
        {
            return Path.GetFullPath(configured);
        }

        // Fall back to walking up from the test assembly.
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PhraseCatalog.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The repository root (PhraseCatalog.sln) was not found.");
    }
}

/// <summary>All end-to-end tests share one packed package and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed PhraseCatalog";
}
