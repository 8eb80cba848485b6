using System.Collections.Generic;
using PhraseCatalog.Metadata;

namespace PhraseCatalog.Extensions.Localization
{
    /// <summary>Options of <c>AddPhraseCatalogLocalization</c>.</summary>
    public sealed class PhraseLocalizationOptions
    {
        /// <summary>
        /// Catalogs to serve in addition to the discovered ones, e.g. <c>CallCenter.PhraseData.Description</c>.
        /// Listing them is the look-up-free way: nothing is read from assembly attributes for them.
        /// </summary>
        public IList<CatalogDescription> Catalogs { get; } = new List<CatalogDescription>();

        /// <summary>
        /// Find every generated catalog of the app and its referenced assemblies through their
        /// registration attributes (<see cref="PhraseCatalogs.All"/>). Default <see langword="true"/>.
        /// </summary>
        public bool DiscoverCatalogs { get; set; } = true;
    }
}
