using System;
using System.Collections.Generic;
using System.ComponentModel;
using PhraseCatalog.CompilerServices;

namespace PhraseCatalog.Metadata
{
    /// <summary>
    /// A generated catalog described for UIs and tools: its cultures, scenarios, phrases (texts per
    /// culture, placeholders with their types, comments) and forbidden phrases with what to say
    /// instead. Generated code builds it from plain constructors, so reading it needs no reflection
    /// and survives trimming and native AOT. Every catalog's instance is
    /// <c>&lt;Catalog&gt;.PhraseData.Description</c>; <see cref="PhraseCatalogs"/> lists those of an app.
    /// </summary>
    public sealed class CatalogDescription
    {
        private readonly PhraseDescription[] _phrases;
        private readonly ForbiddenPhraseDescription[] _forbidden;
        private readonly Dictionary<string, PhraseDescription> _byKey;
        private string[]? _scenarios;
        private string? _assemblyName;

        /// <summary>Describes a catalog. Generated code calls this once per catalog.</summary>
        /// <param name="name">The catalog name, e.g. <c>CallCenter</c>.</param>
        /// <param name="typeName">The full name of the generated class, e.g. <c>PhraseCatalog.Standard.CallCenter</c>.</param>
        /// <param name="markerType">The generated marker class, usable as the type argument of <c>IStringLocalizer&lt;T&gt;</c>.</param>
        /// <param name="cultures">The catalog's cultures.</param>
        /// <param name="phrases">The approved phrases, ordered by key.</param>
        /// <param name="forbidden">The forbidden phrases.</param>
        [EditorBrowsable(EditorBrowsableState.Never)] // called by generated catalogs, not by user code
        public CatalogDescription(string name, string typeName, Type markerType, PhraseCultures cultures, PhraseDescription[] phrases, ForbiddenPhraseDescription[] forbidden)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            TypeName = typeName ?? throw new ArgumentNullException(nameof(typeName));
            MarkerType = markerType ?? throw new ArgumentNullException(nameof(markerType));
            Cultures = cultures ?? throw new ArgumentNullException(nameof(cultures));
            _phrases = phrases ?? throw new ArgumentNullException(nameof(phrases));
            _forbidden = forbidden ?? throw new ArgumentNullException(nameof(forbidden));
            _byKey = new Dictionary<string, PhraseDescription>(phrases.Length, StringComparer.Ordinal);
            foreach (var phrase in phrases) _byKey[phrase.Key] = phrase;
        }

        /// <summary>The catalog name, e.g. <c>CallCenter</c>.</summary>
        public string Name { get; }

        /// <summary>The full name of the generated class, e.g. <c>PhraseCatalog.Standard.CallCenter</c>: the base name an <c>IStringLocalizerFactory</c> is asked for.</summary>
        public string TypeName { get; }

        /// <summary>The simple name of the assembly that holds the catalog, e.g. <c>PhraseCatalog</c>.</summary>
        public string AssemblyName => _assemblyName ??= MarkerType.Assembly.GetName().Name ?? string.Empty;

        /// <summary>The generated marker class (<c>&lt;Catalog&gt;.Phrases</c>): the type argument for <c>IStringLocalizer&lt;T&gt;</c>.</summary>
        public Type MarkerType { get; }

        /// <summary>The catalog's cultures and how culture names resolve to them.</summary>
        public PhraseCultures Cultures { get; }

        /// <summary>The approved phrases, ordered by key.</summary>
        public IReadOnlyList<PhraseDescription> Phrases => _phrases;

        /// <summary>The forbidden phrases, each in its culture.</summary>
        public IReadOnlyList<ForbiddenPhraseDescription> Forbidden => _forbidden;

        /// <summary>The scenarios (key prefixes such as <c>Greeting</c> or <c>Complaint.Escalate</c>) in key order, each once.</summary>
        public IReadOnlyList<string> Scenarios
        {
            get
            {
                if (_scenarios is not null) return _scenarios;
                var list = new List<string>();
                foreach (var phrase in _phrases)
                {
                    if (phrase.Scenario.Length > 0 && !list.Contains(phrase.Scenario)) list.Add(phrase.Scenario);
                }

                return _scenarios = list.ToArray();
            }
        }

        /// <summary>The approved phrase with this key, or <see langword="null"/>.</summary>
        public PhraseDescription? Find(string key) => key is not null && _byKey.TryGetValue(key, out var phrase) ? phrase : null;

        /// <inheritdoc />
        public override string ToString() => TypeName;
    }

    /// <summary>One approved phrase of a <see cref="CatalogDescription"/>.</summary>
    public sealed class PhraseDescription
    {
        private static readonly PlaceholderDescription[] NoPlaceholders = new PlaceholderDescription[0];
        private readonly string[] _texts;
        private readonly bool[]? _fallback;
        private readonly PlaceholderDescription[] _placeholders;

        /// <summary>Describes a phrase without placeholders.</summary>
        /// <param name="phrase">The generated phrase.</param>
        /// <param name="comment">The phrase file's comment, or <see langword="null"/>.</param>
        /// <param name="fallback">Per culture, true when the culture has no text of its own and shows the default culture's; <see langword="null"/> when every culture has its own.</param>
        [EditorBrowsable(EditorBrowsableState.Never)] // called by generated catalogs, not by user code
        public PhraseDescription(Phrase phrase, string? comment, bool[]? fallback)
        {
            Phrase = phrase ?? throw new ArgumentNullException(nameof(phrase));
            Key = phrase.Key;
            Cultures = phrase.Cultures;
            Comment = comment;
            _placeholders = NoPlaceholders;
            _texts = new string[phrase.Cultures.Count];
            for (int i = 0; i < _texts.Length; i++) _texts[i] = phrase.TextAt(i);
            _fallback = Check(fallback, _texts.Length);
        }

        /// <summary>Describes a phrase with placeholders.</summary>
        /// <param name="template">The generated template.</param>
        /// <param name="placeholders">The placeholders in parameter order, with their types.</param>
        /// <param name="comment">The phrase file's comment, or <see langword="null"/>.</param>
        /// <param name="fallback">As for the other constructor.</param>
        [EditorBrowsable(EditorBrowsableState.Never)] // called by generated catalogs, not by user code
        public PhraseDescription(PhraseTemplate template, PlaceholderDescription[] placeholders, string? comment, bool[]? fallback)
        {
            Template = template ?? throw new ArgumentNullException(nameof(template));
            _placeholders = placeholders ?? throw new ArgumentNullException(nameof(placeholders));
            if (placeholders.Length != template.Placeholders.Count) throw new ArgumentException("There must be one description per placeholder.", nameof(placeholders));
            Key = template.Key;
            Cultures = template.Cultures;
            Comment = comment;
            _texts = new string[template.Cultures.Count];
            for (int i = 0; i < _texts.Length; i++) _texts[i] = template.TemplateAt(i);
            _fallback = Check(fallback, _texts.Length);
        }

        /// <summary>The scenario key, e.g. <c>Greeting.KnownCustomer</c>.</summary>
        public string Key { get; }

        /// <summary>The key without its last part (<c>Greeting</c>); empty for a one-part key.</summary>
        public string Scenario
        {
            get
            {
                int dot = Key.LastIndexOf('.');
                return dot < 0 ? string.Empty : Key.Substring(0, dot);
            }
        }

        /// <summary>The catalog's cultures.</summary>
        public PhraseCultures Cultures { get; }

        /// <summary>The guidance comment from the phrase file, or <see langword="null"/>.</summary>
        public string? Comment { get; }

        /// <summary>The placeholders in parameter order; empty for a phrase without any.</summary>
        public IReadOnlyList<PlaceholderDescription> Placeholders => _placeholders;

        /// <summary>The generated phrase, when the phrase has no placeholders.</summary>
        public Phrase? Phrase { get; }

        /// <summary>The generated template, when the phrase has placeholders; <see cref="Render"/> and <see cref="Placeholders"/> are the way to use it.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)] // plumbing of generated catalogs (PhraseCatalog.CompilerServices)
        public PhraseTemplate? Template { get; }

        /// <summary>The texts per culture of <see cref="Cultures"/>, templates as written (<c>{surname}先生</c>); a culture without its own text shows the default culture's.</summary>
        public IReadOnlyList<string> Texts => _texts;

        /// <summary>The text (or template) for a culture name, resolved by the catalog's rules.</summary>
        public string Text(string? cultureName) => _texts[Cultures.Resolve(cultureName)];

        /// <summary>True when the culture at <paramref name="cultureIndex"/> has no text of its own and shows the default culture's.</summary>
        public bool IsFallback(int cultureIndex) => _fallback is not null && _fallback[cultureIndex];

        /// <summary>Renders the phrase for a culture name with argument values already formatted as text, in placeholder order.</summary>
        /// <exception cref="ArgumentException">The number of values is not the number of placeholders.</exception>
        public string Render(string? cultureName, params string[] values)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            if (Template is null)
            {
                if (values.Length != 0) throw new ArgumentException("'" + Key + "' has no placeholders, but " + values.Length + " values were given.", nameof(values));
                return Phrase!.Text(cultureName!);
            }

            if (values.Length != _placeholders.Length) throw new ArgumentException("'" + Key + "' has " + _placeholders.Length + " placeholders, but " + values.Length + " values were given.", nameof(values));
            return Template.Renderer(Cultures.Resolve(cultureName), ToArgs(values));
        }

        internal static PhraseArgs ToArgs(string[] values)
        {
            switch (values.Length)
            {
                case 0: return default;
                case 1: return new PhraseArgs(values[0]);
                case 2: return new PhraseArgs(values[0], values[1]);
                case 3: return new PhraseArgs(values[0], values[1], values[2]);
                case 4: return new PhraseArgs(values[0], values[1], values[2], values[3]);
                default:
                    var rest = new string[values.Length - 4];
                    Array.Copy(values, 4, rest, 0, rest.Length);
                    return new PhraseArgs(values[0], values[1], values[2], values[3], rest);
            }
        }

        private static bool[]? Check(bool[]? fallback, int count)
        {
            if (fallback is not null && fallback.Length != count) throw new ArgumentException("There must be one fallback flag per culture.", nameof(fallback));
            return fallback;
        }

        /// <inheritdoc />
        public override string ToString() => Key;
    }

    /// <summary>A placeholder of a phrase: its name and its type as written in the phrase file.</summary>
    public sealed class PlaceholderDescription
    {
        /// <summary>Describes a placeholder.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)] // called by generated catalogs, not by user code
        public PlaceholderDescription(string name, string type)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Type = type ?? throw new ArgumentNullException(nameof(type));
        }

        /// <summary>The placeholder name, also the generated parameter's name.</summary>
        public string Name { get; }

        /// <summary>The type: <c>string</c>, <c>int</c>, <c>long</c>, <c>decimal</c> or <c>double</c>.</summary>
        public string Type { get; }

        /// <inheritdoc />
        public override string ToString() => Type == "string" ? "{" + Name + "}" : "{" + Name + ":" + Type + "}";
    }

    /// <summary>A forbidden phrase of a catalog, in one culture, with the approved keys to say instead.</summary>
    public sealed class ForbiddenPhraseDescription
    {
        private readonly string[] _instead;

        /// <summary>Describes a forbidden phrase.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)] // called by generated catalogs, not by user code
        public ForbiddenPhraseDescription(string key, string culture, string text, string? comment, string[] instead)
        {
            Key = key ?? throw new ArgumentNullException(nameof(key));
            Culture = culture ?? throw new ArgumentNullException(nameof(culture));
            Text = text ?? throw new ArgumentNullException(nameof(text));
            Comment = comment;
            _instead = instead ?? throw new ArgumentNullException(nameof(instead));
        }

        /// <summary>The rule key, e.g. <c>Banned.DontKnow</c>.</summary>
        public string Key { get; }

        /// <summary>The culture of the forbidden text.</summary>
        public string Culture { get; }

        /// <summary>The forbidden text.</summary>
        public string Text { get; }

        /// <summary>The phrase file's comment, or <see langword="null"/>.</summary>
        public string? Comment { get; }

        /// <summary>The keys of the approved phrases to say instead (from the comment's <c>Instead:</c> lines).</summary>
        public IReadOnlyList<string> Instead => _instead;

        /// <inheritdoc />
        public override string ToString() => Key + " (" + Culture + "): " + Text;
    }
}
