using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PhraseCatalog.CodeFixes;
using PhraseCatalog.Generator.Analyzers;

namespace PhraseCatalog.Analyzers.Tests.Infrastructure;

/// <summary>
/// Analyzer and code-fix tests over a consumer-like compilation: the test source, the Support
/// catalog as the generator emits it, the .NET 10 reference assemblies, PhraseCatalog.dll (with
/// the standard catalog) and a third-party chat library (<see cref="VendorLibrary"/>).
/// </summary>
internal static class Verify
{
    /// <summary>Usings and an IVR API of the application's own, with an [AgentMessage] sink, every test source can call.</summary>
    public const string Prelude = """
        using PhraseCatalog;
        using Contoso.App;

        namespace Vendor
        {
            public sealed class Ivr
            {
                public void Say([AgentMessage] string text) { }
                public void Log(string message) { }
            }
        }

        """;

    /// <summary>Where the tests put a PhraseSinks file.</summary>
    public const string SinksPath = "/0/PhraseSinks.txt";

    private static readonly DiagnosticDescriptor[] Descriptors = [.. new PhraseUsageAnalyzer().SupportedDiagnostics];

    /// <summary>An expected diagnostic of a PHR1xxx rule, with the rule's default severity.</summary>
    public static DiagnosticResult Diagnostic(string id) => new(Descriptors.Single(d => d.Id == id));

    public static AnalyzerTest Analyzer(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest();
        AddSources(test.TestState, source);
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) => Analyzer(source, expected).RunAsync();

    public static FixTest Fix(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new FixTest();
        AddSources(test.TestState, source);
        AddSources(test.FixedState, fixedSource);
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    /// <summary>Adds a PhraseSinks file (markup such as <c>{|#0:…|}</c> inside it is honoured).</summary>
    public static TTest WithSinks<TTest>(this TTest test, string content, string path = SinksPath)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.TestState.AdditionalFiles.Add((path, content));
        return test;
    }

    /// <summary>Adds an .editorconfig at the root with a <c>[*.cs]</c> section holding <paramref name="lines"/>.</summary>
    public static TTest WithEditorConfig<TTest>(this TTest test, string lines)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + lines + "\n"));
        return test;
    }

    /// <summary>Adds a .globalconfig holding <paramref name="lines"/>.</summary>
    public static TTest WithGlobalConfig<TTest>(this TTest test, string lines)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + lines + "\n"));
        return test;
    }

    /// <summary>An empty reference set: the references are added explicitly, so nothing is restored or downloaded.</summary>
    private static ReferenceAssemblies NoDownload { get; } = new("net10.0");

    /// <summary>The test code first, so it is /0/Test0.cs and spans without a path point into it, then the generated catalog.</summary>
    private static void AddSources(SolutionState state, string source)
    {
        state.Sources.Add(("/0/Test0.cs", source));
        state.Sources.Add((TestCatalog.SourcePath, TestCatalog.Source));
    }

    internal static void Configure(SolutionState state)
    {
        state.AdditionalReferences.AddRange(References.All);
        state.AdditionalReferences.Add(VendorLibrary.Reference);
    }

    /// <summary>
    /// The framework puts every supported ID into SpecificDiagnosticOptions (as "default") to make
    /// sure it is enabled; that entry outranks .editorconfig and .globalconfig severities. Every
    /// PHR1xxx rule is enabled by default, so the entries are taken out again and severities come
    /// from the configuration files, as in a real build.
    /// </summary>
    internal static Project WithoutSeverityOverrides(Project project)
    {
        var options = project.CompilationOptions!;
        var specific = options.SpecificDiagnosticOptions.RemoveRange(Descriptors.Select(d => d.Id));
        return project.Solution.WithProjectCompilationOptions(project.Id, options.WithSpecificDiagnosticOptions(specific)).GetProject(project.Id)!;
    }

    internal sealed class AnalyzerTest : CSharpAnalyzerTest<PhraseUsageAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = NoDownload;
            Configure(TestState);
        }

        protected override Project ApplyCompilationOptions(Project project) => WithoutSeverityOverrides(base.ApplyCompilationOptions(project));
    }

    internal sealed class FixTest : CSharpCodeFixTest<PhraseUsageAnalyzer, PhraseLiteralCodeFixProvider, DefaultVerifier>
    {
        public FixTest()
        {
            ReferenceAssemblies = NoDownload;
            Configure(TestState);
            Configure(FixedState);
        }

        protected override Project ApplyCompilationOptions(Project project) => WithoutSeverityOverrides(base.ApplyCompilationOptions(project));
    }
}
