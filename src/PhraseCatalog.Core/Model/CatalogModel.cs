using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Model
{
    /// <summary>One phrase file after reading: its name parts and entries. Equatable, so an unchanged file is cached.</summary>
    internal sealed record ParsedPhraseFile(
        string Path,
        string Directory,
        PhraseFileName? Name,
        string? NameError,
        string? Namespace,
        ResxReadResult Content)
    {
        /// <summary>The file's PhraseFile TextKind metadata, when set (<see cref="BuildSettings.WithTextKind"/>); it wins over the project's setting.</summary>
        public TextKind? TextKind { get; init; }
    }

    /// <summary>
    /// What a catalog's texts are, for the rules whose premise is spoken agent text. Spoken (the
    /// default) and Chat hold texts to what a customer hears or reads from an agent; Ui is an app's
    /// labels, menus and messages, where "Open...", 你 and line breaks are ordinary.
    /// </summary>
    internal enum TextKind
    {
        Spoken,
        Chat,
        Ui,
    }

    /// <summary>The files of one catalog, grouped before building the model.</summary>
    internal sealed record CatalogInput(string Name, string? Namespace, string HintName, EquatableArray<ParsedPhraseFile> Files);

    /// <summary>Build settings that shape the generated code.</summary>
    internal sealed record GeneratorOptions(string? Namespace, string DefaultCulture, bool EmitNullable)
    {
        public const string DefaultDefaultCulture = "zh-Hans";

        public static readonly GeneratorOptions Default = new GeneratorOptions(null, DefaultDefaultCulture, true);

        /// <summary>The cultures the project declares (MSBuild <c>PhraseCatalogCultures</c>); empty when it declares none.</summary>
        public EquatableArray<string> DeclaredCultures { get; init; } = EquatableArray<string>.Empty;

        /// <summary>
        /// True when the project set PhraseCatalogDefaultCulture itself. Only then is a neutral file
        /// (no culture part, <c>Resources.resx</c>) read as that culture, as documented before neutral
        /// files were supported; otherwise it is the neutral file, of language <see cref="NeutralLanguage"/>.
        /// </summary>
        public bool DefaultCultureSet { get; init; }

        /// <summary>The language of neutral files (MSBuild <c>NeutralLanguage</c>), or null: then "" (invariant).</summary>
        public string? NeutralLanguage { get; init; }

        /// <summary>The kind of text of catalogs whose files do not say (MSBuild <c>PhraseCatalogTextKind</c>).</summary>
        public TextKind TextKind { get; init; }

        /// <summary>Hold Traditional texts to Taiwan's standard forms (MSBuild <c>PhraseCatalogTaiwanStandard</c>, PHR0009).</summary>
        public bool TaiwanStandard { get; init; }

        /// <summary>Project settings whose values were not understood (PHR0021, no location); reported once per build, not per catalog.</summary>
        public EquatableArray<PhraseProblem> SettingProblems { get; init; } = EquatableArray<PhraseProblem>.Empty;
    }

    /// <summary>A phrase's text in one culture, with its parsed template.</summary>
    internal sealed record CultureText(string Culture, string Text, EquatableArray<TemplateSegment> Segments, bool IsFallback)
    {
        /// <summary>For a fallback, the index of the culture whose text it is (0, the default, unless a nearer culture has the key).</summary>
        public int FallbackOf { get; init; }

        /// <summary>The text has <c>{pause:…}</c> marks: its segments leave them out, <see cref="Text"/> keeps them for speech.</summary>
        public bool HasPauses { get; init; }
    }

    /// <summary>One step of a timed prompt procedure: the phrase key to say, then how long to listen (whole milliseconds).</summary>
    internal sealed record ProcedureStepModel(string Key, EquatableArray<string> Path, int TimeoutMilliseconds);

    /// <summary>A timed prompt procedure: its steps in order; after the last one's timeout, hang up.</summary>
    internal sealed record ProcedureModel(string Name, EquatableArray<ProcedureStepModel> Steps);

    /// <summary>An approved phrase: key, C# path, placeholders, one text per catalog culture (fallbacks filled in).</summary>
    internal sealed record PhraseModel(
        string Key,
        EquatableArray<string> Path,
        string? Comment,
        EquatableArray<Placeholder> Placeholders,
        EquatableArray<CultureText> Texts);

    /// <summary>A forbidden phrase in one culture, with the approved keys to say instead.</summary>
    internal sealed record ForbiddenModel(string Key, string Culture, string Text, string? Comment, EquatableArray<string> Instead);

    /// <summary>Everything the emitter needs for one catalog.</summary>
    internal sealed record CatalogModel(
        string Name,
        string? Namespace,
        string HintName,
        string DefaultCulture,
        EquatableArray<string> Cultures,
        EquatableArray<PhraseModel> Phrases,
        EquatableArray<ForbiddenModel> Forbidden,
        bool EmitNullable)
    {
        /// <summary>The catalog's timed prompt procedures (<c>Procedure Name: no input after 5s: Next.Key</c> comment lines), by name.</summary>
        public EquatableArray<ProcedureModel> Procedures { get; init; } = EquatableArray<ProcedureModel>.Empty;
    }

    /// <summary>The model (null when nothing can be generated) and every problem found on the way.</summary>
    internal sealed record CatalogResult(CatalogModel? Model, EquatableArray<PhraseProblem> Problems);
}
