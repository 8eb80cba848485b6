namespace PhraseCatalog.Core.Exchange
{
    /// <summary>The XLIFF versions an export can write.</summary>
    internal enum XliffVersion
    {
        /// <summary>XLIFF 2.0 (OASIS Standard 2014), with the metadata and validation modules.</summary>
        V20,

        /// <summary>XLIFF 1.2, for older CAT tools.</summary>
        V12,
    }

    /// <summary>Namespaces and names of the XLIFF vocabularies read and written here.</summary>
    internal static class XliffNames
    {
        public const string Core20 = "urn:oasis:names:tc:xliff:document:2.0";
        public const string Core20Prefix = "urn:oasis:names:tc:xliff:document:2.";
        public const string Core12 = "urn:oasis:names:tc:xliff:document:1.2";
        public const string Core11 = "urn:oasis:names:tc:xliff:document:1.1";
        public const string Metadata = "urn:oasis:names:tc:xliff:metadata:2.0";
        public const string Validation = "urn:oasis:names:tc:xliff:validation:2.0";

        /// <summary>PhraseCatalog's own extension namespace (the source hash on a 1.2 trans-unit).</summary>
        public const string PhraseCatalog = "urn:phrasecatalog:xliff:1.0";

        /// <summary>The metadata category (2.0) under which the source hash is kept.</summary>
        public const string MetaCategory = "phrasecatalog";

        /// <summary>The XLIFF file name for a catalog and target culture: <c>CallCenter.zh-Hant.xlf</c>.</summary>
        public static string FileName(string catalog, string targetCulture) => catalog + "." + targetCulture + ".xlf";

        public static string Text(XliffVersion version) => version == XliffVersion.V20 ? "2.0" : "1.2";
    }
}
