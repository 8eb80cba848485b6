using System;
using System.IO;
using System.Linq;
using System.Text;
using PhraseCatalog.Tool.Tests.Infrastructure;

namespace PhraseCatalog.Tool.Tests;

/// <summary>phrasecatalog xliff export / import, run as the command line runs them (the library is tested in PhraseCatalog.Exchange.Tests).</summary>
public class XliffCommandTests
{
    private static void WriteCatalog(Workspace workspace)
    {
        workspace.Write("phrases/Support.zh-Hans.resx", Resx.FileWithComments(
            ("Greeting.Welcome", "您好，很高兴为您服务！", "First words of every call."),
            ("Hold.Wait", "请您稍等片刻。", null),
            ("Transfer.Department", "我马上帮您转到{department}。", null)));
        workspace.Write("phrases/Support.ko.resx", Resx.File(
            ("Greeting.Welcome", "안녕하십니까? 무엇을 도와드릴까요?"),
            ("Hold.Wait", "잠시만 기다려 주십시오."),
            ("Transfer.Department", "바로 {department|으로/로} 연결해 드리겠습니다.")));
    }

    [Theory]
    [InlineData("2.0", "urn:oasis:names:tc:xliff:document:2.0")]
    [InlineData("1.2", "urn:oasis:names:tc:xliff:document:1.2")]
    public void Export_writes_catalog_dot_target_xlf_and_importing_it_unchanged_exits_0_and_writes_nothing(string version, string ns)
    {
        using var workspace = new Workspace();
        WriteCatalog(workspace);
        byte[] before = File.ReadAllBytes(workspace.Path_("phrases/Support.ko.resx"));

        var export = workspace.Run("xliff", "export", "--target", "ko", "--version", version, "-o", "out");
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Equal(Path.Combine("out", "Support.ko.xlf") + ": 3 unit(s), 3 translated, 0 to translate", export.OutputLines.Single());
        Assert.Contains(ns, File.ReadAllText(workspace.Path_("out/Support.ko.xlf")), StringComparison.Ordinal);

        var import = workspace.Run("xliff", "import", "out/Support.ko.xlf");
        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        Assert.Equal(Path.Combine("out", "Support.ko.xlf") + " -> " + Path.Combine("phrases", "Support.ko.resx") + ": 0 accepted, 3 unchanged, 0 refused; nothing written", import.OutputLines.Single());
        Assert.Equal(before, File.ReadAllBytes(workspace.Path_("phrases/Support.ko.resx")));
    }

    [Fact]
    public void An_edited_translation_is_written_and_dry_run_only_reports_it()
    {
        using var workspace = new Workspace();
        WriteCatalog(workspace);
        Assert.Equal(0, workspace.Run("xliff", "export", "-t", "ko", "-o", "out").ExitCode);
        string xlf = workspace.Path_("out/Support.ko.xlf");
        File.WriteAllText(xlf, File.ReadAllText(xlf).Replace("잠시만 기다려 주십시오.", "잠시만 기다려 주시겠습니까?", StringComparison.Ordinal));
        byte[] before = File.ReadAllBytes(workspace.Path_("phrases/Support.ko.resx"));

        var dry = workspace.Run("xliff", "import", "out/Support.ko.xlf", "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("1 accepted, 2 unchanged, 0 refused; dry run, nothing written", dry.Output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(workspace.Path_("phrases/Support.ko.resx")));

        var real = workspace.Run("xliff", "import", "out/Support.ko.xlf");
        Assert.Equal(0, real.ExitCode);
        Assert.Contains("  accepted Hold.Wait", real.OutputLines);
        string expected = Encoding.UTF8.GetString(before).Replace("잠시만 기다려 주십시오.", "잠시만 기다려 주시겠습니까?", StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(workspace.Path_("phrases/Support.ko.resx")));
    }

    [Theory]
    [InlineData("spoken", false)]
    [InlineData("ui", true)]
    public void The_text_kind_decides_whether_the_gate_refuses_a_spoken_premise_warning(string kind, bool accepted)
    {
        // An app's menu label: "..." is ordinary UI text but PHR0013 for spoken agent text, which
        // --warnaserror makes a reason to refuse.
        using var workspace = new Workspace();
        workspace.Write("phrases/Menu.zh-Hans.resx", Resx.File(("File.Open", "打开文件")));
        workspace.Write("phrases/Menu.zh-Hant.resx", Resx.File(("File.Open", "開啟檔案")));
        Assert.Equal(0, workspace.Run("xliff", "export", "-t", "zh-Hant", "-o", "out", "--text-kind", kind).ExitCode);
        string xlf = workspace.Path_("out/Menu.zh-Hant.xlf");
        File.WriteAllText(xlf, File.ReadAllText(xlf).Replace("開啟檔案", "開啟檔案...", StringComparison.Ordinal));

        var result = workspace.Run("xliff", "import", "out/Menu.zh-Hant.xlf", "--warnaserror", "--dry-run", "--text-kind", kind);

        Assert.Equal(accepted ? 0 : 1, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.StartsWith(accepted ? "  accepted File.Open" : "  refused File.Open", StringComparison.Ordinal));
    }

    [Fact]
    public void A_refused_unit_exits_1_and_names_the_unit_and_the_reason()
    {
        using var workspace = new Workspace();
        WriteCatalog(workspace);
        Assert.Equal(0, workspace.Run("xliff", "export", "-t", "ko", "-o", "out").ExitCode);
        string xlf = workspace.Path_("out/Support.ko.xlf");
        File.WriteAllText(xlf, File.ReadAllText(xlf).Replace("잠시만 기다려 주십시오.", "{minutes}분만 기다려 주십시오.", StringComparison.Ordinal));
        byte[] before = File.ReadAllBytes(workspace.Path_("phrases/Support.ko.resx"));

        var result = workspace.Run("xliff", "import", "out/Support.ko.xlf", "--phrases", "phrases");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.OutputLines, l => l.StartsWith("  refused Hold.Wait", StringComparison.Ordinal));
        Assert.Contains("not in the source {minutes}", line, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(workspace.Path_("phrases/Support.ko.resx")));
    }

    [Fact]
    public void A_hostile_file_exits_2_with_one_error_line_and_no_stack_trace()
    {
        using var workspace = new Workspace();
        WriteCatalog(workspace);
        workspace.Write("in/Support.ko.xlf", "<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xliff version=\"1.2\">&x;</xliff>");

        var result = workspace.Run("xliff", "import", "in/Support.ko.xlf");

        Assert.Equal(2, result.ExitCode);
        string error = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("phrasecatalog: error: " + Path.Combine("in", "Support.ko.xlf") + ": it contains a DTD", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xliff", "export", "-o", "out")]
    [InlineData("xliff", "export", "-t", "ko", "-o", "out", "--version", "3.0")]
    [InlineData("xliff", "import")]
    [InlineData("xliff", "import", "none.xlf", "--phrases", "nowhere")]
    [InlineData("xliff", "export", "-t", "ko", "-o", "out", "missing-folder")]
    public void Bad_usage_exits_2(params string[] args)
    {
        using var workspace = new Workspace();
        WriteCatalog(workspace);
        var result = workspace.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("phrasecatalog: ", result.Error, StringComparison.Ordinal);
    }
}

public class XliffNeutralFileTests
{
    [Fact]
    public void A_neutral_source_file_needs_its_language_named_and_then_exports()
    {
        using var workspace = new Workspace();
        workspace.Write("phrases/Support.resx", Resx.File(("Hold.Wait", "请您稍等片刻。")));
        workspace.Write("phrases/Support.ko.resx", Resx.File(("Hold.Wait", "잠시만 기다려 주십시오.")));

        var unnamed = workspace.Run("xliff", "export", "-t", "ko", "-o", "out");
        Assert.Equal(2, unnamed.ExitCode);
        Assert.Contains("the source is the neutral file Support.resx, whose language is not known", unnamed.Error, StringComparison.Ordinal);

        var named = workspace.Run("xliff", "export", "-t", "ko", "-o", "out", "--neutral-language", "zh-Hans");
        Assert.True(named.ExitCode == 0, named.Error);
        Assert.Contains("srcLang=\"zh-Hans\" trgLang=\"ko\"", File.ReadAllText(workspace.Path_("out/Support.ko.xlf")), StringComparison.Ordinal);
        Assert.Equal(0, workspace.Run("xliff", "import", "out/Support.ko.xlf", "--neutral-language", "zh-Hans").ExitCode);

        var defaulted = workspace.Run("xliff", "export", "-t", "ko", "-o", "out2", "--default-culture", "zh-Hans");
        Assert.True(defaulted.ExitCode == 0, defaulted.Error);
    }
}
