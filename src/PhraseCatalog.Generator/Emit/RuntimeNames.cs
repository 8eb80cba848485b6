namespace PhraseCatalog.Generator.Emit
{
    /// <summary>
    /// The runtime library's types as generated code and the analyzers name them: one home, so a
    /// type that moves namespace moves here once. User API (what a user's code names or receives
    /// from a generated member) lives in <c>PhraseCatalog</c> and <c>PhraseCatalog.Metadata</c>;
    /// what only generated code uses lives in <see cref="CompilerServicesNamespace"/>, hidden from
    /// IntelliSense (ARCHITECTURE.md, "Runtime surface"). The architecture tests read these
    /// constants and hold every one to that rule.
    /// </summary>
    internal static class RuntimeNames
    {
        /// <summary>The namespace of the plumbing that only generated code uses.</summary>
        public const string CompilerServicesNamespace = "PhraseCatalog.CompilerServices";

        /// <summary>The namespace of the catalog descriptions (user API for UIs and tools).</summary>
        public const string MetadataNamespace = "PhraseCatalog.Metadata";

        // User API: returned by generated members, or handed to user code.
        public const string Phrase = "global::PhraseCatalog.Phrase";
        public const string PhraseMessage = "global::PhraseCatalog.PhraseMessage";
        public const string PhraseCultures = "global::PhraseCatalog.PhraseCultures";
        public const string KoreanParticles = "global::PhraseCatalog.KoreanParticles";
        public const string KoreanParticle = "global::PhraseCatalog.KoreanParticle";
        public const string Procedure = "global::PhraseCatalog.PhraseProcedure";
        public const string ProcedureStep = "global::PhraseCatalog.PhraseProcedureStep";
        public const string CatalogDescription = "global::PhraseCatalog.Metadata.CatalogDescription";
        public const string PhraseDescription = "global::PhraseCatalog.Metadata.PhraseDescription";
        public const string PlaceholderDescription = "global::PhraseCatalog.Metadata.PlaceholderDescription";
        public const string ForbiddenPhraseDescription = "global::PhraseCatalog.Metadata.ForbiddenPhraseDescription";

        // Plumbing: only generated code names these.
        public const string PhraseTemplate = "global::" + CompilerServicesNamespace + ".PhraseTemplate";
        public const string PhraseArgs = "global::" + CompilerServicesNamespace + ".PhraseArgs";
        public const string SpokenValues = "global::" + CompilerServicesNamespace + ".SpokenValues";
        public const string PhraseCatalogDataAttribute = "global::" + CompilerServicesNamespace + ".PhraseCatalogData";
        public const string ApprovedPhraseAttribute = "global::" + CompilerServicesNamespace + ".ApprovedPhrase";
        public const string ForbiddenPhraseAttribute = "global::" + CompilerServicesNamespace + ".ForbiddenPhrase";
        public const string RegistrationAttribute = "global::" + CompilerServicesNamespace + ".PhraseCatalogRegistrationAttribute";

        // Metadata names, for the analyzers' symbol look-ups.
        public const string PhraseMetadataName = "PhraseCatalog.Phrase";
        public const string PhraseTemplateMetadataName = CompilerServicesNamespace + ".PhraseTemplate";
    }
}
