using System;
using System.IO;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace PhraseCatalog.Tool.Tests.Infrastructure;

/// <summary>
/// A real headless Chromium driven through Debian's chromedriver (packages chromium and
/// chromium-driver, which .ci/run installs); Selenium never downloads a browser or driver here.
/// </summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverFolder = "/usr/bin";

    public static ChromeDriver Start()
    {
        Assert.True(File.Exists(ChromiumPath), "Chromium is not installed at " + ChromiumPath + " (apt-get install chromium chromium-driver; .ci/run does it)");
        Assert.True(File.Exists(Path.Combine(DriverFolder, "chromedriver")), "chromedriver is not installed in " + DriverFolder);
        var service = ChromeDriverService.CreateDefaultService(DriverFolder, "chromedriver");
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        // Root in a container needs --no-sandbox; a fixed window keeps screenshots comparable.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1000", "--lang=en-US");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(60);
        return driver;
    }

    /// <summary>Where screenshots are kept: a folder beside the test assembly, so CI can collect them.</summary>
    public static string ArtifactPath(string name)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
