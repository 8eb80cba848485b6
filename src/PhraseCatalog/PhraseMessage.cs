using System;
using System.ComponentModel;
using System.Globalization;
using PhraseCatalog.CompilerServices;

namespace PhraseCatalog
{
    /// <summary>
    /// An approved phrase ready to say: either a <see cref="Phrase"/> or a phrase with placeholders
    /// (a <see cref="PhraseTemplate"/>, which only generated code builds) with its argument values.
    /// A value type, so binding arguments allocates nothing; only rendering a text allocates, and
    /// only the resulting string.
    /// </summary>
    public readonly struct PhraseMessage : IEquatable<PhraseMessage>
    {
        private readonly Phrase? _phrase;
        private readonly PhraseTemplate? _template;
        private readonly PhraseArgs _args;

        /// <summary>Wraps a phrase without placeholders.</summary>
        public PhraseMessage(Phrase phrase)
        {
            _phrase = phrase ?? throw new ArgumentNullException(nameof(phrase));
            _template = null;
            _args = default;
        }

        /// <summary>Binds a template to its argument values.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)] // called by generated catalogs, not by user code (PHR1008)
        public PhraseMessage(PhraseTemplate template, in PhraseArgs args)
        {
            _phrase = null;
            _template = template ?? throw new ArgumentNullException(nameof(template));
            _args = args;
        }

        /// <summary>The scenario key, or an empty string for <see langword="default"/>.</summary>
        public string Key => _phrase?.Key ?? _template?.Key ?? string.Empty;

        /// <summary>The argument values (empty for a phrase without placeholders), as generated code formatted them.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)] // plumbing of generated catalogs (PhraseCatalog.CompilerServices)
        public PhraseArgs Arguments => _args;

        /// <summary>The text for a culture name such as <c>zh-TW</c>.</summary>
        public string Text(string cultureName)
        {
            if (_template is not null) return _template.Renderer(_template.Cultures.Resolve(cultureName), in _args);
            return _phrase?.Text(cultureName) ?? string.Empty;
        }

        /// <summary>The text for a culture, resolved by its name.</summary>
        public string Text(CultureInfo culture) => Text(culture?.Name!);

        /// <summary>The message as a W3C SSML 1.0 document for a culture name (zh-Hans → <c>xml:lang="zh-CN"</c>, zh-TW → zh-TW, zh-HK/zh-MO → zh-HK, ko → ko-KR).</summary>
        /// <remarks>Values are user data: they are escaped, never read as markup, and typed values (<c>phone</c>, <c>digits</c>, <c>time</c>, <c>money</c>) are written as they are said.</remarks>
        public string ToSsml(string cultureName) => ToSsml(cultureName, SpeechProfile.W3C);

        /// <summary>The message as a W3C SSML 1.0 document for a culture.</summary>
        public string ToSsml(CultureInfo culture) => ToSsml(culture?.Name!, SpeechProfile.W3C);

        /// <summary>The message as SSML that the engine of <paramref name="profile"/> accepts.</summary>
        public string ToSsml(string cultureName, SpeechProfile profile)
        {
            if (profile is null) throw new ArgumentNullException(nameof(profile));
            var cultures = _template?.Cultures ?? _phrase?.Cultures;
            if (cultures is null) throw new InvalidOperationException("A default PhraseMessage has no phrase to say.");
            int culture = cultures.Resolve(cultureName);
            string language = SsmlWriter.LanguageOf(cultureName, cultures.Names[culture]);
            var builder = SsmlWriter.Rent();
            SsmlWriter.Open(builder, profile, language);
            AppendSpeech(builder, culture, language, profile.MaxPauseMilliseconds);
            SsmlWriter.Close(builder, profile);
            return SsmlWriter.Return(builder);
        }

        internal void AppendSpeech(System.Text.StringBuilder builder, int culture, string language, int maxPause)
        {
            if (_template is not null) SsmlWriter.AppendBody(builder, _template.SpeechAt(culture), in _args, language, maxPause);
            else _phrase?.AppendSpeech(builder, culture, language, maxPause);
        }

        /// <summary>The text in the current UI culture.</summary>
        public override string ToString() => Text(CultureInfo.CurrentUICulture.Name);

        /// <summary>Same phrase and same argument values.</summary>
        public bool Equals(PhraseMessage other)
        {
            if (!ReferenceEquals(_phrase, other._phrase) || !ReferenceEquals(_template, other._template)) return false;
            if (_template is null) return true;
            for (int i = 0; i < _template.Placeholders.Count; i++)
            {
                if (!string.Equals(_args[i], other._args[i], StringComparison.Ordinal)) return false;
            }

            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is PhraseMessage other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            int hash = Key.GetHashCode();
            if (_template is not null)
            {
                for (int i = 0; i < _template.Placeholders.Count; i++) hash = unchecked(hash * 31 + _args[i].GetHashCode());
            }

            return hash;
        }

        /// <summary>Equality.</summary>
        public static bool operator ==(PhraseMessage left, PhraseMessage right) => left.Equals(right);

        /// <summary>Inequality.</summary>
        public static bool operator !=(PhraseMessage left, PhraseMessage right) => !left.Equals(right);

        /// <summary>A phrase without placeholders is a message too.</summary>
        public static implicit operator PhraseMessage(Phrase phrase) => new PhraseMessage(phrase);

        /// <summary>The text in the current UI culture.</summary>
        public static implicit operator string(PhraseMessage message) => message.ToString();
    }
}
