namespace PhraseCatalog.Generator.Pipeline
{
    /// <summary>Names of the incremental pipeline steps, so tests can assert how each step ran.</summary>
    internal static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string PhraseFiles = nameof(PhraseFiles);
        public const string Catalogs = nameof(Catalogs);
        public const string CatalogModels = nameof(CatalogModels);
        public const string SettingProblems = nameof(SettingProblems);
    }
}
