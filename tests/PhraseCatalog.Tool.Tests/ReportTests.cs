using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using OpenQA.Selenium;
using PhraseCatalog.Tool.Tests.Infrastructure;

namespace PhraseCatalog.Tool.Tests;

/// <summary><c>phrasecatalog report</c>: one self-contained page, checked as a file and in a real headless Chromium.</summary>
public class ReportTests
{
    private static string[] PhraseKeys => new[] { "Greeting.Welcome", "Order.Ready", "Order.Shipped", "Closing.Thanks" };

    private static string WriteAndReport(Workspace ws)
    {
        ws.Write("phrases/Shop.zh-Hans.resx", Resx.FileWithComments(
            ("Greeting.Welcome", "你好，欢迎光临！", "First words of every call."),
            ("Order.Ready", "{surname}先生/小姐，您的订单已备好。", null),
            ("Order.Shipped", "您的订单已发货。", null),
            ("Closing.Thanks", "感谢您的来电，再见！", null)));
        ws.Write("phrases/Shop.zh-Hant.resx", Resx.File(
            ("Greeting.Welcome", "您好，歡迎光臨！"),
            ("Order.Ready", "{surname}先生/小姐，您的订單已備好。"),
            ("Order.Shipped", "您的訂單已發貨。"),
            ("Closing.Thanks", "感謝您的來電，再見！")));
        ws.Write("phrases/Shop.ko.resx", Resx.File(
            ("Greeting.Welcome", "어서 오십시오."),
            ("Order.Ready", "{name} 고객님, 준비되었습니다."),
            ("Order.Shipped", "주문하신 상품이 발송되었습니다."),
            ("Closing.Thanks", "전화 주셔서 감사합니다.")));
        ws.Write("phrases/Shop.Forbidden.zh-Hans.resx", Resx.FileWithComments(("Banned.DontKnow", "不知道", "Instead: Order.Shipped")));
        var result = ws.Run("report", "-o", "review.html", "--cultures", "zh-Hans;zh-Hant;ko");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Review page written to review.html", result.Output);
        return ws.Path_("review.html");
    }

    [Fact]
    public void The_page_is_self_contained_and_escapes_what_the_files_say()
    {
        using var ws = new Workspace();
        string path = WriteAndReport(ws);
        ws.Write("phrases/Shop.zh-Hans.resx", Resx.File(("Greeting.Welcome", "您好<script>alert(1)</script>！")));
        ws.Run("report", "-o", "hostile.html");
        string page = File.ReadAllText(path);
        Assert.Contains("Content-Security-Policy", page);
        Assert.DoesNotMatch(new Regex(@"<(script|img|link|iframe)[^>]+(src|href)=", RegexOptions.IgnoreCase), page);
        Assert.DoesNotContain("@import", page);
        Assert.DoesNotContain("url(", page);
        string hostile = File.ReadAllText(ws.Path_("hostile.html"));
        Assert.DoesNotContain("<script>alert(1)</script>", hostile);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", hostile);
    }

    [Fact]
    public void In_Chromium_every_key_and_culture_shows_findings_sit_in_their_cells_and_filters_hide_and_show_rows()
    {
        using var ws = new Workspace();
        string path = WriteAndReport(ws);
        using var driver = Browser.Start();
        driver.Navigate().GoToUrl(new Uri(path).AbsoluteUri);
        var shown = driver.FindElement(By.Id("shown"));
        Assert.Equal("4 of 4 keys shown", shown.Text);

        // No script errors (Chromium reports them as SEVERE console entries).
        var severe = driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level == LogLevel.Severe).Select(e => e.Message).ToList();
        Assert.True(severe.Count == 0, "Console errors:\n" + string.Join("\n", severe));

        // Every key a row, every culture a column.
        var rows = driver.FindElements(By.CssSelector("tr.phrase"));
        Assert.Equal(PhraseKeys.OrderBy(k => k, StringComparer.Ordinal), rows.Select(r => r.FindElement(By.CssSelector("td.key")).Text).OrderBy(k => k, StringComparer.Ordinal));
        var headers = driver.FindElements(By.CssSelector("table.phrases thead th[data-culture]")).Select(h => h.Text).ToList();
        Assert.Equal(new[] { "zh-Hans", "ko", "zh-Hant" }, headers);

        // The placeholder mismatch sits in the ko cell of Order.Ready, the register finding in zh-Hans of Greeting.Welcome,
        // and the Simplified 订 is marked inside the zh-Hant text.
        IWebElement Cell(string key, string culture) => driver.FindElement(By.CssSelector($"tr.phrase[id='k-Shop-{key}'] td[data-culture='{culture}']"));
        Assert.Contains("PHR0006", Cell("Order.Ready", "ko").FindElement(By.CssSelector(".badge.error")).Text);
        Assert.Empty(Cell("Order.Ready", "zh-Hans").FindElements(By.CssSelector(".badge")));
        Assert.Contains("PHR0010", Cell("Greeting.Welcome", "zh-Hans").FindElement(By.CssSelector(".badge.warning")).Text);
        Assert.Equal("订", Cell("Order.Ready", "zh-Hant").FindElement(By.CssSelector("mark.script")).Text);
        Assert.Equal("{surname}", Cell("Order.Ready", "zh-Hans").FindElement(By.CssSelector(".ph")).Text);
        Assert.Equal("First words of every call.", Cell("Greeting.Welcome", "zh-Hans").FindElement(By.CssSelector(".comment")).Text);

        // The forbidden phrase and what to say instead, linked to its row.
        var instead = driver.FindElement(By.CssSelector("tr.forbidden-phrase a.instead"));
        Assert.Equal("Order.Shipped", instead.Text);
        Assert.EndsWith("#k-Shop-Order.Shipped", instead.GetAttribute("href"));

        // A rule filter hides the rows without it, and showing all brings them back.
        driver.FindElement(By.CssSelector("#f-rule option[value='PHR0006']")).Click();
        Assert.Equal("1 of 4 keys shown", shown.Text);
        Assert.True(rows.Single(r => r.GetAttribute("id") == "k-Shop-Order.Ready").Displayed);
        Assert.False(rows.Single(r => r.GetAttribute("id") == "k-Shop-Closing.Thanks").Displayed);
        driver.FindElement(By.CssSelector("#f-rule option[value='']")).Click();
        Assert.Equal("4 of 4 keys shown", shown.Text);

        // A culture filter hides the other cultures' columns; free text finds a key by its text.
        driver.FindElement(By.CssSelector("#f-culture option[value='ko']")).Click();
        Assert.False(Cell("Order.Ready", "zh-Hans").Displayed);
        Assert.True(Cell("Order.Ready", "ko").Displayed);
        driver.FindElement(By.CssSelector("#f-culture option[value='']")).Click();
        driver.FindElement(By.Id("f-text")).SendKeys("发货");
        var wait = DateTime.UtcNow.AddSeconds(10);
        while (shown.Text != "1 of 4 keys shown" && DateTime.UtcNow < wait) System.Threading.Thread.Sleep(50);
        Assert.Equal("1 of 4 keys shown", shown.Text);
        Assert.True(rows.Single(r => r.GetAttribute("id") == "k-Shop-Order.Shipped").Displayed);
        driver.FindElement(By.Id("f-text")).SendKeys(OpenQA.Selenium.Keys.Control + "a" + OpenQA.Selenium.Keys.Delete);
        wait = DateTime.UtcNow.AddSeconds(10);
        while (shown.Text != "4 of 4 keys shown" && DateTime.UtcNow < wait) System.Threading.Thread.Sleep(50);
        Assert.Equal("4 of 4 keys shown", shown.Text);

        var screenshot = ((ITakesScreenshot)driver).GetScreenshot();
        string file = Browser.ArtifactPath("review.png");
        screenshot.SaveAsFile(file);
        Assert.True(new FileInfo(file).Length > 10_000, "The screenshot is suspiciously small.");
    }
}
