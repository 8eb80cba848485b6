using System.Linq;
using Microsoft.CodeAnalysis;
using PhraseCatalog.Generator.Tests.Infrastructure;
using static PhraseCatalog.Generator.Tests.Infrastructure.DiagnosticAssert;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Generator.Tests;

/// <summary>
/// Every phrase-file rule, reported through the generator as the compiler reports it: ID, severity,
/// and the exact line and column in the .resx, with the location's span on the offending text.
/// </summary>
public sealed class PhraseFileDiagnosticsTests
{
    private static string Lf(string text) => text.Replace("\r\n", "\n");

    private static PhraseFile File(string name, string content) => PhraseFile.Of(name, Lf(content));

    /// <summary>An unreadable file contributes nothing: at most an empty catalog class, never an entry of it.</summary>
    private static void AssertNoPhrases(GeneratorOutcome outcome)
    {
        foreach (var source in outcome.Sources)
        {
            Assert.DoesNotContain("Greeting", source.SourceText.ToString(), System.StringComparison.Ordinal);
        }
    }

    private static readonly PhraseFile GoodKo = PhraseFile.Of("CallCenter.ko.resx", ("Greeting.Hello", "안녕하세요"));

    // ---- PHR0001 ------------------------------------------------------------------------------

    [Fact]
    public void PHR0001_malformed_xml_is_reported_where_the_parser_stopped()
    {
        var file = File("CallCenter.zh-Hans.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Greeting.Hello" xml:space="preserve">
                <value>您好</valeu>
              </data>
            </root>
            """);

        var outcome = GeneratorHarness.Run(file);

        var d = Single(outcome, "PHR0001");
        int start = Located(d, "PHR0001", DiagnosticSeverity.Error, file, line: 4, column: 16, spanText: "");
        Assert.StartsWith("valeu>", file.Content.Substring(start), System.StringComparison.Ordinal);
        Assert.Contains("not well-formed XML", d.GetMessage(), System.StringComparison.Ordinal);
        AssertNoPhrases(outcome);
    }

    [Fact]
    public void PHR0001_a_DTD_is_refused_at_the_doctype()
    {
        var file = File("CallCenter.zh-Hans.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE root [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <root>
              <data name="Greeting.Hello" xml:space="preserve">
                <value>&secret;</value>
              </data>
            </root>
            """);

        var outcome = GeneratorHarness.Run(file);

        var d = Single(outcome, "PHR0001");
        Located(d, "PHR0001", DiagnosticSeverity.Error, file, line: 2, column: 1, spanText: "<!DOCTYPE");
        Assert.Contains("DTD", d.GetMessage(), System.StringComparison.Ordinal);
        AssertNoPhrases(outcome);
    }

    [Fact]
    public void PHR0001_a_root_element_that_is_not_root_is_reported_at_the_element()
    {
        var file = File("CallCenter.zh-Hans.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <phrases>
              <data name="Greeting.Hello"><value>您好</value></data>
            </phrases>
            """);

        var outcome = GeneratorHarness.Run(file);

        Located(Single(outcome, "PHR0001"), "PHR0001", DiagnosticSeverity.Error, file, line: 2, column: 1, spanText: "<phrases");
    }

    [Fact]
    public void PHR0001_a_file_over_the_size_cap_is_refused_at_its_start()
    {
        string filler = new string('x', 4 * 1024 * 1024);
        var file = PhraseFile.Of("CallCenter.zh-Hans.resx", Resx.Of(("Greeting.Hello", "您好"), ("Greeting.Big", filler)));

        var outcome = GeneratorHarness.Run(file);

        Located(Single(outcome, "PHR0001"), "PHR0001", DiagnosticSeverity.Error, file, line: 1, column: 1, spanText: "");
        AssertNoPhrases(outcome);
    }

    [Fact]
    public void PHR0001_a_second_file_for_the_same_culture_is_reported_at_its_start()
    {
        // No culture part is the default culture when the project sets it (zh-Hans), so these two files collide.
        var first = PhraseFile.Of("CallCenter.resx", ("Greeting.Hello", "您好"));
        var second = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Greeting.Hello", "你好"));

        var outcome = GeneratorHarness.Run(new[] { first, second }, new BuildProperties(DefaultCulture: "zh-Hans"));

        var d = Single(outcome, "PHR0001");
        Located(d, "PHR0001", DiagnosticSeverity.Error, second, line: 1, column: 1, spanText: "");
        Assert.Contains("CallCenter.resx", d.GetMessage(), System.StringComparison.Ordinal);
        Assert.Single(outcome.Sources);
    }

    // ---- PHR0002 ------------------------------------------------------------------------------

    [Fact]
    public void PHR0002_typed_mimetyped_and_file_reference_entries_are_reported_at_their_keys()
    {
        var file = File("CallCenter.zh-Hans.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Greeting.Hello" xml:space="preserve">
                <value>您好</value>
              </data>
              <data name="Logo.Image" type="System.Drawing.Bitmap, System.Drawing" mimetype="application/x-microsoft.net.object.bytearray.base64">
                <value>AAEAAAD/////AQAAAAAAAAAMAgAAAFFTeXN0ZW0u</value>
              </data>
              <data name="Logo.Blob" mimetype="application/x-microsoft.net.object.binary.base64">
                <value>AAEAAAD/////</value>
              </data>
              <data name="Logo.File" type="System.Resources.ResXFileRef, System.Windows.Forms">
                <value>..\..\secrets.txt;System.String, mscorlib</value>
              </data>
              <data name="Logo.Markup" xml:space="preserve">
                <value>a<b>bold</b>c</value>
              </data>
            </root>
            """);

        var outcome = GeneratorHarness.Run(file);

        OnlyIds(outcome, "PHR0002");
        var found = outcome.WithId("PHR0002");
        Assert.Equal(4, found.Count);
        // Skipped non-text entries are information; markup inside a text value is an error.
        Located(found[0], "PHR0002", DiagnosticSeverity.Info, file, line: 6, column: 15, spanText: "Logo.Image");
        Located(found[1], "PHR0002", DiagnosticSeverity.Info, file, line: 9, column: 15, spanText: "Logo.Blob");
        Located(found[2], "PHR0002", DiagnosticSeverity.Info, file, line: 12, column: 15, spanText: "Logo.File");
        Assert.Equal(DiagnosticSeverity.Error, found[3].Severity);
        Assert.Equal(DiagnosticSeverity.Info, found[3].DefaultSeverity);
        Assert.Equal(14, found[3].Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("file reference", found[2].GetMessage(), System.StringComparison.Ordinal);

        // The good entry still becomes a member; the refused ones never do.
        string source = outcome.Sources.Single().SourceText.ToString();
        Assert.Contains("Hello", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Logo", source, System.StringComparison.Ordinal);
        Assert.DoesNotContain("secrets", source, System.StringComparison.Ordinal);
    }

    // ---- PHR0003 ------------------------------------------------------------------------------

    [Fact]
    public void PHR0003_a_duplicate_key_is_reported_at_the_second_key()
    {
        var file = File("CallCenter.zh-Hans.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Greeting.Hello" xml:space="preserve">
                <value>您好</value>
              </data>
              <data name="Greeting.Bye" xml:space="preserve">
                <value>再见</value>
              </data>
              <data name="Greeting.Hello" xml:space="preserve">
                <value>你好</value>
              </data>
            </root>
            """);

        var outcome = GeneratorHarness.Run(file);

        OnlyIds(outcome, "PHR0003");
        var d = Single(outcome, "PHR0003");
        Located(d, "PHR0003", DiagnosticSeverity.Error, file, line: 9, column: 15, spanText: "Greeting.Hello");
        Assert.Contains("line 3", d.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void PHR0003_columns_are_the_same_with_CRLF_line_endings_and_tabs()
    {
        string content = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<root>\r\n\t<data name=\"A.B\"><value>x</value></data>\r\n\t<data name=\"A.B\"><value>y</value></data>\r\n</root>\r\n";
        var file = PhraseFile.Of("CallCenter.zh-Hans.resx", content);

        var outcome = GeneratorHarness.Run(file);

        Located(Single(outcome, "PHR0003"), "PHR0003", DiagnosticSeverity.Error, file, line: 4, column: 14, spanText: "A.B");
    }

    // ---- PHR0004 ------------------------------------------------------------------------------

    [Fact]
    public void PHR0004_keys_that_cannot_become_member_paths_are_reported_at_the_key()
    {
        var file = File("CallCenter.zh-Hans.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Cultures"><value>单段保留名</value></data>
              <data name="Greeting.2nd"><value>数字开头</value></data>
              <data name="Greeting.Hello World"><value>空格</value></data>
              <data name="Greeting.Hello-World"><value>连字符</value></data>
              <data name="Cultures.Hello"><value>保留名</value></data>
              <data name="Hold.Short"><value>请稍等</value></data>
              <data name="Hold.Short.Again"><value>冲突</value></data>
              <data><value>没有名字</value></data>
            </root>
            """);

        var outcome = GeneratorHarness.Run(file);

        // Greeting.2nd is mapped (Greeting._2nd), so it is no finding; 'Hello World' and 'Hello-World' both map to Hello_World.
        OnlyIds(outcome, "PHR0004");
        var found = outcome.WithId("PHR0004");
        Assert.Equal(5, found.Count);
        Located(found[0], "PHR0004", DiagnosticSeverity.Error, file, line: 3, column: 15, spanText: "Cultures");
        Located(found[1], "PHR0004", DiagnosticSeverity.Error, file, line: 6, column: 15, spanText: "Greeting.Hello-World");
        Located(found[2], "PHR0004", DiagnosticSeverity.Error, file, line: 7, column: 15, spanText: "Cultures.Hello");
        Located(found[3], "PHR0004", DiagnosticSeverity.Error, file, line: 9, column: 15, spanText: "Hold.Short.Again");
        Located(found[4], "PHR0004", DiagnosticSeverity.Error, file, line: 10, column: 3, spanText: "<data");
        Assert.Contains("'Greeting.Hello World'", found[1].GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("Hold.Short", found[3].GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("_2nd { get; }", outcome.Sources.Single().SourceText.ToString(), System.StringComparison.Ordinal);

        // Hold.Short came first and is kept.
        string source = outcome.Sources.Single().SourceText.ToString();
        Assert.Contains("Short { get; }", source, System.StringComparison.Ordinal);
    }

    [Fact]
    public void PHR0004_a_file_name_that_is_not_a_catalog_name_is_reported_at_the_file_start()
    {
        var file = PhraseFile.Of("Call-Center.zh-Hans.resx", ("Greeting.Hello", "您好"));

        var outcome = GeneratorHarness.Run(file);

        var d = Single(outcome, "PHR0004");
        Located(d, "PHR0004", DiagnosticSeverity.Error, file, line: 1, column: 1, spanText: "");
        Assert.Contains("Call-Center", d.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(outcome.Sources);
    }

    // ---- PHR0005 ------------------------------------------------------------------------------

    [Fact]
    public void PHR0005_a_key_missing_in_a_culture_is_a_warning_at_the_key_of_the_default_culture()
    {
        var hans = File("CallCenter.zh-Hans.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Greeting.Hello" xml:space="preserve">
                <value>您好</value>
              </data>
              <data name="Closing.Thanks" xml:space="preserve">
                <value>感谢您的来电</value>
              </data>
            </root>
            """);

        var outcome = GeneratorHarness.Run(hans, GoodKo);

        OnlyIds(outcome, "PHR0005");
        var d = Single(outcome, "PHR0005");
        Located(d, "PHR0005", DiagnosticSeverity.Warning, hans, line: 6, column: 15, spanText: "Closing.Thanks");
        Assert.Contains("CallCenter.ko.resx", d.GetMessage(), System.StringComparison.Ordinal);
    }

    // ---- PHR0006 ------------------------------------------------------------------------------

    [Fact]
    public void PHR0006_different_placeholders_are_reported_at_the_other_cultures_value()
    {
        var hans = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Greeting.Hello", "您好"), ("Address.Known", "{surname}先生，您好"));
        var ko = File("CallCenter.ko.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Greeting.Hello" xml:space="preserve">
                <value>안녕하세요</value>
              </data>
              <data name="Address.Known" xml:space="preserve">
                <value>{name} 고객님, 안녕하세요</value>
              </data>
            </root>
            """);

        var outcome = GeneratorHarness.Run(hans, ko);

        OnlyIds(outcome, "PHR0006");
        var d = Single(outcome, "PHR0006");
        Located(d, "PHR0006", DiagnosticSeverity.Error, ko, line: 7, column: 12, spanText: "{name} 고객님, 안녕하세요");
        Assert.Contains("{surname}", d.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("{name}", d.GetMessage(), System.StringComparison.Ordinal);
    }

    // ---- PHR0007 ------------------------------------------------------------------------------

    [Fact]
    public void PHR0007_malformed_placeholders_are_reported_at_the_brace_even_after_entities_and_line_breaks()
    {
        var file = File("CallCenter.zh-Hans.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Address.Unclosed" xml:space="preserve">
                <value>&#x201C;您好&#x201D;{surname先生</value>
              </data>
              <data name="Address.NoName" xml:space="preserve">
                <value>您好{:int}</value>
              </data>
              <data name="Address.BadType" xml:space="preserve">
                <value>第一行。
            等待{hours:integer}小时</value>
              </data>
              <data name="Address.Stray" xml:space="preserve">
                <value><![CDATA[A & B]]> }</value>
              </data>
            </root>
            """);

        var outcome = GeneratorHarness.Run(file);

        OnlyIds(outcome, "PHR0007");
        var found = outcome.WithId("PHR0007");
        Assert.Equal(4, found.Count);
        Located(found[0], "PHR0007", DiagnosticSeverity.Error, file, line: 4, column: 30, spanText: "{");
        Located(found[1], "PHR0007", DiagnosticSeverity.Error, file, line: 7, column: 14, spanText: "{:int}");
        Located(found[2], "PHR0007", DiagnosticSeverity.Error, file, line: 11, column: 3, spanText: "{hours:integer}");
        Located(found[3], "PHR0007", DiagnosticSeverity.Error, file, line: 14, column: 30, spanText: "}");
    }

    // ---- PHR0008 ------------------------------------------------------------------------------

    [Fact]
    public void PHR0008_an_empty_value_is_reported_where_the_text_belongs()
    {
        var file = File("CallCenter.zh-Hans.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Greeting.Hello" xml:space="preserve">
                <value>您好</value>
              </data>
              <data name="Greeting.Empty" xml:space="preserve">
                <value></value>
              </data>
            </root>
            """);

        var outcome = GeneratorHarness.Run(file);

        OnlyIds(outcome, "PHR0008");
        int start = Located(Single(outcome, "PHR0008"), "PHR0008", DiagnosticSeverity.Error, file, line: 7, column: 12, spanText: "");
        Assert.StartsWith("</value>", file.Content.Substring(start), System.StringComparison.Ordinal);
    }

    // ---- PHR0018 ------------------------------------------------------------------------------

    [Fact]
    public void PHR0018_an_unknown_Instead_key_is_a_warning_at_the_forbidden_key()
    {
        var approved = PhraseFile.Of("CallCenter.zh-Hans.resx", ("Greeting.Hello", "您好"));
        var forbidden = File("CallCenter.Forbidden.zh-Hans.resx", """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Banned.Wei" xml:space="preserve">
                <value>喂，说话呀！</value>
                <comment>Rude.
            Instead: Greeting.Hello</comment>
              </data>
              <data name="Banned.DontKnow" xml:space="preserve">
                <value>不知道</value>
                <comment>Instead: Greeting.Hello, Greeting.Missing</comment>
              </data>
            </root>
            """);

        var outcome = GeneratorHarness.Run(approved, forbidden);

        OnlyIds(outcome, "PHR0018");
        var d = Single(outcome, "PHR0018");
        Located(d, "PHR0018", DiagnosticSeverity.Warning, forbidden, line: 8, column: 15, spanText: "Banned.DontKnow");
        Assert.Contains("Greeting.Missing", d.GetMessage(), System.StringComparison.Ordinal);
    }

    // ---- every rule is covered ----------------------------------------------------------------

    [Fact]
    public void Every_phrase_file_rule_has_a_test_here()
    {
        // Any test class of this assembly counts, so each quality rule can keep its tests in a file of its own.
        var tested = typeof(PhraseFileDiagnosticsTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttributes(typeof(FactAttribute), inherit: true).Length > 0)
            .Select(m => m.Name)
            .Where(n => n.StartsWith("PHR", System.StringComparison.Ordinal))
            .Select(n => n.Substring(0, 7))
            .ToHashSet();
        var ids = PhraseCatalog.Core.Problems.PhraseRules.All.Select(r => r.Id).ToList();
        Assert.All(ids, id => Assert.Contains(id, tested));
    }

    // ---- bad entries never take the good ones away --------------------------------------------

    [Fact]
    public void A_catalog_with_bad_entries_still_generates_and_runs_the_good_ones()
    {
        var hans = PhraseFile.Of(
            "CallCenter.zh-Hans.resx",
            ("Greeting.Hello", "您好"),
            ("Greeting.Hello.Again", "冲突键"),
            ("Address.Known", "{surname}先生，您好"),
            ("Address.Broken", "{surname先生"),
            ("Closing.Empty", ""),
            ("Closing.Thanks", "感谢您的来电"));
        var ko = PhraseFile.Of(
            "CallCenter.ko.resx",
            ("Greeting.Hello", "안녕하세요"),
            ("Address.Known", "{name} 고객님"),
            ("Closing.Thanks", "감사합니다"));

        var outcome = GeneratorHarness.Run(
            new[] { hans, ko },
            sources: """
                using Contoso.App;
                internal static class Program
                {
                    public static string Run() => string.Join("|",
                        CallCenter.Greeting.Hello.Text("ko"),
                        CallCenter.Closing.Thanks.Text("zh-Hans"),
                        CallCenter.Address.Known("王").Text("zh-Hans"),
                        CallCenter.Address.Known("王").Text("ko"));
                }
                """);

        Assert.Equal(["PHR0004", "PHR0006", "PHR0007", "PHR0008"], outcome.Diagnostics.Select(d => d.Id).Distinct().Order());

        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        // The ko text of Address.Known has the wrong placeholders, so it falls back to zh-Hans.
        Assert.Equal("안녕하세요|感谢您的来电|王先生，您好|王先生，您好", assembly.Run());
        var catalog = assembly.Assembly.GetType("Contoso.App.CallCenter")!;
        Assert.Null(catalog.GetNestedType("Greeting")!.GetMethod("Broken"));
        Assert.Null(catalog.GetNestedType("Address")!.GetMethod("Broken"));
        Assert.Null(catalog.GetNestedType("Closing")!.GetProperty("Empty"));
    }
}
