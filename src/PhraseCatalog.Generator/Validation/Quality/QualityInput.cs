using System.Collections.Generic;
using PhraseCatalog.Generator.Model;
using PhraseCatalog.Generator.Reading;

namespace PhraseCatalog.Generator.Validation.Quality
{
    /// <summary>The entries of one phrase file of a catalog, with the culture its name gives (or the default).</summary>
    internal sealed class CultureFile
    {
        public CultureFile(string culture, ParsedPhraseFile file)
        {
            Culture = culture;
            File = file;
        }

        /// <summary>The culture name as written in the file name, or the catalog's default culture.</summary>
        public string Culture { get; }

        public ParsedPhraseFile File { get; }

        public string Path => File.Path;

        public IReadOnlyList<ResxEntry> Entries => File.Content.Entries.Items;
    }

    /// <summary>
    /// What the quality rules see of one catalog: its approved and forbidden files by culture, in the
    /// catalog's culture order (default first). Roslyn-free, so the command-line tools run the same rules.
    /// </summary>
    internal sealed class QualityInput
    {
        public QualityInput(
            string catalog,
            string defaultCulture,
            IReadOnlyList<CultureFile> approved,
            IReadOnlyList<CultureFile> forbidden,
            IReadOnlyList<string> declaredCultures)
        {
            Catalog = catalog;
            DefaultCulture = defaultCulture;
            Approved = approved;
            Forbidden = forbidden;
            DeclaredCultures = declaredCultures;
        }

        public string Catalog { get; }

        public string DefaultCulture { get; }

        /// <summary>One file per culture (a second file for a culture is already reported and left out).</summary>
        public IReadOnlyList<CultureFile> Approved { get; }

        public IReadOnlyList<CultureFile> Forbidden { get; }

        /// <summary>The cultures the project declares (MSBuild PhraseCatalogCultures); empty when it declares none.</summary>
        public IReadOnlyList<string> DeclaredCultures { get; }

        /// <summary>Traditional texts (but zh-HK, zh-MO) must use Taiwan's standard forms (MSBuild PhraseCatalogTaiwanStandard).</summary>
        public bool TaiwanStandard { get; init; }
    }
}
