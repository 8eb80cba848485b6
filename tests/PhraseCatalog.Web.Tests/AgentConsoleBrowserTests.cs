using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace PhraseCatalog.Web.Tests;

/// <summary>
/// The agent console in a real headless Chromium: Debian's chromium and chromedriver (installed by
/// .ci/run; nothing is downloaded), the app on 127.0.0.1, every wait bounded.
/// </summary>
public sealed class AgentConsoleBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriver = "/usr/bin/chromedriver";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_agent_picks_a_scenario_fills_the_record_and_is_warned_about_a_forbidden_phrase()
    {
        Assert.True(File.Exists(Chromium) && File.Exists(ChromeDriver), "Chromium and chromedriver are needed at " + Chromium + " and " + ChromeDriver + " (apt-get install chromium chromium-driver; .ci/run does it).");
        await using var app = await SampleApp.StartAsync(invariantGlobalization: false);
        using var driver = StartBrowser();
        var wait = new WebDriverWait(driver, Wait);

        driver.Navigate().GoToUrl(app.Address);
        wait.Until(d => d.FindElements(By.CssSelector("#catalog option")).Count >= 2);

        // The caller speaks Traditional Chinese (Taiwan); the desk's ticket scenario.
        driver.FindElement(By.CssSelector("#language option[value='zh-TW']")).Click();
        driver.FindElement(By.CssSelector("#catalog option[value='AgentConsole.Desk']")).Click();
        wait.Until(d => d.FindElements(By.CssSelector("#scenario option[value='Ticket']")).Count == 1);
        driver.FindElement(By.CssSelector("#scenario option[value='Ticket']")).Click();
        wait.Until(d => d.FindElement(By.Id("phrase-culture")).Text == "zh-Hant");

        // The customer record fills the placeholders.
        driver.FindElement(By.Id("surname")).SendKeys("陳");
        driver.FindElement(By.Id("title")).SendKeys("先生");
        driver.FindElement(By.Id("ticket")).SendKeys("T-1024");
        driver.FindElement(By.Id("hours")).SendKeys("24");
        const string Filled = "陳先生，您的工單號是T-1024，我們會在24小時內給您答覆。";
        var created = wait.Until(d => d.FindElements(By.CssSelector("li[data-key='Ticket.Created'] .text")).FirstOrDefault(e => e.Text.StartsWith(Filled, StringComparison.Ordinal)));
        Assert.NotNull(created);

        driver.FindElement(By.CssSelector("li[data-key='Ticket.Created'] button.copy")).Click();
        wait.Until(d => d.FindElement(By.Id("copy-status")).GetAttribute("data-key") == "Ticket.Created");

        // A forbidden phrase typed in the reply box is marked, with the approved replacement offered.
        driver.FindElement(By.Id("reply")).SendKeys("這個我不知道");
        var finding = wait.Until(d => d.FindElements(By.CssSelector("#findings li[data-rule='Banned.DontKnow']")).FirstOrDefault());
        Assert.NotNull(finding);
        Assert.Equal("Forbidden", driver.FindElement(By.Id("verdict")).GetAttribute("data-verdict"));
        Assert.Equal("不知道", driver.FindElement(By.CssSelector("#reply-marked mark.forbidden")).Text);
        Assert.Contains("Say instead: 請稍等，我馬上幫您查。", finding.Text, StringComparison.Ordinal);

        string screenshot = Path.Combine(AppContext.BaseDirectory, "artifacts", "agent-console.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(screenshot);
        Assert.True(new FileInfo(screenshot).Length > 0);

        // Taking the replacement clears the warning.
        finding.FindElement(By.CssSelector("button.replace")).Click();
        wait.Until(d => d.FindElement(By.Id("verdict")).GetAttribute("data-verdict") is { } v && v != "Forbidden");
        Assert.Equal("這個我請稍等，我馬上幫您查。", driver.FindElement(By.Id("reply")).GetDomProperty("value"));
        Assert.Empty(driver.FindElements(By.CssSelector("#findings li")));
    }

    private static ChromeDriver StartBrowser()
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",                     // runs as root in CI containers
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--window-size=1280,1400",
            "--no-first-run",
            "--disable-background-networking",  // nothing but the app on 127.0.0.1
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}
