using System;
using System.Collections.Generic;

namespace PhraseCatalog
{
    /// <summary>The speech engine family a <see cref="SpeechProfile"/> writes for.</summary>
    public enum SpeechEngine
    {
        /// <summary>Portable W3C SSML 1.0, valid against the W3C schema.</summary>
        W3C = 0,

        /// <summary>Azure AI Speech: <c>&lt;voice&gt;</c> inside <c>&lt;speak&gt;</c> is required; pauses are clamped at 20 s.</summary>
        Azure = 1,

        /// <summary>Amazon Polly: a bare <c>&lt;speak&gt;</c> and only the tags Polly lists; pauses at most 10 s.</summary>
        Polly = 2,

        /// <summary>Twilio <c>&lt;Say&gt;</c>: SSML elements without the <c>&lt;speak&gt;</c> wrapper.</summary>
        Twilio = 3,
    }

    /// <summary>
    /// What SSML a speech engine accepts. No single SSML string works on every engine, so
    /// <see cref="Phrase.ToSsml(string, SpeechProfile)"/> writes for one profile at a time; every profile
    /// writes only text and <c>&lt;break&gt;</c> inside its wrapper, and spells digits out with spaces,
    /// which every engine reads digit by digit.
    /// </summary>
    public sealed class SpeechProfile
    {
        private static readonly Dictionary<string, string> DefaultAzureVoices = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["zh-CN"] = "zh-CN-XiaoxiaoNeural",
            ["zh-TW"] = "zh-TW-HsiaoChenNeural",
            ["zh-HK"] = "zh-HK-HiuMaanNeural",
            ["ko-KR"] = "ko-KR-SunHiNeural",
        };

        private readonly Dictionary<string, string>? _voices;

        private SpeechProfile(SpeechEngine engine, int maxPauseMilliseconds, Dictionary<string, string>? voices)
        {
            Engine = engine;
            MaxPauseMilliseconds = maxPauseMilliseconds;
            _voices = voices;
        }

        /// <summary>Portable SSML 1.0: <c>&lt;speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="…"&gt;</c>.</summary>
        public static SpeechProfile W3C { get; } = new SpeechProfile(SpeechEngine.W3C, int.MaxValue, null);

        /// <summary>Azure AI Speech with a neural voice per language (zh-CN Xiaoxiao, zh-TW HsiaoChen, zh-HK HiuMaan, ko-KR SunHi); see <see cref="ForAzure"/> to choose others.</summary>
        public static SpeechProfile Azure { get; } = new SpeechProfile(SpeechEngine.Azure, 20000, DefaultAzureVoices);

        /// <summary>Amazon Polly: <c>&lt;speak&gt;</c> without attributes (the voice and language are chosen in the API call), pauses at most 10 s.</summary>
        public static SpeechProfile Polly { get; } = new SpeechProfile(SpeechEngine.Polly, 10000, null);

        /// <summary>Twilio <c>&lt;Say&gt;</c>: the SSML body without <c>&lt;speak&gt;</c>, to go inside <c>&lt;Say&gt;</c>; pauses at most 10 s.</summary>
        public static SpeechProfile Twilio { get; } = new SpeechProfile(SpeechEngine.Twilio, 10000, null);

        /// <summary>An Azure profile with the given voice per SSML language (<c>zh-CN</c>, <c>zh-TW</c>, <c>zh-HK</c>, <c>ko-KR</c>); languages it leaves out keep the default voice.</summary>
        public static SpeechProfile ForAzure(IEnumerable<KeyValuePair<string, string>> voicesByLanguage)
        {
            if (voicesByLanguage is null) throw new ArgumentNullException(nameof(voicesByLanguage));
            var voices = new Dictionary<string, string>(DefaultAzureVoices, StringComparer.OrdinalIgnoreCase);
            foreach (var pair in voicesByLanguage)
            {
                if (string.IsNullOrEmpty(pair.Key) || string.IsNullOrEmpty(pair.Value)) throw new ArgumentException("A language and its voice name cannot be empty.", nameof(voicesByLanguage));
                voices[pair.Key] = pair.Value;
            }

            return new SpeechProfile(SpeechEngine.Azure, 20000, voices);
        }

        /// <summary>The engine family.</summary>
        public SpeechEngine Engine { get; }

        /// <summary>The longest pause the engine accepts; longer pauses are clamped to it.</summary>
        public int MaxPauseMilliseconds { get; }

        /// <summary>The voice for an SSML language such as <c>zh-TW</c>, or <see langword="null"/> when the profile names no voice.</summary>
        public string? VoiceFor(string language)
        {
            if (_voices is null || language is null) return null;
            return _voices.TryGetValue(language, out var voice) ? voice : null;
        }

        /// <inheritdoc />
        public override string ToString() => Engine.ToString();
    }
}
