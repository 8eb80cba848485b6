namespace PhraseCatalog.Generator.Pipeline
{
    /// <summary>The MSBuild names the generator reads; buildTransitive/PhraseCatalog.targets makes them visible.</summary>
    internal static class BuildOptions
    {
        public const string PhraseFileMetadata = "build_metadata.AdditionalFiles.PhraseCatalogFile";
        public const string NamespaceMetadata = "build_metadata.AdditionalFiles.PhraseCatalogNamespace";
        public const string NamespaceProperty = "build_property.PhraseCatalogNamespace";
        public const string RootNamespaceProperty = "build_property.RootNamespace";
        public const string DefaultCultureProperty = "build_property.PhraseCatalogDefaultCulture";
        public const string CulturesProperty = "build_property.PhraseCatalogCultures";

        /// <summary>PhraseCatalogCultures with ',' for ';', as the targets pass it (';' would start an .editorconfig comment).</summary>
        public const string CultureListProperty = "build_property._PhraseCatalogCultureList";
        public const string TextKindMetadata = "build_metadata.AdditionalFiles.PhraseCatalogTextKind";
        public const string TextKindProperty = "build_property.PhraseCatalogTextKind";
        public const string NeutralLanguageProperty = "build_property.NeutralLanguage";
        public const string TaiwanStandardProperty = "build_property.PhraseCatalogTaiwanStandard";
    }
}
