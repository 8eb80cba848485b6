using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace PhraseCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Emits a compilation (user code plus generated code) to memory and loads it into a collectible
/// load context, so each test runs its own generated catalog and unloads it afterwards.
/// </summary>
internal sealed class CompiledAssembly : IDisposable
{
    private readonly CatalogLoadContext _context;

    private CompiledAssembly(CatalogLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    /// <summary>
    /// Compiles with every warning an error (the compilation options say so) and fails the test on
    /// any diagnostic, including the doc-comment checks that DocumentationMode.Diagnose enables.
    /// </summary>
    public static CompiledAssembly Load(Compilation compilation)
    {
        AssertCompiles(compilation, out var image);
        var context = new CatalogLoadContext();
        using var stream = new MemoryStream(image);
        return new CompiledAssembly(context, context.LoadFromStream(stream));
    }

    public static void AssertCompiles(Compilation compilation, out byte[] image)
    {
        // All warnings as errors (CS1701/CS1702 stay suppressed: see GeneratorHarness.CompilationOptions).
        compilation = compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        var diagnostics = compilation.GetDiagnostics();
        Assert.True(diagnostics.IsEmpty, "The compilation has diagnostics:\n" + Describe(compilation, diagnostics));

        using var pe = new MemoryStream();
        using var xml = new MemoryStream();
        var result = compilation.Emit(pe, xmlDocumentationStream: xml);
        Assert.True(result.Success && result.Diagnostics.IsEmpty, "Emit failed:\n" + Describe(compilation, result.Diagnostics));
        image = pe.ToArray();
    }

    /// <summary>Calls a public static method and returns what it returns.</summary>
    public object? Invoke(string typeName, string methodName, params object?[] arguments)
    {
        var type = Assembly.GetType(typeName, throwOnError: true)!;
        var method = type.GetMethod(methodName, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{typeName}.{methodName} not found");
        try
        {
            return method.Invoke(null, arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }

    /// <summary>Runs <c>Program.Run()</c>, the convention of the test programs, and returns its output.</summary>
    public string Run() => (string)Invoke("Program", "Run")!;

    public void Dispose() => _context.Unload();

    private static string Describe(Compilation compilation, System.Collections.Generic.IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => d.ToString()).ToList();
        foreach (var tree in compilation.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)))
        {
            lines.Add("---- " + tree.FilePath);
            lines.Add(tree.ToString());
        }

        return string.Join("\n", lines);
    }

    /// <summary>
    /// A collectible context that shares the PhraseCatalog runtime with the test: it resolves
    /// PhraseCatalog.dll to the copy in the test's output folder that the default context already
    /// loaded, the same file the compilation referenced, so the generated code binds to it.
    /// </summary>
    private sealed class CatalogLoadContext : AssemblyLoadContext
    {
        private static readonly Assembly Runtime = typeof(Phrase).Assembly;

        public CatalogLoadContext() : base("PhraseCatalog.GeneratorTests", isCollectible: true)
        {
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (string.Equals(assemblyName.Name, Runtime.GetName().Name, StringComparison.Ordinal))
            {
                string expected = Path.Combine(AppContext.BaseDirectory, "PhraseCatalog.dll");
                if (!string.Equals(Path.GetFullPath(Runtime.Location), Path.GetFullPath(expected), StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"PhraseCatalog.dll was loaded from {Runtime.Location}, not from the test output {expected}");
                }

                return Runtime;
            }

            // Framework assemblies come from the default context.
            return null;
        }
    }
}
