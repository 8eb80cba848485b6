using System;
using System.ComponentModel;
using System.Globalization;

namespace PhraseCatalog
{
    /// <summary>
    /// An approved phrase ready to say: either a <see cref="Phrase"/> or a <see cref="PhraseTemplate"/>
    /// with its argument values. A value type, so binding arguments allocates nothing; only
    /// rendering a text allocates, and only the resulting string.
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

        /// <summary>The argument values (empty for a phrase without placeholders).</summary>
        public PhraseArgs Arguments => _args;

        /// <summary>The text for a culture name such as <c>zh-TW</c>.</summary>
        public string Text(string cultureName)
        {
            if (_template is not null) return _template.Renderer(_template.Cultures.Resolve(cultureName), in _args);
            return _phrase?.Text(cultureName) ?? string.Empty;
        }

        /// <summary>The text for a culture, resolved by its name.</summary>
        public string Text(CultureInfo culture) => Text(culture?.Name!);

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
