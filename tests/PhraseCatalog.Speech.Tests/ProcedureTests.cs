using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PhraseCatalog.Standard;

namespace PhraseCatalog.Speech.Tests
{
    /// <summary>The standard catalog's timed prompt procedures, generated from its comment lines, as VoiceXML 2.1.</summary>
    public class ProcedureTests
    {
        private static readonly XNamespace Vxml = "http://www.w3.org/2001/vxml";

        private static readonly PhraseProcedure[] All =
        {
            CallCenter.Procedures.SilentLine, CallCenter.Procedures.CallerDoesNotHangUp, CallCenter.Procedures.TooQuiet, CallCenter.Procedures.TooNoisy,
        };

        [Fact]
        public void The_silent_line_procedure_is_the_seed_procedure()
        {
            var procedure = CallCenter.Procedures.SilentLine;
            Assert.Equal("SilentLine", procedure.Name);
            Assert.Equal(new[] { "SilentLine.FirstPrompt", "SilentLine.Repeat", "SilentLine.Close" }, procedure.Steps.Select(s => s.Phrase.Key));
            Assert.All(procedure.Steps, s => Assert.Equal(TimeSpan.FromSeconds(5), s.NoInputTimeout));
            Assert.Same(CallCenter.SilentLine.Close, procedure.Steps[2].Phrase);
        }

        [Fact]
        public void The_other_seed_procedures_have_their_steps()
        {
            Assert.Equal(new[] { "Closing.AnythingElse", "Closing.CallerSilent" }, CallCenter.Procedures.CallerDoesNotHangUp.Steps.Select(s => s.Phrase.Key));
            Assert.Equal(new[] { "CannotHear.LowVolume", "CannotHear.LowVolumeClose" }, CallCenter.Procedures.TooQuiet.Steps.Select(s => s.Phrase.Key));
            Assert.Equal(new[] { "CannotHear.NoisyLine" }, CallCenter.Procedures.TooNoisy.Steps.Select(s => s.Phrase.Key));
        }

        [Fact]
        public void VoiceXml_prompts_each_step_listens_and_hangs_up_after_the_last()
        {
            string vxml = CallCenter.Procedures.SilentLine.ToVoiceXml("zh-TW");
            var root = XDocument.Parse(vxml).Root!;
            Assert.Equal(Vxml + "vxml", root.Name);
            Assert.Equal("2.1", (string?)root.Attribute("version"));
            Assert.Equal("zh-TW", (string?)root.Attribute(XNamespace.Xml + "lang"));
            var field = root.Element(Vxml + "form")!.Element(Vxml + "field")!;
            var prompts = field.Elements(Vxml + "prompt").ToList();
            Assert.Equal(new[] { "1", "2", "3" }, prompts.Select(p => (string?)p.Attribute("count")));
            Assert.All(prompts, p => Assert.Equal("5s", (string?)p.Attribute("timeout")));
            Assert.Equal(CallCenter.SilentLine.FirstPrompt.Text("zh-TW"), prompts[0].Value);
            Assert.Equal(CallCenter.SilentLine.Close.Text("zh-TW"), prompts[2].Value);
            var last = field.Elements(Vxml + "noinput").Single(n => (string?)n.Attribute("count") == "3");
            Assert.NotNull(last.Element(Vxml + "disconnect"));
        }

        [Fact]
        public void The_silent_line_in_zh_TW_is_the_document_docs_speech_md_shows()
        {
            const string Expected = """
                <?xml version="1.0" encoding="UTF-8"?>
                <vxml version="2.1" xmlns="http://www.w3.org/2001/vxml" xml:lang="zh-TW">
                  <form id="SilentLine">
                    <field name="SilentLine_input">
                      <prompt count="1" timeout="5s">您好！請問有什麼可以幫您？</prompt>
                      <prompt count="2" timeout="5s">您好，這裡是客服中心，請問有什麼可以幫您？</prompt>
                      <prompt count="3" timeout="5s">對不起，您的電話沒有聲音，請您換一部電話再打來，好嗎？再見！</prompt>
                      <noinput><reprompt/></noinput>
                      <noinput count="3"><disconnect/></noinput>
                    </field>
                  </form>
                </vxml>

                """;
            Assert.Equal(Expected.Replace("\r\n", "\n", StringComparison.Ordinal), CallCenter.Procedures.SilentLine.ToVoiceXml("zh-TW"));
        }

        [Fact]
        public void Every_procedure_in_every_culture_is_valid_VoiceXml_2_1()
        {
            var engine = Espeak.Instance.Value;
            var files = All
                .SelectMany(p => new[] { "zh-Hans", "zh-TW", "zh-HK", "ko" }.Select(c => engine.Write("procedure-" + p.Name + "." + c + ".vxml", p.ToVoiceXml(c))))
                .ToList();
            var (exitCode, output) = engine.XmlLint(Path.Combine(Schemas.Directory, "voicexml21", "vxml.xsd"), files);
            Assert.True(exitCode == 0, output);
            Assert.Equal(files.Count, Regex.Matches(output, " validates").Count);
        }

        [Fact]
        public void Typed_phone_and_staff_numbers_of_the_standard_catalog_are_said_digit_by_digit()
        {
            string ssml = CallCenter.Request.Resolved(phoneNumber: "95588").ToSsml("zh-Hans");
            Assert.Contains("9 5 5 8 8", (string)XElement.Parse(ssml), StringComparison.Ordinal);
            Assert.Contains("95588", CallCenter.Request.Resolved(phoneNumber: "95588").Text("zh-Hans"), StringComparison.Ordinal);
        }
    }
}
