using System;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace PhraseCatalog
{
    /// <summary>
    /// An approved phrase without placeholders, with its text in every culture of its catalog.
    /// Generated catalogs expose each such phrase as a static property.
    /// </summary>
    /// <remarks>Reading a text allocates nothing: the texts are compiled in and only looked up.</remarks>
    public sealed class Phrase
    {
        private readonly string[] _texts;

        /// <summary>Creates a phrase. Generated code calls this; <paramref name="texts"/> holds one text per culture of <paramref name="cultures"/>, with fallbacks already filled in.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)] // called by generated catalogs, not by user code (PHR1008)
        public Phrase(string key, PhraseCultures cultures, string[] texts)
        {
            Key = key ?? throw new ArgumentNullException(nameof(key));
            Cultures = cultures ?? throw new ArgumentNullException(nameof(cultures));
            if (texts is null) throw new ArgumentNullException(nameof(texts));
            if (texts.Length != cultures.Count) throw new ArgumentException("There must be exactly one text per culture.", nameof(texts));
            for (int i = 0; i < texts.Length; i++)
            {
                if (texts[i] is null) throw new ArgumentException("A phrase text cannot be null.", nameof(texts));
            }

            _texts = texts;
        }

        /// <summary>
        /// Creates a phrase whose spoken form differs from its text: <paramref name="speech"/> holds, per
        /// culture, the text as written in the phrase file, with its <c>{pause:2s}</c> marks, which
        /// <see cref="ToSsml(string, SpeechProfile)"/> turns into breaks while <see cref="Text(string)"/> leaves them out.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)] // called by generated catalogs, not by user code (PHR1008)
        public Phrase(string key, PhraseCultures cultures, string[] texts, string[] speech)
            : this(key, cultures, texts)
        {
            if (speech is null) throw new ArgumentNullException(nameof(speech));
            if (speech.Length != texts.Length) throw new ArgumentException("There must be exactly one spoken text per culture.", nameof(speech));
            _speechTexts = speech;
        }

        private readonly string[]? _speechTexts;

        // Parsed lazily per culture; a race only parses the same text twice into equal arrays.
        private SpeechSegment[]?[]? _speech;

        /// <summary>The scenario key, e.g. <c>Greeting.InboundCall</c>.</summary>
        public string Key { get; }

        /// <summary>The cultures of the phrase's catalog.</summary>
        public PhraseCultures Cultures { get; }

        /// <summary>The text for a culture name such as <c>zh-TW</c>, resolved as <see cref="PhraseCultures"/> describes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public string Text(string cultureName) => _texts[Cultures.Resolve(cultureName)];

        /// <summary>The text for a culture, resolved by its name.</summary>
        public string Text(CultureInfo culture) => _texts[Cultures.Resolve(culture)];

        /// <summary>The text stored at a culture index of <see cref="Cultures"/>.</summary>
        public string TextAt(int cultureIndex) => _texts[cultureIndex];

        /// <summary>The phrase as a W3C SSML 1.0 document for a culture name (zh-Hans → <c>xml:lang="zh-CN"</c>, zh-TW → zh-TW, zh-HK/zh-MO → zh-HK, ko → ko-KR).</summary>
        public string ToSsml(string cultureName) => ToSsml(cultureName, SpeechProfile.W3C);

        /// <summary>The phrase as a W3C SSML 1.0 document for a culture.</summary>
        public string ToSsml(CultureInfo culture) => ToSsml(culture?.Name!, SpeechProfile.W3C);

        /// <summary>The phrase as SSML that the engine of <paramref name="profile"/> accepts.</summary>
        public string ToSsml(string cultureName, SpeechProfile profile)
        {
            if (profile is null) throw new ArgumentNullException(nameof(profile));
            int culture = Cultures.Resolve(cultureName);
            string language = SsmlWriter.LanguageOf(cultureName, Cultures.Names[culture]);
            var builder = SsmlWriter.Rent();
            SsmlWriter.Open(builder, profile, language);
            AppendSpeech(builder, culture, language, profile.MaxPauseMilliseconds);
            SsmlWriter.Close(builder, profile);
            return SsmlWriter.Return(builder);
        }

        /// <summary>The SSML body (text and breaks, no wrapper) for the culture at an index.</summary>
        internal void AppendSpeech(System.Text.StringBuilder builder, int culture, string language, int maxPause)
        {
            if (_speechTexts is null)
            {
                SsmlWriter.AppendEscaped(builder, _texts[culture]);
                return;
            }

            var cache = _speech ??= new SpeechSegment[]?[_texts.Length];
            var segments = cache[culture] ??= SpeechTemplate.Parse(_speechTexts[culture], Array.Empty<string>());
            SsmlWriter.AppendBody(builder, segments, default, language, maxPause);
        }

        /// <summary>The text in the current UI culture.</summary>
        public override string ToString() => _texts[Cultures.Resolve(CultureInfo.CurrentUICulture.Name)];

        /// <summary>The text in the current UI culture, so a phrase can go wherever a string is expected.</summary>
        public static implicit operator string(Phrase phrase) => phrase?.ToString()!;
    }
}
