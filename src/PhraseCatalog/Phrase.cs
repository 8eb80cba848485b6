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

        /// <summary>The text in the current UI culture.</summary>
        public override string ToString() => _texts[Cultures.Resolve(CultureInfo.CurrentUICulture.Name)];

        /// <summary>The text in the current UI culture, so a phrase can go wherever a string is expected.</summary>
        public static implicit operator string(Phrase phrase) => phrase?.ToString()!;
    }
}
