using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PhraseCatalog.Metadata;

namespace PhraseCatalog.Extensions.Localization
{
    /// <summary>
    /// Serves every generated catalog of the app (and of its referenced assemblies, the standard
    /// <c>PhraseCatalog.Standard.CallCenter</c> included) as <see cref="IStringLocalizer"/>, without
    /// ResourceManager. A name no catalog has gets a localizer whose strings are all
    /// <see cref="LocalizedString.ResourceNotFound"/>, as ASP.NET answers a missing resource.
    /// </summary>
    public sealed class PhraseStringLocalizerFactory : IStringLocalizerFactory
    {
        private readonly IReadOnlyList<CatalogDescription> _catalogs;
        private readonly Dictionary<Type, PhraseStringLocalizer> _byMarker = new Dictionary<Type, PhraseStringLocalizer>();
        private readonly Dictionary<string, List<PhraseStringLocalizer>> _byTypeName = new Dictionary<string, List<PhraseStringLocalizer>>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, IStringLocalizer> _loaded = new ConcurrentDictionary<string, IStringLocalizer>(StringComparer.Ordinal);
        private readonly PhraseCultures _cultures;

        /// <summary>Serves the catalogs the options list and, unless turned off, every discovered one.</summary>
        public PhraseStringLocalizerFactory(IOptions<PhraseLocalizationOptions> options)
            : this(Collect(options?.Value ?? throw new ArgumentNullException(nameof(options))))
        {
        }

        /// <summary>Serves exactly these catalogs.</summary>
        public PhraseStringLocalizerFactory(IEnumerable<CatalogDescription> catalogs)
        {
            if (catalogs is null) throw new ArgumentNullException(nameof(catalogs));
            var list = new List<CatalogDescription>();
            var names = new List<string>();
            foreach (var catalog in catalogs)
            {
                if (catalog is null || _byMarker.ContainsKey(catalog.MarkerType)) continue;
                list.Add(catalog);
                var localizer = new PhraseStringLocalizer(catalog);
                _byMarker.Add(catalog.MarkerType, localizer);
                if (!_byTypeName.TryGetValue(catalog.TypeName, out var sameName)) _byTypeName.Add(catalog.TypeName, sameName = new List<PhraseStringLocalizer>());
                sameName.Add(localizer);
                foreach (var name in catalog.Cultures.Names)
                {
                    if (!names.Contains(name)) names.Add(name);
                }
            }

            _catalogs = list;

            // A culture table over every served culture plus a sentinel default, so "does any catalog
            // serve this name?" is one Resolve: the sentinel's index means no.
            names.Add(NoCulture);
            _cultures = new PhraseCultures(names.ToArray(), NoCulture);
        }

        private const string NoCulture = "x-phrasecatalog-none";

        /// <summary>The catalogs served.</summary>
        public IReadOnlyList<CatalogDescription> Catalogs => _catalogs;

        /// <summary>
        /// The catalog culture a culture name resolves to in some served catalog (<c>zh-TW</c> →
        /// <c>zh-Hant</c>), or <see langword="null"/> when none has a matching culture.
        /// </summary>
        public string? MatchCulture(string? cultureName)
        {
            if (string.IsNullOrEmpty(cultureName)) return null;
            int index = _cultures.Resolve(cultureName);
            return index == _cultures.DefaultIndex ? null : _cultures.Names[index];
        }

        /// <summary>The localizer of the catalog whose marker (<c>CallCenter.Phrases</c>) or generated class (<c>typeof(CallCenter)</c>) is <paramref name="resourceSource"/>.</summary>
        public IStringLocalizer Create(Type resourceSource)
        {
            if (resourceSource is null) throw new ArgumentNullException(nameof(resourceSource));
            if (_byMarker.TryGetValue(resourceSource, out var localizer)) return localizer;
            string? fullName = resourceSource.FullName;
            string? assembly = resourceSource.Assembly.GetName().Name;
            return fullName is null ? new MissingCatalogLocalizer(resourceSource.Name) : Create(fullName, assembly ?? string.Empty);
        }

        /// <summary>
        /// The localizer of the catalog whose generated class is <paramref name="baseName"/>
        /// (<c>PhraseCatalog.Standard.CallCenter</c>) in the assembly named <paramref name="location"/>
        /// (<c>PhraseCatalog</c>; null or empty: any assembly).
        /// </summary>
        public IStringLocalizer Create(string baseName, string location)
        {
            if (baseName is null) throw new ArgumentNullException(nameof(baseName));
            if (_byTypeName.TryGetValue(baseName, out var candidates))
            {
                foreach (var candidate in candidates)
                {
                    if (string.IsNullOrEmpty(location) || string.Equals(candidate.Catalog.AssemblyName, location, StringComparison.OrdinalIgnoreCase)) return candidate;
                }
            }

            // An assembly the discovery did not reach (loaded late, or not referenced by the entry
            // assembly): look in it by name, once.
            return _loaded.GetOrAdd(baseName + "," + location, _ => LoadFrom(baseName, location));
        }

        private static IStringLocalizer LoadFrom(string baseName, string? location)
        {
            if (!string.IsNullOrEmpty(location))
            {
                try
                {
                    foreach (var catalog in PhraseCatalogs.In(Assembly.Load(new AssemblyName(location))))
                    {
                        if (string.Equals(catalog.TypeName, baseName, StringComparison.Ordinal)) return new PhraseStringLocalizer(catalog);
                    }
                }
                catch (Exception e) when (e is System.IO.FileNotFoundException || e is System.IO.FileLoadException || e is BadImageFormatException || e is ArgumentException)
                {
                    // No such assembly: the name is simply not served.
                }
            }

            return new MissingCatalogLocalizer(string.IsNullOrEmpty(location) ? baseName : baseName + ", " + location);
        }

        private static IEnumerable<CatalogDescription> Collect(PhraseLocalizationOptions options)
        {
            foreach (var catalog in options.Catalogs) yield return catalog;
            if (!options.DiscoverCatalogs) yield break;
            foreach (var catalog in PhraseCatalogs.All) yield return catalog;
        }
    }
}
