using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Localization;
using PhraseCatalog.CompilerServices;
using PhraseCatalog.Metadata;

namespace PhraseCatalog.Extensions.Localization
{
    /// <summary>
    /// One generated catalog behind <see cref="IStringLocalizer"/>. The culture is
    /// <see cref="PhraseRequestCulture.CurrentName"/> resolved by the catalog's rules (zh-TW → zh-Hant,
    /// ko-KR → ko, anything else → the default culture). A phrase without placeholders returns a
    /// <see cref="LocalizedString"/> made once per culture, so <c>localizer[key]</c> allocates nothing.
    /// Thread-safe: nothing changes after construction.
    /// </summary>
    public sealed class PhraseStringLocalizer : IStringLocalizer
    {
        // Frozen: built once, read on every request; its string look-up is faster than Dictionary's.
        private readonly System.Collections.Frozen.FrozenDictionary<string, Entry> _entries;

        /// <summary>Serves one catalog.</summary>
        public PhraseStringLocalizer(CatalogDescription catalog)
        {
            Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
            var entries = new Dictionary<string, Entry>(catalog.Phrases.Count, StringComparer.Ordinal);
            foreach (var phrase in catalog.Phrases) entries[phrase.Key] = new Entry(phrase);
            _entries = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(entries, StringComparer.Ordinal);
        }

        /// <summary>The catalog served.</summary>
        public CatalogDescription Catalog { get; }

        /// <inheritdoc />
        /// <remarks>For a phrase with placeholders this is its template as written, <c>{surname}先生/小姐，您好！</c>.</remarks>
        public LocalizedString this[string name]
        {
            get
            {
                if (name is null) throw new ArgumentNullException(nameof(name));
                if (!_entries.TryGetValue(name, out var entry)) return NotFound(name);
                return entry.Strings[Catalog.Cultures.Resolve(PhraseRequestCulture.CurrentName)];
            }
        }

        /// <inheritdoc />
        /// <remarks>
        /// The arguments fill the placeholders in their declared order (the generated method's
        /// parameter order). An <c>int</c>, <c>long</c>, <c>decimal</c> or <c>double</c> placeholder
        /// takes a number of a type that converts without loss, or a string that parses as one
        /// (invariant culture); anything else, or a wrong number of arguments, throws
        /// <see cref="ArgumentException"/> naming the phrase and the placeholder.
        /// </remarks>
        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                if (name is null) throw new ArgumentNullException(nameof(name));
                if (!_entries.TryGetValue(name, out var entry)) return NotFound(name);
                arguments ??= Array.Empty<object>();
                var phrase = entry.Phrase;
                int culture = Catalog.Cultures.Resolve(PhraseRequestCulture.CurrentName);
                if (phrase.Template is null)
                {
                    if (arguments.Length != 0) throw new ArgumentException("The phrase '" + name + "' of " + Catalog.TypeName + " has no placeholders, but " + arguments.Length.ToString(CultureInfo.InvariantCulture) + " arguments were given.", nameof(arguments));
                    return entry.Strings[culture];
                }

                var placeholders = phrase.Placeholders;
                if (arguments.Length != placeholders.Count)
                {
                    throw new ArgumentException(
                        "The phrase '" + name + "' of " + Catalog.TypeName + " takes " + placeholders.Count.ToString(CultureInfo.InvariantCulture) + " arguments ("
                        + string.Join(", ", placeholders) + "), in that order, but " + arguments.Length.ToString(CultureInfo.InvariantCulture) + " were given.",
                        nameof(arguments));
                }

                // Straight into PhraseArgs: up to four values need no array.
                var args = arguments.Length switch
                {
                    1 => new PhraseArgs(Value(arguments, placeholders, 0, name)),
                    2 => new PhraseArgs(Value(arguments, placeholders, 0, name), Value(arguments, placeholders, 1, name)),
                    3 => new PhraseArgs(Value(arguments, placeholders, 0, name), Value(arguments, placeholders, 1, name), Value(arguments, placeholders, 2, name)),
                    _ => new PhraseArgs(Value(arguments, placeholders, 0, name), Value(arguments, placeholders, 1, name), Value(arguments, placeholders, 2, name), Value(arguments, placeholders, 3, name), Rest(arguments, placeholders, name)),
                };
                string text = phrase.Template.Renderer(culture, args);
                return new LocalizedString(name, text, resourceNotFound: false, searchedLocation: Catalog.TypeName);
            }
        }

        /// <inheritdoc />
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
        {
            // Every culture's texts are complete (fallbacks are filled in at build time), so parent cultures add nothing.
            int culture = Catalog.Cultures.Resolve(PhraseRequestCulture.CurrentName);
            foreach (var phrase in Catalog.Phrases) yield return _entries[phrase.Key].Strings[culture];
        }

        private static string Value(object[] arguments, IReadOnlyList<PlaceholderDescription> placeholders, int index, string name) =>
            PlaceholderValues.Format(arguments[index], placeholders[index], name);

        private static string[]? Rest(object[] arguments, IReadOnlyList<PlaceholderDescription> placeholders, string name)
        {
            if (arguments.Length <= 4) return null;
            var rest = new string[arguments.Length - 4];
            for (int i = 0; i < rest.Length; i++) rest[i] = Value(arguments, placeholders, i + 4, name);
            return rest;
        }

        private LocalizedString NotFound(string name) => new LocalizedString(name, name, resourceNotFound: true, searchedLocation: Catalog.TypeName);

        private sealed class Entry
        {
            public Entry(PhraseDescription phrase)
            {
                Phrase = phrase;
                Strings = new LocalizedString[phrase.Texts.Count];
                for (int i = 0; i < Strings.Length; i++) Strings[i] = new LocalizedString(phrase.Key, phrase.Texts[i], resourceNotFound: false, searchedLocation: null);
            }

            public PhraseDescription Phrase { get; }

            public LocalizedString[] Strings { get; }
        }
    }

    /// <summary>A localizer for a name that no catalog serves: every string is <see cref="LocalizedString.ResourceNotFound"/>, as ASP.NET's own localizer answers a missing resource.</summary>
    internal sealed class MissingCatalogLocalizer : IStringLocalizer
    {
        private readonly string _location;

        public MissingCatalogLocalizer(string location) => _location = location;

        public LocalizedString this[string name] => new LocalizedString(name, name, resourceNotFound: true, searchedLocation: _location);

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => Array.Empty<LocalizedString>();
    }
}
