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
        public const string TaiwanStandardProperty = "build_property.PhraseCatalogTaiwanStandard";
    }
}
