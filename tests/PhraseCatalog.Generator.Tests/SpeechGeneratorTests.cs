using System;
using Microsoft.CodeAnalysis;
using PhraseCatalog.Generator.Tests.Infrastructure;
using static PhraseCatalog.Generator.Tests.Infrastructure.DiagnosticAssert;

namespace PhraseCatalog.Generator.Tests;

/// <summary>Issue 12 in the generator: pauses, spoken placeholder types and timed prompt procedures.</summary>
public sealed class SpeechGeneratorTests
{
    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Pauses_leave_Text_clean_and_become_breaks_in_SSML()
    {
        var outcome = GeneratorHarness.Run(
            [
                PhraseFile.Of("CallCenter.zh-Hans.resx", ("Hold.Back", "请稍等。{pause:1.5s}我马上回来。"), ("Hold.Name", "{surname}先生，{pause:500ms}请稍等。")),
                PhraseFile.Of("CallCenter.ko.resx", ("Hold.Back", "잠시만요. {pause:2s} 곧 돌아오겠습니다. {pause:1s}"), ("Hold.Name", "{surname} 고객님, {pause:500ms}잠시만요.")),
            ],
            sources: """
            using Contoso.App;

            internal static class Program
            {
                public static string Run() => string.Join("|", new string[]
                {
                    CallCenter.Hold.Back.Text("zh-Hans"),
                    CallCenter.Hold.Back.Text("ko"),
                    CallCenter.Hold.Name("王").Text("zh-Hans"),
                    CallCenter.Hold.Name("김").Text("ko"),
                    CallCenter.Hold.Back.ToSsml("zh-Hans", global::PhraseCatalog.SpeechProfile.Twilio),
                    CallCenter.Hold.Back.ToSsml("ko", global::PhraseCatalog.SpeechProfile.Twilio),
                    CallCenter.Hold.Name("王").ToSsml("zh-Hans", global::PhraseCatalog.SpeechProfile.Twilio),
                });
            }
            """);

        outcome.AssertNoDiagnostics();
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        Assert.Equal(
            "请稍等。我马上回来。|잠시만요. 곧 돌아오겠습니다.|王先生，请稍等。|김 고객님, 잠시만요."
            + "|请稍等。<break time=\"1500ms\"/>我马上回来。|잠시만요. <break time=\"2000ms\"/> 곧 돌아오겠습니다. <break time=\"1000ms\"/>|王先生，<break time=\"500ms\"/>请稍等。",
            assembly.Run());
    }

    [Fact]
    public void Spoken_types_get_their_parameter_types_and_written_forms()
    {
        var outcome = GeneratorHarness.Run(
            [
                PhraseFile.Of("CallCenter.zh-Hans.resx", ("Callback.At", "我们{at:time}拨打{phone:phone}，工单{ticket:digits}，费用{amount:money}元。")),
            ],
            sources: """
            using Contoso.App;

            internal static class Program
            {
                public static string Run()
                {
                    var message = CallCenter.Callback.At(at: new System.TimeSpan(14, 30, 0), phone: "95588", ticket: "1024", amount: 1280.5m);
                    return message.Text("zh-Hans") + "|" + message.ToSsml("zh-Hans", global::PhraseCatalog.SpeechProfile.Twilio);
                }
            }
            """);

        outcome.AssertNoDiagnostics();
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        Assert.Equal("我们14:30拨打95588，工单1024，费用1,280.50元。|我们14点30分拨打9 5 5 8 8，工单1 0 2 4，费用1280.50元。", assembly.Run());
    }

    [Fact]
    public void Procedures_are_generated_from_comment_lines()
    {
        var file = PhraseFile.Of("CallCenter.zh-Hans.resx", Lf("""
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="SilentLine.First" xml:space="preserve">
                <value>您好！</value>
                <comment>Prompt once.
            Procedure SilentLine: no input after 5s: SilentLine.Close</comment>
              </data>
              <data name="SilentLine.Close" xml:space="preserve">
                <value>再见！</value>
                <comment>procedure SilentLine: No input after 2500ms: hang up.</comment>
              </data>
            </root>
            """));
        var outcome = GeneratorHarness.Run([file], sources: """
            using Contoso.App;

            internal static class Program
            {
                public static string Run()
                {
                    var p = CallCenter.Procedures.SilentLine;
                    return p.Name + ":" + p.Steps[0].Phrase.Key + "@" + p.Steps[0].NoInputTimeout.TotalMilliseconds + "," + p.Steps[1].Phrase.Key + "@" + p.Steps[1].NoInputTimeout.TotalMilliseconds;
                }
            }
            """);

        outcome.AssertNoDiagnostics();
        using var assembly = CompiledAssembly.Load(outcome.OutputCompilation);
        Assert.Equal("SilentLine:SilentLine.First@5000,SilentLine.Close@2500", assembly.Run());
    }

    // ---- PHR0019 ------------------------------------------------------------------------------

    [Theory]
    [InlineData("{pause:2}", "has no unit; write 2s or 2ms")]
    [InlineData("{pause:12s}", "longer than 10 s")]
    [InlineData("{pause:soon}", "is not a length")]
    [InlineData("{pause:0s}", "is empty")]
    [InlineData("{pause:999999999s}", "longer than 10 s")]
    public void PHR0019_a_bad_pause_is_an_error_on_the_pause(string pause, string message)
    {
        var file = PhraseFile.Of("CallCenter.zh-Hans.resx", Lf("""
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="Hold.Back" xml:space="preserve">
                <value>请稍等。PAUSE我马上回来。</value>
              </data>
            </root>
            """).Replace("PAUSE", pause, StringComparison.Ordinal));

        var outcome = GeneratorHarness.Run(file);

        OnlyIds(outcome, "PHR0019");
        var d = Single(outcome, "PHR0019");
        Located(d, "PHR0019", DiagnosticSeverity.Error, file, line: 4, column: 16, spanText: pause);
        Assert.Contains(message, d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void PHR0019_ten_seconds_is_still_a_pause()
    {
        var outcome = GeneratorHarness.Run(PhraseFile.Of("CallCenter.zh-Hans.resx", ("Hold.Back", "请稍等。{pause:10s}我马上回来。")));
        outcome.AssertNoDiagnostics();
    }

    // ---- PHR0020 ------------------------------------------------------------------------------

    private static PhraseFile Procedure(string firstLine, string secondLine) => PhraseFile.Of("CallCenter.zh-Hans.resx", Lf("""
        <?xml version="1.0" encoding="utf-8"?>
        <root>
          <data name="SilentLine.First" xml:space="preserve">
            <value>您好！</value>
            <comment>FIRST</comment>
          </data>
          <data name="SilentLine.Close" xml:space="preserve">
            <value>再见！</value>
            <comment>SECOND</comment>
          </data>
        </root>
        """).Replace("FIRST", firstLine, StringComparison.Ordinal).Replace("SECOND", secondLine, StringComparison.Ordinal));

    [Theory]
    [InlineData("Procedure SilentLine: no input after 5s: SilentLine.Missing", "which is not a phrase key of this catalog")]
    [InlineData("Procedure SilentLine: no input after 5: SilentLine.Close", "has the timeout '5', which has no unit; write 5s or 5ms")]
    [InlineData("Procedure SilentLine: wait 5s then SilentLine.Close", "is not of the form")]
    public void PHR0020_a_bad_step_is_an_error_at_its_line_in_the_comment(string firstLine, string message)
    {
        var file = Procedure(firstLine, "Procedure SilentLine: no input after 5s: hang up");

        var outcome = GeneratorHarness.Run(file);

        OnlyIds(outcome, "PHR0020");
        var d = Single(outcome, "PHR0020");
        Located(d, "PHR0020", DiagnosticSeverity.Error, file, line: 5, column: 14, spanText: firstLine);
        Assert.Contains(message, d.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("class Procedures", outcome.Source("Contoso.App.CallCenter.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void PHR0020_a_cycle_without_an_end_is_an_error()
    {
        var file = Procedure("Procedure SilentLine: no input after 5s: SilentLine.Close", "Procedure SilentLine: no input after 5s: SilentLine.First");

        var outcome = GeneratorHarness.Run(file);

        OnlyIds(outcome, "PHR0020");
        var d = Single(outcome, "PHR0020");
        Assert.Contains("never ends", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("SilentLine.Close → SilentLine.First → SilentLine.Close", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void PHR0020_a_step_naming_a_phrase_outside_the_procedure_is_an_error()
    {
        var file = Procedure("Procedure SilentLine: no input after 5s: SilentLine.Close", "Just say goodbye.");

        var outcome = GeneratorHarness.Run(file);

        var d = Single(outcome, "PHR0020");
        Assert.Contains("has no 'Procedure SilentLine: no input after …' line", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void PHR0020_points_at_the_procedure_line_of_a_longer_comment_with_entities()
    {
        // The translator's note comes first; the entity and the indent must not shift the column.
        const string Line = "Procedure SilentLine: no input after 5 s: hang up";
        var file = Procedure("Said when the line is silent &amp; the caller waits.\n      " + Line, "Procedure SilentLine: no input after 5s: hang up");

        var outcome = GeneratorHarness.Run(file);

        var d = Single(outcome, "PHR0020");
        Located(d, "PHR0020", DiagnosticSeverity.Error, file, line: 6, column: 7, spanText: Line);
    }
}
