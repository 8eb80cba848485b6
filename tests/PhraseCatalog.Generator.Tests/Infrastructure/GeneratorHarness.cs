using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PhraseCatalog.Generator.Pipeline;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Generator.Tests.Infrastructure;

/// <summary>The MSBuild properties the generator reads (null: the property is not set).</summary>
internal sealed record BuildProperties(string? RootNamespace = "Contoso.App", string? PhraseCatalogNamespace = null, string? DefaultCulture = null, string? NeutralLanguage = null, string? TextKind = null, string? TaiwanStandard = null)
{
    public static BuildProperties Default { get; } = new();

    /// <summary>No RootNamespace and no PhraseCatalogNamespace: catalogs land in the global namespace.</summary>
    public static BuildProperties GlobalNamespace { get; } = new(RootNamespace: null);
}

/// <summary>
/// Runs <see cref="PhraseCatalogGenerator"/> the way the compiler does: a CSharpCompilation over the
/// .NET 10 reference assemblies plus the PhraseCatalog runtime, phrase files as additional texts with
/// their MSBuild metadata, and a driver that tracks every incremental step.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>Latest C#, and doc comments parsed and checked, so a broken generated doc comment is a diagnostic.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The runtime library the generated code calls, exactly as the test project references it.</summary>
    public static MetadataReference RuntimeReference { get; } = MetadataReference.CreateFromFile(typeof(Phrase).Assembly.Location);

    private static readonly ImmutableArray<MetadataReference> References =
        Net100.References.All.Cast<MetadataReference>().ToImmutableArray().Add(RuntimeReference);

    /// <summary>
    /// The options of the consumer's compilation. Warnings stay warnings here, so a generator warning
    /// (PHR0005) keeps its severity; <see cref="CompiledAssembly.Load"/> turns every warning into an
    /// error when it compiles the result.
    /// </summary>
    public static CSharpCompilationOptions CompilationOptions(NullableContextOptions nullable = NullableContextOptions.Enable) =>
        new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable,
                deterministic: true)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
            {
                // The runtime is referenced through its net8.0 build, which was compiled against
                // System.Runtime 8.0 while this compilation uses the .NET 10 reference assemblies.
                // CS1701/CS1702 only say the compiler unified those versions (the SDK's default
                // NoWarn hides them in every real build); they say nothing about the generated code.
                ["CS1701"] = ReportDiagnostic.Suppress,
                ["CS1702"] = ReportDiagnostic.Suppress,
            });

    public static CSharpCompilation CreateCompilation(
        IEnumerable<string> sources,
        CSharpParseOptions? parseOptions = null,
        NullableContextOptions nullable = NullableContextOptions.Enable,
        string assemblyName = "PhraseCatalog.GeneratorTests.Consumer")
    {
        var options = parseOptions ?? ParseOptions;
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, options, path: $"/src/App/Source{i}.cs"));
        return CSharpCompilation.Create(assemblyName, trees, References, CompilationOptions(nullable));
    }

    public static TestOptionsProvider CreateOptionsProvider(IEnumerable<PhraseFile> files, BuildProperties properties)
    {
        var global = new Dictionary<string, string>();
        if (properties.RootNamespace is not null) global["build_property.RootNamespace"] = properties.RootNamespace;
        if (properties.PhraseCatalogNamespace is not null) global["build_property.PhraseCatalogNamespace"] = properties.PhraseCatalogNamespace;
        if (properties.DefaultCulture is not null) global["build_property.PhraseCatalogDefaultCulture"] = properties.DefaultCulture;
        if (properties.NeutralLanguage is not null) global["build_property.NeutralLanguage"] = properties.NeutralLanguage;
        if (properties.TextKind is not null) global["build_property.PhraseCatalogTextKind"] = properties.TextKind;
        if (properties.TaiwanStandard is not null) global["build_property.PhraseCatalogTaiwanStandard"] = properties.TaiwanStandard;

        var perFile = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var metadata = new Dictionary<string, string>();
            if (file.IsPhraseFile) metadata["build_metadata.AdditionalFiles.PhraseCatalogFile"] = "true";
            if (file.Namespace is not null) metadata["build_metadata.AdditionalFiles.PhraseCatalogNamespace"] = file.Namespace;
            if (file.TextKind is not null) metadata["build_metadata.AdditionalFiles.PhraseCatalogTextKind"] = file.TextKind;
            perFile[file.Path] = metadata;
        }

        return new TestOptionsProvider(global, perFile);
    }

    public static GeneratorDriver CreateDriver(
        IEnumerable<PhraseFile> files,
        BuildProperties? properties = null,
        CSharpParseOptions? parseOptions = null,
        IEnumerable<AdditionalText>? extraTexts = null) =>
        CreateDriver(files, out _, properties, parseOptions, extraTexts);

    /// <summary>Also hands back the additional texts, so a test can replace one (the driver does not expose them).</summary>
    public static GeneratorDriver CreateDriver(
        IEnumerable<PhraseFile> files,
        out IReadOnlyList<AdditionalText> texts,
        BuildProperties? properties = null,
        CSharpParseOptions? parseOptions = null,
        IEnumerable<AdditionalText>? extraTexts = null)
    {
        var list = files.ToList();
        texts = list.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Content)).Concat(extraTexts ?? []).ToList();
        return CSharpGeneratorDriver.Create(
            new[] { new PhraseCatalogGenerator().AsSourceGenerator() },
            texts,
            parseOptions ?? ParseOptions,
            CreateOptionsProvider(list, properties ?? BuildProperties.Default),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once over the phrase files and any C# sources.</summary>
    public static GeneratorOutcome Run(
        IEnumerable<PhraseFile> files,
        BuildProperties? properties = null,
        CSharpParseOptions? parseOptions = null,
        NullableContextOptions nullable = NullableContextOptions.Enable,
        params string[] sources)
    {
        var compilation = CreateCompilation(sources, parseOptions, nullable);
        var driver = CreateDriver(files, properties, parseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorOutcome(driver, compilation, output, diagnostics);
    }

    public static GeneratorOutcome Run(params PhraseFile[] files) => Run(files, properties: null);
}

/// <summary>One generator run: the driver (for further incremental runs), its result and the updated compilation.</summary>
internal sealed class GeneratorOutcome
{
    public GeneratorOutcome(GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> diagnostics)
    {
        Driver = driver;
        InputCompilation = input;
        OutputCompilation = output;
        Diagnostics = diagnostics;
        RunResult = driver.GetRunResult();
        Result = RunResult.Results.Single();
        Assert.True(Result.Exception is null, "The generator threw: " + Result.Exception);
    }

    public GeneratorDriver Driver { get; }

    public Compilation InputCompilation { get; }

    public Compilation OutputCompilation { get; }

    /// <summary>What the generator reported (PHR0xxx), in the order reported.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public GeneratorDriverRunResult RunResult { get; }

    public GeneratorRunResult Result { get; }

    public ImmutableArray<GeneratedSourceResult> Sources => Result.GeneratedSources;

    public string Source(string hintName)
    {
        var match = Sources.Where(s => s.HintName == hintName).ToList();
        Assert.True(match.Count == 1, $"Expected one source '{hintName}'; generated: {string.Join(", ", Sources.Select(s => s.HintName))}");
        return match[0].SourceText.ToString();
    }

    /// <summary>The diagnostics with an ID, in file/position order.</summary>
    public IReadOnlyList<Diagnostic> WithId(string id) =>
        Diagnostics.Where(d => d.Id == id)
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();

    /// <summary>Fails when the generator reported anything at all.</summary>
    public void AssertNoDiagnostics() =>
        Assert.True(Diagnostics.IsEmpty, "Unexpected generator diagnostics:\n" + string.Join("\n", Diagnostics));
}
