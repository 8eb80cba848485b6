using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PhraseCatalog.CompilerServices;

namespace PhraseCatalog.Speech.Tests
{
    /// <summary>Synthesizes every phrase once for the whole class: schema checks and speech checks read the same files.</summary>
    public sealed class CatalogSpeechFixture
    {
        public CatalogSpeechFixture()
        {
            var engine = Espeak.Instance.Value;
            var files = new List<(string SsmlPath, string Voice)>();
            foreach (var message in StandardCatalog.All.Value)
            {
                foreach (var culture in StandardCatalog.SpokenCultures)
                {
                    string ssml = message.ToSsml(culture);
                    string path = engine.Write(StandardCatalog.FileName(message, culture) + ".ssml", ssml);
                    Documents[path] = ssml;
                    files.Add((path, Espeak.VoiceFor(StandardCatalog.Language(culture))));
                }
            }

            Rms = engine.SynthesizeAll(files);
        }

        public Dictionary<string, string> Documents { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, double> Rms { get; }
    }

    /// <summary>The standard catalog said by a real engine (espeak-ng), checked with sox and xmllint.</summary>
    public class EngineTests : IClassFixture<CatalogSpeechFixture>
    {
        // espeak-ng's speech sits around -20 dB RMS; a silent file is -inf (or below -80 with dither).
        private const double SilenceDb = -50;

        private readonly CatalogSpeechFixture _fixture;

        public EngineTests(CatalogSpeechFixture fixture) => _fixture = fixture;

        [Fact]
        public void The_catalog_is_large_enough_to_mean_something()
        {
            Assert.True(StandardCatalog.All.Value.Count >= 100, "phrases: " + StandardCatalog.All.Value.Count);
            Assert.Equal(StandardCatalog.All.Value.Count * StandardCatalog.SpokenCultures.Length, _fixture.Documents.Count);
        }

        [Fact]
        public void Every_phrase_in_every_culture_is_valid_SSML_for_dotnet_and_xmllint()
        {
            var invalid = _fixture.Documents
                .Select(d => (d.Key, Errors: Schemas.ValidateSsml(d.Value)))
                .Where(d => d.Errors.Count > 0)
                .Select(d => Path.GetFileName(d.Key) + ": " + string.Join("; ", d.Errors))
                .ToList();
            Assert.Empty(invalid);

            var (exitCode, output) = Espeak.Instance.Value.XmlLint(Path.Combine(Schemas.Directory, "ssml", "synthesis.xsd"), _fixture.Documents.Keys);
            Assert.True(exitCode == 0, output);
            Assert.Equal(_fixture.Documents.Count, Regex.Matches(output, " validates").Count);
        }

        [Fact]
        public void Every_phrase_in_every_culture_synthesizes_to_speech()
        {
            var silent = _fixture.Documents.Keys
                .Where(path => !_fixture.Rms.TryGetValue(path, out double rms) || rms < SilenceDb)
                .Select(path => Path.GetFileName(path) + " " + (_fixture.Rms.TryGetValue(path, out double rms) ? rms.ToString(System.Globalization.CultureInfo.InvariantCulture) : "not synthesized"))
                .ToList();
            Assert.Empty(silent);
        }

        [Theory]
        [InlineData("zh-Hans", "您好。{pause:5s}再见。")]
        [InlineData("zh-TW", "您好。{pause:5s}再見。")]
        [InlineData("zh-HK", "您好。{pause:5s}再見。")]
        [InlineData("ko", "안녕하세요. {pause:5s}안녕히 계십시오.")]
        public void A_five_second_pause_is_five_seconds_of_silence(string culture, string text)
        {
            string catalogCulture = culture == "ko" ? "ko" : culture == "zh-Hans" ? "zh-Hans" : "zh-Hant";
            var phrase = new Phrase("Test.Pause", new PhraseCultures(new[] { catalogCulture }, catalogCulture), new[] { "unused" }, new[] { text });
            string ssml = phrase.ToSsml(culture);
            Assert.Contains("<break time=\"5000ms\"/>", ssml, StringComparison.Ordinal);
            var engine = Espeak.Instance.Value;
            string wav = engine.Synthesize(ssml, StandardCatalog.Language(culture), "pause-" + culture);

            Assert.True(engine.RmsDb(wav) > SilenceDb);
            double silence = Wav.LongestSilenceSeconds(wav);
            Assert.InRange(silence, 4.7, 5.3);
        }

        [Theory]
        [InlineData("zh-Hans", "95588", 5)]
        [InlineData("zh-TW", "0800-211-511", 10)]
        [InlineData("zh-HK", "2833 1111", 8)]
        [InlineData("ko", "1588-1600", 8)]
        public void A_phone_number_is_read_one_syllable_per_digit(string culture, string number, int digits)
        {
            string catalogCulture = culture == "ko" ? "ko" : culture == "zh-Hans" ? "zh-Hans" : "zh-Hant";
            var template = new PhraseTemplate("Test.Phone", new PhraseCultures(new[] { catalogCulture }, catalogCulture), new[] { "{phone:phone}" }, new[] { "phone" }, (int c, in PhraseArgs a) => a.A0);
            string ssml = template.Bind(new PhraseArgs(number)).ToSsml(culture);
            string ipa = Espeak.Instance.Value.Ipa(ssml, StandardCatalog.Language(culture), "phone-" + culture);

            // Each digit is one syllable, and espeak-ng writes each word of its IPA apart: one word per digit.
            var words = ipa.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            Assert.True(words.Length == digits, culture + ": " + ipa);

            // Unspaced, the same number is read as one large number: more syllables, fewer words.
            var plain = new Phrase("Test.Plain", new PhraseCultures(new[] { catalogCulture }, catalogCulture), new[] { number.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal) });
            string plainIpa = Espeak.Instance.Value.Ipa(plain.ToSsml(culture), StandardCatalog.Language(culture), "plain-" + culture);
            Assert.NotEqual(digits, plainIpa.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        }

        [Fact]
        public void Mandarin_phone_numbers_say_1_as_yao()
        {
            var template = new PhraseTemplate("Test.Phone", new PhraseCultures(new[] { "zh-Hans" }, "zh-Hans"), new[] { "{phone:phone}" }, new[] { "phone" }, (int c, in PhraseArgs a) => a.A0);
            string ipa = Espeak.Instance.Value.Ipa(template.Bind(new PhraseArgs("110")).ToSsml("zh-Hans"), "zh-CN", "yao");
            // 幺 is jɑu, 一 would be ji.
            Assert.Equal(2, Regex.Matches(ipa, "jˈɑu").Count);
        }

        [Fact]
        public void Korean_clock_hours_are_native_numbers()
        {
            var template = new PhraseTemplate("Test.Time", new PhraseCultures(new[] { "ko" }, "ko"), new[] { "{at:time}에 전화드리겠습니다." }, new[] { "at" }, (int c, in PhraseArgs a) => a.A0);
            string ssml = template.Bind(new PhraseArgs(SpokenValues.FormatTime(new TimeSpan(14, 0, 0)))).ToSsml("ko");
            Assert.Contains("오후 두 시에", (string)XElement.Parse(ssml), StringComparison.Ordinal);
            string ipa = Espeak.Instance.Value.Ipa(ssml, "ko-KR", "time-ko");
            Assert.Contains("dˈu", ipa, StringComparison.Ordinal);
        }
    }
}
