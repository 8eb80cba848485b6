using System.Collections.Generic;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Reading;

namespace PhraseCatalog.Core.Validation.Quality
{
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

        /// <summary>What the catalog's texts are (MSBuild PhraseCatalogTextKind or PhraseFile TextKind): rules whose premise is spoken text skip UI text.</summary>
        public TextKind TextKind { get; init; }

        /// <summary>Traditional texts (but zh-HK, zh-MO) must use Taiwan's standard forms (MSBuild PhraseCatalogTaiwanStandard).</summary>
        public bool TaiwanStandard { get; init; }
    }
}
