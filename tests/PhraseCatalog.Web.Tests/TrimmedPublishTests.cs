using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace PhraseCatalog.Web.Tests;

/// <summary>
/// The generated descriptions survive trimming: tests/Apps/TrimmedCatalogApp is published with
/// PublishTrimmed (full trim mode, InvariantGlobalization) and run, and must find and read its own
/// catalog and the standard one. The publish is bounded; it takes a minute or two on a busy machine.
/// </summary>
public sealed class TrimmedPublishTests
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task A_trimmed_app_reads_the_generated_descriptions()
    {
        string project = Path.Combine(SampleApp.RepoRoot(), "tests", "Apps", "TrimmedCatalogApp", "TrimmedCatalogApp.csproj");
        string output = Path.Combine(AppContext.BaseDirectory, "trimmed-app");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);

        var (publishCode, publishLog) = await RunAsync("dotnet", ["publish", project, "-c", SampleApp.Configuration(), "-o", output, "-nologo", "-v", "q"], PublishTimeout);
        Assert.True(publishCode == 0, "dotnet publish failed:\n" + publishLog);
        Assert.True(File.Exists(Path.Combine(output, "PhraseCatalog.dll")));

        var (code, stdout) = await RunAsync(Path.Combine(output, "TrimmedCatalogApp"), [], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, stdout);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Contains("catalogs=PhraseCatalog.Standard.CallCenter@PhraseCatalog,TrimmedCatalogApp.Shop@TrimmedCatalogApp", lines);
        Assert.Contains(lines, l => l.StartsWith("catalog=PhraseCatalog.Standard.CallCenter|cultures=zh-Hans,ko,zh-Hant|phrases=", StringComparison.Ordinal));
        Assert.Contains("phrase=Order.Shipped|{surname},{title},{order},{days:int}|The order has left the warehouse.|{surname}{title}，您的訂單{order}已經發貨，預計{days:int}天內送達。", lines);
        Assert.Contains("render=陳先生，您的訂單A-1已經發貨，預計3天內送達。", lines);
        Assert.Contains("forbidden=Banned.DontKnow|不知道|Information.LookingUp,Information.AskColleague", lines);
        Assert.Contains("guard=Forbidden: Banned.DontKnow '不知道' at 1", lines);
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(timeout)) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(file + " did not finish within " + timeout);
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
