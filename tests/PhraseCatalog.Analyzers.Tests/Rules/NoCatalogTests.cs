using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using PhraseCatalog.Analyzers.Tests.Infrastructure;
using PhraseCatalog.Generator.Analyzers;

namespace PhraseCatalog.Analyzers.Tests.Rules;

/// <summary>
/// A compilation that references no PhraseCatalog assembly, has no catalog and no PhraseSinks file:
/// the analyzer reports nothing and registers no action, so it costs a project that does not use it nothing.
/// </summary>
public class NoCatalogTests
{
    private const string Source = """
        class Agent
        {
            void Say(string text) { }
            void Run() => Say("我不知道，你说什么？" + "您好，很高兴为您服务！");
        }
        """;

    [Fact]
    public async Task Nothing_is_reported_without_catalog_or_sink()
    {
        var test = new PlainTest { TestCode = Source, ReferenceAssemblies = new ReferenceAssemblies("net10.0") };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        await test.RunAsync();
    }

    [Fact]
    public void Nothing_is_registered_without_catalog_or_sink()
    {
        var registered = Registrations(References.Net100Only, additionalFiles: []);
        Assert.Empty(registered);
    }

    [Fact]
    public void With_the_runtime_referenced_the_operation_and_end_actions_are_registered()
    {
        // The control for the test above: the standard catalog in PhraseCatalog.dll is enough.
        var registered = Registrations(References.All, additionalFiles: []);
        Assert.Equal(["CompilationEnd", "Operation:Argument", "Operation:CoalesceAssignment", "Operation:CompoundAssignment", "Operation:Literal", "Operation:ObjectCreation", "Operation:SimpleAssignment", "Operation:Utf8String"], registered);
    }

    [Fact]
    public void A_sink_file_alone_turns_the_analyzer_on()
    {
        var registered = Registrations(References.Net100Only, additionalFiles: [new InMemoryText("/p/PhraseSinks.txt", "M:Nope.Say(System.String)\n")]);
        Assert.Equal(["AdditionalFile", "CompilationEnd"], registered);
    }

    private static List<string> Registrations(ImmutableArray<MetadataReference> references, ImmutableArray<AdditionalText> additionalFiles)
    {
        var compilation = CSharpCompilation.Create("NoCatalog", [CSharpSyntaxTree.ParseText(Source)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var context = new RecordingAnalysisContext();
        new PhraseUsageAnalyzer().Initialize(context);
        Assert.True(context.Concurrent);
        // Generated code is left out by the analyzer itself (ConfigurationTests.Generated_code_is_not_analyzed), not by the driver.
        Assert.Equal(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics, context.GeneratedCode);
        var start = Assert.Single(context.CompilationStartActions);
        var startContext = new RecordingStartContext(compilation, new AnalyzerOptions(additionalFiles));
        start(startContext);
        return [.. startContext.Registered.OrderBy(r => r, StringComparer.Ordinal)];
    }

    private sealed class PlainTest : Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<PhraseUsageAnalyzer, DefaultVerifier>
    {
    }

    private sealed class InMemoryText(string path, string content) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => Microsoft.CodeAnalysis.Text.SourceText.From(content);
    }

    private sealed class RecordingAnalysisContext : AnalysisContext
    {
        public List<Action<CompilationStartAnalysisContext>> CompilationStartActions { get; } = [];

        public bool Concurrent { get; private set; }

        public GeneratedCodeAnalysisFlags? GeneratedCode { get; private set; }

        public override void EnableConcurrentExecution() => Concurrent = true;

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode = analysisMode;

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => CompilationStartActions.Add(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();

        private static InvalidOperationException Unexpected() => new("The analyzer registers everything inside its compilation start action.");
    }

    private sealed class RecordingStartContext(Compilation compilation, AnalyzerOptions options)
        : CompilationStartAnalysisContext(compilation, options, CancellationToken.None)
    {
        public List<string> Registered { get; } = [];

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => Registered.Add("CompilationEnd");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Registered.Add("SemanticModel");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Registered.Add("Symbol");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registered.Add("CodeBlockStart");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Registered.Add("CodeBlock");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Registered.Add("SyntaxTree");

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => Registered.Add("SyntaxNode");

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            Registered.AddRange(operationKinds.Select(k => "Operation:" + k));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Registered.Add("OperationBlockStart");

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Registered.Add("OperationBlock");

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) => Registered.Add("AdditionalFile");

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Registered.Add("SymbolStart");
    }
}
