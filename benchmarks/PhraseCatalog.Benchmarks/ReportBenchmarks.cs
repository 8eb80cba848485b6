using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace PhraseCatalog.Benchmarks;

/// <summary>
/// The review page at 10,000 keys × 3 cultures: writing it (<c>phrasecatalog report</c> as a whole
/// process) and opening it in a real headless Chromium until its filters are live (the page's
/// script has indexed every row). The page's size is printed in the setup log.
/// Run: <c>dotnet run -c Release --project benchmarks/PhraseCatalog.Benchmarks -- --filter '*ReportBenchmarks*'</c>
/// (after <c>dotnet build -c Release src/PhraseCatalog.Tool</c>; needs Debian chromium and chromium-driver).
/// </summary>
public class ReportBenchmarks
{
    private string _root = string.Empty;
    private string _tool = string.Empty;
    private string _page = string.Empty;
    private ChromeDriver? _driver;

    [Params(10_000)]
    public int Keys { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _tool = Path.Combine(Repo.Root, "src", "PhraseCatalog.Tool", "bin", "Release", "net8.0", "PhraseCatalog.Tool.dll");
        if (!File.Exists(_tool)) throw new InvalidOperationException("Build the tool first: dotnet build -c Release src/PhraseCatalog.Tool");
        _root = Path.Combine(Path.GetTempPath(), "phrasecatalog-reportbench");
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        Directory.CreateDirectory(Path.Combine(_root, "phrases"));
        for (int c = 0; c < SyntheticCatalog.Cultures.Length; c++)
        {
            File.WriteAllText(Path.Combine(_root, "phrases", "Catalog." + SyntheticCatalog.Cultures[c] + ".resx"), SyntheticCatalog.Resx(Keys, c), new UTF8Encoding(false));
        }

        Write();
        _page = Path.Combine(_root, "review.html");
        Console.WriteLine($"// review.html at {Keys} keys: {new FileInfo(_page).Length:N0} bytes");

        var service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1000");
        _driver = new ChromeDriver(service, options, TimeSpan.FromMinutes(2));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _driver?.Quit();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Benchmark(Description = "phrasecatalog report (process)")]
    public int Write()
    {
        var start = new ProcessStartInfo("dotnet", "\"" + _tool + "\" report phrases -o review.html")
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("report failed: " + output);
        return process.ExitCode;
    }

    [Benchmark(Description = "open in Chromium until the filters are live")]
    public string Open()
    {
        _driver!.Navigate().GoToUrl("about:blank");
        _driver.Navigate().GoToUrl(new Uri(_page).AbsoluteUri);
        // The script writes "N of N keys shown" once it has run over every row.
        string shown = _driver.FindElement(By.Id("shown")).Text;
        if (!shown.EndsWith("keys shown", StringComparison.Ordinal)) throw new InvalidOperationException("The page's script did not run: '" + shown + "'");
        return shown;
    }
}
