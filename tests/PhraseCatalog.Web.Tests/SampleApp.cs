using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PhraseCatalog.Web.Tests;

/// <summary>
/// The agent console sample started as its own process on 127.0.0.1, as `dotnet run` would start
/// it: the only way to run it with InvariantGlobalization, which is fixed per process.
/// </summary>
public sealed class SampleApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SampleApp(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public static async Task<SampleApp> StartAsync(bool invariantGlobalization)
    {
        string projectDirectory = Path.Combine(RepoRoot(), "samples", "CallCenter.AgentConsole");
        string dll = Path.Combine(projectDirectory, "bin", Configuration(), "net10.0", "CallCenter.AgentConsole.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("The agent console is built with the tests (a project reference); it was not found.", dll);

        int port = FreePort();
        var address = new Uri("http://127.0.0.1:" + port + "/");
        var start = new ProcessStartInfo("dotnet")
        {
            // The content root is the project directory, where wwwroot lives, as with `dotnet run`.
            WorkingDirectory = projectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariantGlobalization ? "1" : "0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var app = new SampleApp(process, address);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException("The agent console exited with " + process.ExitCode + ":\n" + app.Output);
            try
            {
                using var response = await app.Client.GetAsync("/api/environment", timeout.Token);
                if (response.StatusCode == HttpStatusCode.OK) return app;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException)
            {
                await app.DisposeAsync();
                throw new TimeoutException("The agent console did not answer within " + StartTimeout + ":\n" + app.Output);
            }

            await Task.Delay(200, timeout.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    internal static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PhraseCatalog.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("PhraseCatalog.sln was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The configuration the tests were built in (…/bin/Debug/net10.0/), which is the sample's too.</summary>
    internal static string Configuration() => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}
