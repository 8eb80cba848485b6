using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using System.Threading;
using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PhraseCatalog.Generator.Pipeline;

namespace PhraseCatalog.Benchmarks;

/// <summary>
/// Issue 2, "Generator": one catalog of <see cref="Keys"/> keys in three cultures (zh-Hans, zh-Hant,
/// ko), generated in memory (<see cref="SyntheticCatalog"/>), run through the real
/// <see cref="PhraseCatalogGenerator"/> the way the compiler runs it: a <see cref="CSharpGeneratorDriver"/>
/// over a compilation against the .NET 10 reference assemblies, phrase files as additional texts with
/// the MSBuild metadata the PhraseCatalog targets set.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const string Directory = "/bench/phrases/";

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _compilationAfterCodeEdit = null!;
    private CSharpParseOptions _parseOptions = null!;
    private ImmutableArray<AdditionalText> _texts;
    private AdditionalText _zhHant = null!;
    private AdditionalText _zhHantEdited = null!;
    private BenchOptionsProvider _options = null!;
    private GeneratorDriver _warm = null!;

    [Params(1_000, 10_000)]
    public int Keys { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var references = Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Phrase).Assembly.Location));
        var code = CSharpSyntaxTree.ParseText("namespace Bench.App { public static class Agent { public static string Say() => \"\"; } }", _parseOptions, path: "/bench/Agent.cs");
        _compilation = CSharpCompilation.Create("Bench.App", [code], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _compilationAfterCodeEdit = _compilation.ReplaceSyntaxTree(code, CSharpSyntaxTree.ParseText("namespace Bench.App { public static class Agent { public static string Say() => \"x\"; } }", _parseOptions, path: "/bench/Agent.cs"));

        var texts = new List<AdditionalText>();
        long chars = 0;
        for (int c = 0; c < SyntheticCatalog.Cultures.Length; c++)
        {
            string content = SyntheticCatalog.Resx(Keys, c);
            chars += content.Length;
            texts.Add(new InMemoryText(Directory + "Synthetic." + SyntheticCatalog.Cultures[c] + ".resx", content));
        }

        _texts = [.. texts];
        _zhHant = _texts[1];
        _zhHantEdited = new InMemoryText(_zhHant.Path, SyntheticCatalog.EditFirstValue(_zhHant.GetText()!.ToString()));
        _options = new BenchOptionsProvider(_texts.Select(t => t.Path));

        // The synthetic catalog must be clean, or the benchmark would time error paths.
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(_compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null) throw new InvalidOperationException("The generator threw.", result.Exception);
        if (!diagnostics.IsEmpty) throw new InvalidOperationException("The synthetic catalog has problems: " + string.Join("; ", diagnostics.Take(5)));
        if (result.GeneratedSources.Length != 1) throw new InvalidOperationException("Expected one generated file.");
        var parseErrors = output.SyntaxTrees.SelectMany(t => t.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (parseErrors.Count > 0) throw new InvalidOperationException("The generated code does not parse: " + parseErrors[0]);

        Console.WriteLine($"// Synthetic catalog: {Keys} keys x {SyntheticCatalog.Cultures.Length} cultures, {chars:N0} resx characters, generated {result.GeneratedSources[0].SourceText.Length:N0} characters.");
        _warm = driver;
    }

    /// <summary>A first run, as in a clean build: read, model, validate and emit; the output parsed into the compilation.</summary>
    [Benchmark]
    public Compilation FullRun()
    {
        CreateDriver().RunGeneratorsAndUpdateCompilation(_compilation, out var output, out _);
        return output;
    }

    /// <summary>A warm driver after one zh-Hant value changed: that file is re-read, the catalog rebuilt and re-emitted.</summary>
    [Benchmark]
    public GeneratorDriver IncrementalRun_EditOneValue() =>
        _warm.ReplaceAdditionalText(_zhHant, _zhHantEdited).RunGenerators(_compilation);

    /// <summary>A warm driver after an edit to a .cs file: every step must come from the cache.</summary>
    [Benchmark]
    public GeneratorDriver IncrementalRun_EditCode() => _warm.RunGenerators(_compilationAfterCodeEdit);

    private GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create([new PhraseCatalogGenerator().AsSourceGenerator()], _texts, _parseOptions, _options);

    private sealed class InMemoryText(string path, string content) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(content, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>What the PhraseCatalog targets hand the compiler: RootNamespace, and PhraseCatalogFile=true on each phrase file.</summary>
    private sealed class BenchOptionsProvider(IEnumerable<string> phraseFiles) : AnalyzerConfigOptionsProvider
    {
        private readonly HashSet<string> _phraseFiles = new(phraseFiles, StringComparer.Ordinal);
        private readonly Options _phraseFile = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PhraseCatalogFile"] = "true" });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Bench.App",
            ["build_property.PhraseCatalogDefaultCulture"] = "zh-Hans",
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _phraseFiles.Contains(textFile.Path) ? _phraseFile : Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new([]);

            private readonly Dictionary<string, string> _values = new(values, KeyComparer);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
