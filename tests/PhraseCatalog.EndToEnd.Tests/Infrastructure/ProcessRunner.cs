using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace PhraseCatalog.EndToEnd.Tests.Infrastructure;

/// <summary>The outcome of one real process: its command line, exit code and full output.</summary>
public sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, bool TimedOut, TimeSpan Duration, string Output)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The lines of the output that report warning <paramref name="id"/> (MSBuild's "…: warning PHRxxxx: …").</summary>
    public string WarningLines(string id)
    {
        var result = new StringBuilder();
        foreach (var line in Output.Split('\n'))
        {
            if (line.Contains(": warning " + id, StringComparison.Ordinal)) result.AppendLine(line);
        }

        return result.ToString();
    }

    /// <summary>Everything needed to understand a failure, for assertion messages.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("$ ").AppendLine(CommandLine);
        text.Append("  in ").AppendLine(WorkingDirectory);
        text.Append("  ").Append(TimedOut ? "TIMED OUT, killed" : "exit code " + ExitCode.ToString(CultureInfo.InvariantCulture))
            .Append(" after ").Append(Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)).AppendLine(" s");
        text.AppendLine("----- output -----");
        text.AppendLine(Output);
        text.Append("------------------");
        return text.ToString();
    }
}

/// <summary>Runs <c>dotnet</c> as a child process with a clean, private environment and a timeout.</summary>
public static class ProcessRunner
{
    /// <summary>The dotnet host running these tests, so child builds use the same SDK installation.</summary>
    public static string DotNetPath { get; } = FindDotNet();

    public static ProcessResult DotNet(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments) =>
        Run(DotNetPath, "dotnet", workingDirectory, environment, timeout, arguments);

    /// <summary>
    /// Runs an installed .NET tool's command (its apphost), as a user runs it from a shell; DOTNET_ROOT
    /// points at the SDK running these tests so the apphost finds a runtime wherever dotnet is installed.
    /// </summary>
    public static ProcessResult Tool(string executable, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        var withRoot = new Dictionary<string, string>(environment) { ["DOTNET_ROOT"] = Path.GetDirectoryName(Path.GetFullPath(DotNetPath == "dotnet" ? "/usr/share/dotnet/dotnet" : DotNetPath))! };
        return Run(executable, Path.GetFileName(executable), workingDirectory, withRoot, timeout, arguments);
    }

    private static ProcessResult Run(string fileName, string displayName, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments) start.ArgumentList.Add(argument);

        // The test host runs under `dotnet test`, which leaves MSBuild's own variables in the
        // environment (MSBuildExtensionsPath, MSBUILD_EXE_PATH, ...). A child build must not inherit
        // them: it has to behave exactly like a user's `dotnet build` in a terminal.
        foreach (string name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("_MSBuild", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // No build servers: nothing may outlive the test or hold its output pipes open.
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var pair in environment) start.Environment[pair.Key] = pair.Value;

        string commandLine = displayName + " " + string.Join(" ", arguments.Select(Quote));
        var output = new StringBuilder();
        var gate = new object();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (gate) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (gate) output.AppendLine(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        bool exited = process.WaitForExit((int)timeout.TotalMilliseconds);
        if (!exited)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited in the meantime.
            }

            process.WaitForExit(10_000);
        }
        else
        {
            // Drain the redirected streams.
            process.WaitForExit();
        }

        stopwatch.Stop();
        string text;
        lock (gate) text = output.ToString();
        return new ProcessResult(commandLine, workingDirectory, exited ? process.ExitCode : -1, !exited, stopwatch.Elapsed, text);
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => !char.IsWhiteSpace(c) && c != '"') ? argument : "\"" + argument.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string FindDotNet()
    {
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
        string? current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return current;
        return "dotnet";
    }
}
