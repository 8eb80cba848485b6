using System;
using System.ComponentModel;
using System.Collections.Generic;

namespace PhraseCatalog.CompilerServices
{
    /// <summary>
    /// An approved phrase with named placeholders. Generated catalogs expose it through a static
    /// method whose parameters are the placeholders; the method returns a <see cref="PhraseMessage"/>.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)] // called by generated catalogs, not by user code (PHR1008)
    public sealed class PhraseTemplate
    {
        private readonly string[] _templates;
        private readonly string[] _placeholders;

        /// <summary>Creates a template. Generated code calls this once per phrase.</summary>
        /// <param name="key">The scenario key.</param>
        /// <param name="cultures">The catalog's cultures.</param>
        /// <param name="templates">The template text per culture, as written in the phrase files (for display and review).</param>
        /// <param name="placeholders">The placeholder names, in parameter order.</param>
        /// <param name="renderer">The generated renderer.</param>
        public PhraseTemplate(string key, PhraseCultures cultures, string[] templates, string[] placeholders, PhraseRenderer renderer)
        {
            Key = key ?? throw new ArgumentNullException(nameof(key));
            Cultures = cultures ?? throw new ArgumentNullException(nameof(cultures));
            _templates = templates ?? throw new ArgumentNullException(nameof(templates));
            if (templates.Length != cultures.Count) throw new ArgumentException("There must be exactly one template per culture.", nameof(templates));
            _placeholders = placeholders ?? throw new ArgumentNullException(nameof(placeholders));
            Renderer = renderer ?? throw new ArgumentNullException(nameof(renderer));
        }

        /// <summary>The scenario key, e.g. <c>Greeting.KnownCustomer</c>.</summary>
        public string Key { get; }

        /// <summary>The cultures of the phrase's catalog.</summary>
        public PhraseCultures Cultures { get; }

        /// <summary>The placeholder names, in parameter order.</summary>
        public IReadOnlyList<string> Placeholders => _placeholders;

        /// <summary>The generated renderer.</summary>
        public PhraseRenderer Renderer { get; }

        /// <summary>The template text (with <c>{placeholders}</c>) for a culture name.</summary>
        public string Template(string cultureName) => _templates[Cultures.Resolve(cultureName)];

        // Parsed lazily per culture from the template text; a race only parses the same text twice.
        private SpeechSegment[]?[]? _speech;

        /// <summary>The speech segments of the culture at an index: a small scan of the template text, done once and cached.</summary>
        internal SpeechSegment[] SpeechAt(int culture)
        {
            var cache = _speech ??= new SpeechSegment[]?[_templates.Length];
            return cache[culture] ??= SpeechTemplate.Parse(_templates[culture], _placeholders);
        }

        /// <summary>The template text stored at a culture index of <see cref="Cultures"/>.</summary>
        public string TemplateAt(int cultureIndex) => _templates[cultureIndex];

        /// <summary>Binds argument values; generated methods call this.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)] // called by generated catalogs, not by user code (PHR1008)
        public PhraseMessage Bind(in PhraseArgs args) => new PhraseMessage(this, args);
    }
}
