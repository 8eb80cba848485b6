using System.IO;
using System.Linq;
using PhraseCatalog.Tool.Tests.Infrastructure;

namespace PhraseCatalog.Tool.Tests;

/// <summary><c>phrasecatalog lint</c> with the default text output: MSBuild's diagnostic lines, a summary, exit codes.</summary>
public class LintTextTests
{
    private static void WriteShop(Workspace ws, string koText)
    {
        ws.Write("phrases/Shop.zh-Hans.resx", Resx.File(("Greeting.Welcome", "您好，欢迎光临！"), ("Order.Ready", "{surname}先生/小姐，您的订单已备好。")));
        ws.Write("phrases/Shop.ko.resx", Resx.File(("Greeting.Welcome", "어서 오십시오."), ("Order.Ready", koText)));
    }

    [Fact]
    public void A_clean_catalog_exits_0_with_a_summary_and_no_finding_lines()
    {
        using var ws = new Workspace();
        WriteShop(ws, "{surname} 고객님, 주문하신 상품이 준비되었습니다.");
        var result = ws.Run("lint");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(new[] { "2 phrase files checked: 0 errors, 0 warnings, 0 info." }, result.OutputLines);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void An_error_is_printed_exactly_as_MSBuild_prints_a_diagnostic_and_exits_1()
    {
        using var ws = new Workspace();
        WriteShop(ws, "{name} 고객님, 주문하신 상품이 준비되었습니다.");
        var result = ws.Run("lint");
        Assert.Equal(1, result.ExitCode);
        string expected = "phrases" + Path.DirectorySeparatorChar + "Shop.ko.resx(" + Resx.Line(1) + "," + Resx.ValueColumn("Order.Ready") + "): error PHR0006: ";
        var line = Assert.Single(result.OutputLines, l => l.Contains(": error PHR0006: "));
        Assert.StartsWith(expected, line);
        Assert.Contains("{surname}", line);
        Assert.Contains("1 error", result.Output);
        Assert.Contains(result.OutputLines, l => l.Trim().StartsWith("PHR0006 error", System.StringComparison.Ordinal) && l.Contains("Placeholders differ between cultures"));
    }

    [Fact]
    public void Warnings_exit_0_but_1_with_warnaserror_where_they_print_as_errors()
    {
        using var ws = new Workspace();
        ws.Write("phrases/Shop.zh-Hans.resx", Resx.File(("Greeting.Welcome", "你好，欢迎光临！")));
        var relaxed = ws.Run("lint");
        Assert.Equal(0, relaxed.ExitCode);
        Assert.Contains(relaxed.OutputLines, l => l.Contains(": warning PHR0010: "));

        var strict = ws.Run("lint", "--warnaserror");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains(strict.OutputLines, l => l.Contains(": error PHR0010: "));
        Assert.DoesNotContain(strict.OutputLines, l => l.Contains(": warning "));
    }

    [Fact]
    public void A_globalconfig_above_the_files_sets_severities_as_the_build_does()
    {
        using var ws = new Workspace();
        ws.Write("phrases/Shop.zh-Hans.resx", Resx.File(("Greeting.Welcome", "你好，欢迎光临！")));
        ws.Write(".globalconfig", "is_global = true\n# a comment\ndotnet_diagnostic.PHR0010.severity = error\n");
        var result = ws.Run("lint");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.Contains(": error PHR0010: "));

        ws.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.PHR0010.severity = none\n");
        var hidden = ws.Run("lint");
        Assert.Equal(0, hidden.ExitCode);
        Assert.DoesNotContain("PHR0010", hidden.Output);
    }

    [Fact]
    public void Config_files_given_on_the_command_line_replace_discovery()
    {
        using var ws = new Workspace();
        ws.Write("phrases/Shop.zh-Hans.resx", Resx.File(("Greeting.Welcome", "你好，欢迎光临！")));
        ws.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.PHR0010.severity = none\n");
        ws.Write("ci/strict.globalconfig", "is_global = true\ndotnet_diagnostic.PHR0010.severity = error\n");
        var result = ws.Run("lint", "--config", "ci/strict.globalconfig");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.Contains(": error PHR0010: "));
    }

    [Fact]
    public void Two_configs_of_one_level_that_disagree_leave_the_default_and_say_so()
    {
        using var ws = new Workspace();
        ws.Write("team/phrases/Shop.zh-Hans.resx", Resx.File(("Greeting.Welcome", "你好，欢迎光临！")));
        ws.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.PHR0010.severity = none\n");
        ws.Write("team/.globalconfig", "is_global = true\ndotnet_diagnostic.PHR0010.severity = error\n");
        var result = ws.Run("lint", "team/phrases");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.StartsWith("note: PHR0010:", System.StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.Contains(": warning PHR0010: "));
    }

    [Fact]
    public void A_hostile_file_is_a_finding_at_its_line_not_a_crash()
    {
        using var ws = new Workspace();
        ws.Write("phrases/Shop.zh-Hans.resx", "<?xml version=\"1.0\"?>\n<!DOCTYPE root [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<root><data name=\"A.B\"><value>&x;</value></data></root>\n");
        ws.WriteBytes("phrases/Other.zh-Hans.resx", new byte[] { 0x3C, 0x72, 0x6F, 0x6F, 0x74, 0x3E, 0xFF, 0xFE, 0x0A });
        var result = ws.Run("lint");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.OutputLines.Count(l => l.Contains(": error PHR0001: ")));
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("lint", "--no-such-option")]
    [InlineData("lint", "missing-folder")]
    [InlineData("lint", "--format", "xml")]
    [InlineData("lint", "--config", "missing.globalconfig")]
    [InlineData("lint", "--text-kind", "UI-text")]
    [InlineData("report", "--text-kind", "label")]
    [InlineData("frobnicate")]
    public void Bad_usage_exits_2_with_a_clear_line_and_no_stack_trace(params string[] args)
    {
        using var ws = new Workspace();
        ws.Write("phrases/Shop.zh-Hans.resx", Resx.File(("Greeting.Welcome", "您好！")));
        var result = ws.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("phrasecatalog: ", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Without_paths_and_without_a_phrases_folder_the_message_says_what_to_do()
    {
        using var ws = new Workspace();
        var result = ws.Run("lint");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no 'phrases' folder", result.Error);
    }

    [Fact]
    public void Colour_only_when_asked_for_a_terminal()
    {
        using var ws = new Workspace();
        ws.Write("phrases/Shop.zh-Hans.resx", Resx.File(("Greeting.Welcome", "你好，欢迎光临！")));
        var plain = new StringWriter();
        Program.Run(new[] { "lint" }, plain, new StringWriter(), ws.Root, color: false);
        Assert.DoesNotContain("\u001b[", plain.ToString());
        var coloured = new StringWriter();
        Program.Run(new[] { "lint" }, coloured, new StringWriter(), ws.Root, color: true);
        Assert.Contains("\u001b[33mwarning\u001b[0m", coloured.ToString());
    }

    [Fact]
    public void Build_settings_are_options_cultures_split_on_semicolons_and_commas()
    {
        using var ws = new Workspace();
        ws.Write("phrases/Shop.zh-Hans.resx", Resx.File(("Greeting.Welcome", "您好！")));
        ws.Write("phrases/Shop.ko.resx", Resx.File(("Greeting.Welcome", "안녕하십니까?")));
        ws.Write("phrases/Shop.ja.resx", Resx.File(("Greeting.Welcome", "いらっしゃいませ。")));
        var declared = ws.Run("lint", "--cultures", "zh-Hans;ko", "--cultures", "zh-Hant");
        Assert.Single(declared.OutputLines, l => l.Contains("PHR0015") && l.Contains("Shop.ja.resx"));
        Assert.DoesNotContain(declared.OutputLines, l => l.Contains("PHR0015") && l.Contains("Shop.ko.resx"));
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("report")]
    public void Text_kind_ui_drops_the_spoken_premise_findings_as_the_build_property_does(string command)
    {
        using var ws = new Workspace();
        ws.Write("phrases/App.zh-Hans.resx", Resx.File(("Menu.Open", "打开..."), ("Label.Welcome", "欢迎你回来")));
        var spoken = ws.Run(command, "--text-kind", "spoken", "--output", "out.txt");
        var ui = ws.Run(command, "--text-kind", "ui", "--output", "out.txt");
        Assert.Equal(0, spoken.ExitCode);
        Assert.Equal(0, ui.ExitCode);
        Assert.Contains("2 warning(s)", spoken.Output);
        Assert.Contains("0 warning(s)", ui.Output);
    }

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--neutral-language", "en" }, false)]
    [InlineData(new[] { "--default-culture", "ko" }, false)]
    [InlineData(new[] { "--neutral-language", "zh-Hans" }, true)]
    [InlineData(new[] { "--default-culture", "zh-Hans" }, true)]
    public void Neutral_language_and_an_explicit_default_culture_decide_what_a_neutral_file_is_as_in_the_build(string[] settings, bool secondZhHansFile)
    {
        using var ws = new Workspace();
        // Without settings App.resx is the neutral file; NeutralLanguage or an explicit default culture
        // gives it that culture, and as zh-Hans it collides with App.zh-Hans.resx (PHR0001 at the second file).
        ws.Write("phrases/App.resx", Resx.File(("Menu.Open", "Open the customer record")));
        ws.Write("phrases/App.zh-Hans.resx", Resx.File(("Menu.Open", "打开客户记录")));

        var result = ws.Run(new[] { "lint" }.Concat(settings).ToArray());

        Assert.Equal(secondZhHansFile ? 1 : 0, result.ExitCode);
        Assert.Equal(secondZhHansFile, result.OutputLines.Any(l => l.Contains("App.zh-Hans.resx(1,1): error PHR0001: ") && l.Contains("second file for culture 'zh-Hans'")));
    }
}
