using System;
using System.Linq;
using System.Xml.Linq;
using PhraseCatalog.CompilerServices;

namespace PhraseCatalog.Speech.Tests
{
    /// <summary>ToSsml on hand-built phrases: the documents each profile writes, escaping, languages, pauses and spoken types.</summary>
    public class SsmlTests
    {
        private static readonly XNamespace Ssml = "http://www.w3.org/2001/10/synthesis";
        private static readonly PhraseCultures Cultures = new PhraseCultures(new[] { "zh-Hans", "zh-Hant", "ko" }, "zh-Hans");

        // What the generator would emit for these texts; the renderer is the Text() side.
        private static readonly PhraseTemplate Confirm = new PhraseTemplate(
            "Callback.Confirm",
            Cultures,
            new[]
            {
                "{surname}先生，工单号{ticket:digits}，我们{at:time}拨打{phone:phone}，费用{amount:money}元。{pause:2s}再见！",
                "{surname}先生，工單號{ticket:digits}，我們{at:time}撥打{phone:phone}，費用{amount:money}元。{pause:2s}再見！",
                "{surname} 고객님, 접수번호 {ticket:digits}, {at:time}에 {phone:phone|으로/로} 연락드리겠습니다. 요금은 {amount:money}원입니다. {pause:2s}안녕히 계십시오.",
            },
            new[] { "surname", "ticket", "at", "phone", "amount" },
            (int culture, in PhraseArgs a) => culture switch
            {
                1 => string.Concat(a.A0, "先生，工單號", a.A1, "，我們", a.A2, "撥打", a.A3, "，費用", a.Rest![0], "元。再見！"),
                2 => string.Concat(a.A0, " 고객님, 접수번호 ", a.A1, ", ", a.A2, "에 ", a.A3, KoreanParticles.Pick(a.A3, KoreanParticle.EuroRo), " 연락드리겠습니다. 요금은 ", a.Rest![0], "원입니다. 안녕히 계십시오."),
                _ => string.Concat(a.A0, "先生，工单号", a.A1, "，我们", a.A2, "拨打", a.A3, "，费用", a.Rest![0], "元。再见！"),
            });

        private static PhraseMessage ConfirmWith(string surname, string phone = "95588") =>
            Confirm.Bind(new PhraseArgs(surname, "1588", SpokenValues.FormatTime(new TimeSpan(14, 30, 0)), phone, new[] { SpokenValues.FormatMoney(1280.50m) }));

        private static readonly Phrase Hello = new Phrase("Greeting.Hello", Cultures, new[] { "您好！", "您好！", "안녕하세요!" });

        [Theory]
        [InlineData("zh-Hans", "zh-CN")]
        [InlineData("zh-CN", "zh-CN")]
        [InlineData("zh-Hant", "zh-TW")]
        [InlineData("zh-TW", "zh-TW")]
        [InlineData("zh-HK", "zh-HK")]
        [InlineData("zh-MO", "zh-HK")]
        [InlineData("zh-Hant-HK", "zh-HK")]
        [InlineData("ko", "ko-KR")]
        [InlineData("ko-KR", "ko-KR")]
        public void W3C_document_is_valid_and_names_the_spoken_language(string requested, string language)
        {
            string ssml = Hello.ToSsml(requested);
            Assert.Empty(Schemas.ValidateSsml(ssml));
            var speak = XDocument.Parse(ssml).Root!;
            Assert.Equal(Ssml + "speak", speak.Name);
            Assert.Equal("1.0", (string?)speak.Attribute("version"));
            Assert.Equal(language, (string?)speak.Attribute(XNamespace.Xml + "lang"));
        }

        [Fact]
        public void CultureInfo_overload_gives_the_same_document()
        {
            Assert.Equal(Hello.ToSsml("ko-KR"), Hello.ToSsml(System.Globalization.CultureInfo.GetCultureInfo("ko-KR")));
            Assert.Equal(ConfirmWith("王").ToSsml("zh-TW"), ConfirmWith("王").ToSsml(System.Globalization.CultureInfo.GetCultureInfo("zh-TW")));
        }

        [Fact]
        public void Whole_documents_per_profile()
        {
            Assert.Equal("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"zh-CN\">您好！</speak>", Hello.ToSsml("zh-Hans"));
            Assert.Equal("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"ko-KR\"><voice name=\"ko-KR-SunHiNeural\">안녕하세요!</voice></speak>", Hello.ToSsml("ko", SpeechProfile.Azure));
            Assert.Equal("<speak>您好！</speak>", Hello.ToSsml("zh-TW", SpeechProfile.Polly));
            Assert.Equal("您好！", Hello.ToSsml("zh-TW", SpeechProfile.Twilio));
        }

        [Fact]
        public void Azure_voice_is_configurable_per_language()
        {
            var profile = SpeechProfile.ForAzure(new[] { new System.Collections.Generic.KeyValuePair<string, string>("zh-TW", "zh-TW-YunJheNeural") });
            Assert.Contains("<voice name=\"zh-TW-YunJheNeural\">", Hello.ToSsml("zh-TW", profile), StringComparison.Ordinal);
            Assert.Contains("<voice name=\"zh-CN-XiaoxiaoNeural\">", Hello.ToSsml("zh-CN", profile), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("</s><break time=\"100s\"/>&\"'")]
        [InlineData("王\u0000\u0007\u001B\uFFFE\uD800")]
        [InlineData("]]><!-- <speak>")]
        public void Hostile_values_are_spoken_as_text(string surname)
        {
            foreach (var profile in new[] { SpeechProfile.W3C, SpeechProfile.Azure, SpeechProfile.Polly, SpeechProfile.Twilio })
            {
                foreach (var culture in new[] { "zh-Hans", "zh-TW", "zh-HK", "ko" })
                {
                    string ssml = ConfirmWith(surname, phone: surname).ToSsml(culture, profile);
                    // Twilio's body is a fragment: wrap it to parse it.
                    var root = XElement.Parse(profile.Engine == SpeechEngine.Twilio ? "<Say>" + ssml + "</Say>" : ssml);
                    // The only element is the template's own pause; the value made none.
                    Assert.Equal(new[] { "break" }, root.Descendants().Where(e => e.Name.LocalName != "voice").Select(e => e.Name.LocalName).ToArray());
                    Assert.Equal("2000ms", (string?)root.Descendants().Single(e => e.Name.LocalName == "break").Attribute("time"));
                    if (profile.Engine == SpeechEngine.W3C) Assert.Empty(Schemas.ValidateSsml(ssml));
                }
            }

            string text = (string)XElement.Parse(ConfirmWith("</s><break time=\"100s\"/>&\"'").ToSsml("zh-Hans"));
            Assert.StartsWith("</s><break time=\"100s\"/>&\"'先生", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Pause_is_a_break_in_whole_milliseconds_and_clamped_per_engine()
        {
            var pause = new Phrase("Hold.Pause", Cultures, new[] { "请稍等。再见", "請稍等。再見", "잠시만요. 안녕히" }, new[] { "请稍等。{pause:1.5s}再见", "請稍等。{pause:12s}再見", "잠시만요. {pause:500ms}안녕히" });
            Assert.Equal("请稍等。再见", pause.Text("zh-Hans"));
            Assert.Contains("请稍等。<break time=\"1500ms\"/>再见", pause.ToSsml("zh-Hans"), StringComparison.Ordinal);
            Assert.Contains("<break time=\"500ms\"/>", pause.ToSsml("ko"), StringComparison.Ordinal);
            Assert.Contains("<break time=\"12000ms\"/>", pause.ToSsml("zh-TW"), StringComparison.Ordinal);
            Assert.Contains("<break time=\"10000ms\"/>", pause.ToSsml("zh-TW", SpeechProfile.Polly), StringComparison.Ordinal);
            Assert.Contains("<break time=\"12000ms\"/>", pause.ToSsml("zh-TW", SpeechProfile.Azure), StringComparison.Ordinal);
        }

        [Fact]
        public void Spoken_types_read_as_written_in_text_and_as_said_in_ssml()
        {
            var message = ConfirmWith("王", phone: "0755-2839 1111");
            Assert.Equal("王先生，工单号1588，我们14:30拨打0755-2839 1111，费用1,280.50元。再见！", message.Text("zh-Hans"));

            Assert.Equal("王先生，工单号1 5 8 8，我们14点30分拨打0 7 5 5 2 8 3 9 幺 幺 幺 幺，费用1280.50元。再见！", (string)XElement.Parse(message.ToSsml("zh-Hans")));
            Assert.Equal("王先生，工單號1 5 8 8，我們14點30分撥打0 7 5 5 2 8 3 9 幺 幺 幺 幺，費用1280.50元。再見！", (string)XElement.Parse(message.ToSsml("zh-TW")));
            // Cantonese says 1 as 一 (jat1) in phone numbers too.
            Assert.Equal("王先生，工單號1 5 8 8，我們14點30分撥打0 7 5 5 2 8 3 9 1 1 1 1，費用1280.50元。再見！", (string)XElement.Parse(message.ToSsml("zh-HK")));
            Assert.Equal("王 고객님, 접수번호 1 5 8 8, 오후 두 시 30 분에 0 7 5 5 2 8 3 9 1 1 1 1로 연락드리겠습니다. 요금은 1280.50원입니다. 안녕히 계십시오.", (string)XElement.Parse(message.ToSsml("ko")));
        }

        [Fact]
        public void Letters_in_a_phone_number_are_spoken_as_characters()
        {
            string text = (string)XElement.Parse(ConfirmWith("王", phone: "1-800-FLOWERS").ToSsml("zh-Hans"));
            Assert.Contains("幺 8 0 0 F L O W E R S", text, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(0, 0, "zh-CN", "0点整")]
        [InlineData(9, 5, "zh-CN", "9点05分")]
        [InlineData(14, 0, "zh-TW", "14點整")]
        [InlineData(0, 15, "ko-KR", "오전 열두 시 15 분")]
        [InlineData(2, 0, "ko-KR", "오전 두 시")]
        [InlineData(12, 30, "ko-KR", "낮 열두 시 30 분")]
        [InlineData(23, 59, "ko-KR", "오후 열한 시 59 분")]
        public void Clock_times_per_language(int hours, int minutes, string language, string spoken)
        {
            var template = new PhraseTemplate("Callback.At", Cultures, new[] { "{at:time}", "{at:time}", "{at:time}" }, new[] { "at" }, (int c, in PhraseArgs a) => a.A0);
            var message = template.Bind(new PhraseArgs(SpokenValues.FormatTime(new TimeSpan(hours, minutes, 0))));
            Assert.Equal(spoken, (string)XElement.Parse(message.ToSsml(language)));
        }

        [Fact]
        public void Written_forms_are_invariant()
        {
            Assert.Equal("9:05", SpokenValues.FormatTime(new TimeSpan(9, 5, 0)));
            Assert.Equal("1,280.50", SpokenValues.FormatMoney(1280.5m));
            Assert.Equal("35", SpokenValues.FormatMoney(35m));
            Assert.Equal("1,000,000", SpokenValues.FormatMoney(1000000m));
            Assert.Throws<ArgumentOutOfRangeException>(() => SpokenValues.FormatTime(TimeSpan.FromHours(24)));
        }

        [Fact]
        public void Repeated_calls_reuse_the_buffer_and_give_equal_documents()
        {
            var message = ConfirmWith("李");
            string first = message.ToSsml("ko", SpeechProfile.Azure);
            for (int i = 0; i < 3; i++) Assert.Equal(first, message.ToSsml("ko", SpeechProfile.Azure));
        }

        [Fact]
        public void Default_message_has_nothing_to_say()
        {
            Assert.Throws<InvalidOperationException>(() => default(PhraseMessage).ToSsml("zh-Hans"));
        }
    }
}
