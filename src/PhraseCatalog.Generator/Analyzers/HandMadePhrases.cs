using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PhraseCatalog.Generator.Emit;

namespace PhraseCatalog.Generator.Analyzers
{
    /// <summary>
    /// PHR1008: a <c>Phrase</c> or <c>PhraseTemplate</c> built outside generated code. Their
    /// constructors exist for the generated catalogs; a hand-made one holds whatever text it was given,
    /// and every later check (the sinks, the run-time guard's "approved" answer) would take it for an
    /// approved phrase. Only object creations of those two types are looked at, so the cost is one
    /// symbol comparison per <c>new</c>.
    /// </summary>
    internal sealed class HandMadePhrases
    {
        private const string PhraseName = RuntimeNames.PhraseMetadataName;
        private const string TemplateName = RuntimeNames.PhraseTemplateMetadataName;

        private readonly ImmutableArray<INamedTypeSymbol> _types;
        private readonly INamedTypeSymbol? _generatedCodeAttribute;
        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<SyntaxTree, bool> _generatedTrees = new ConcurrentDictionary<SyntaxTree, bool>();

        private HandMadePhrases(Compilation compilation, ImmutableArray<INamedTypeSymbol> types)
        {
            _compilation = compilation;
            _types = types;
            _generatedCodeAttribute = compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");
        }

        /// <summary>The check for a compilation that can see the runtime's phrase types, or null when it cannot.</summary>
        public static HandMadePhrases? For(Compilation compilation)
        {
            var types = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (string name in new[] { PhraseName, TemplateName })
            {
                foreach (var type in compilation.GetTypesByMetadataName(name)) types.Add(type);
            }

            return types.Count == 0 ? null : new HandMadePhrases(compilation, types.ToImmutable());
        }

        public void Analyze(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            var type = creation.Constructor?.ContainingType;
            if (type is null || !IsPhraseType(type)) return;

            var tree = creation.Syntax.SyntaxTree;
            bool generated = _generatedTrees.GetOrAdd(tree, t => GeneratedCode.IsGeneratedTree(t, _compilation, context.CancellationToken));
            if (generated || GeneratedCode.IsMarkedGenerated(context.ContainingSymbol, _generatedCodeAttribute)) return;

            context.ReportDiagnostic(Diagnostic.Create(AnalyzerRules.HandMade, creation.Syntax.GetLocation(), type.Name));
        }

        private bool IsPhraseType(INamedTypeSymbol type)
        {
            foreach (var candidate in _types)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate, type)) return true;
            }

            return false;
        }
    }
}
