using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PhraseCatalog.Generator.Analyzers
{
    /// <summary>
    /// PHR1001–PHR1008: agent messages that are not approved, composed messages, forbidden phrases in
    /// literals, literals that are (or nearly are) approved phrases, bad PhraseSinks lines, bad
    /// options, and phrases built by hand. Everything is resolved once per compilation; the per-operation work is dictionary
    /// look-ups and one automaton pass, and registers nothing when there is no catalog and no sink.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PhraseUsageAnalyzer : DiagnosticAnalyzer
    {
        internal const string AgentMessageAttributeName = "PhraseCatalog.AgentMessageAttribute";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            AnalyzerRules.NotApproved,
            AnalyzerRules.Composed,
            AnalyzerRules.Forbidden,
            AnalyzerRules.UseMember,
            AnalyzerRules.NearMatch,
            AnalyzerRules.BadSinkLine,
            AnalyzerRules.BadOption,
            AnalyzerRules.HandMade);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is left out by the analyzer itself (GeneratedCode): the compiler's check of
            // each reported diagnostic costs a walk of the whole file under a lock.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(Start);
        }

        private static void Start(CompilationStartAnalysisContext context)
        {
            var compilation = context.Compilation;
            var cancellationToken = context.CancellationToken;
            var catalogs = CatalogReader.ReadAll(compilation, cancellationToken);
            var sinkFiles = context.Options.AdditionalFiles.Where(f => SinkFile.IsSinkFile(f.Path)).ToList();
            // Every definition counts: a library may declare its own internal PhraseCatalog.AgentMessageAttribute
            // to mark its API without depending on the package (GetTypeByMetadataName would return null for two).
            var agentMessages = compilation.GetTypesByMetadataName(AgentMessageAttributeName);

            // PHR1008 needs only the runtime's phrase types, not a catalog or a sink.
            var handMade = HandMadePhrases.For(compilation);
            if (handMade is not null) context.RegisterOperationAction(handMade.Analyze, OperationKind.ObjectCreation);

            if (catalogs.Count == 0 && sinkFiles.Count == 0 && agentMessages.IsEmpty) return;

            var optionProblems = new ConcurrentDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var globalProblems = new List<(string Key, string Message)>();
            var globalOptions = PhraseOptions.Read(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions, null, globalProblems);
            foreach (var (key, message) in globalProblems) optionProblems.TryAdd(key, message);

            var declared = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);
            var firstSeen = new Dictionary<ISymbol, Location>(SymbolEqualityComparer.Default);
            var sinkProblems = new List<Diagnostic>();
            foreach (var file in sinkFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                SinkFile.Read(file, compilation, declared, firstSeen, sinkProblems, cancellationToken);
            }

            var index = new PhraseIndex(catalogs);
            var sinks = new SinkResolver(compilation, agentMessages, declared, globalOptions.MaxWrapperDepth);
            var state = new CompilationState(index, sinks, context.Options.AnalyzerConfigOptionsProvider, globalOptions, optionProblems, compilation, cancellationToken);

            if (index.HasApproved || index.HasForbidden(includeStandard: true))
            {
                context.RegisterOperationAction(state.AnalyzeLiteral, OperationKind.Literal);
                context.RegisterOperationAction(state.AnalyzeUtf8String, OperationKind.Utf8String);
            }

            if (!sinks.IsEmpty)
            {
                context.RegisterOperationAction(state.AnalyzeArgument, OperationKind.Argument);
                context.RegisterOperationAction(state.AnalyzeAssignment, OperationKind.SimpleAssignment);
                context.RegisterOperationAction(state.AnalyzeCompoundAssignment, OperationKind.CompoundAssignment, OperationKind.CoalesceAssignment);
            }

            if (sinkProblems.Count > 0)
            {
                var byPath = sinkProblems.ToLookup(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal);
                context.RegisterAdditionalFileAction(file =>
                {
                    foreach (var diagnostic in byPath[file.AdditionalFile.Path]) file.ReportDiagnostic(diagnostic);
                });
            }

            context.RegisterCompilationEndAction(end =>
            {
                state.CheckAllOptions(end.Compilation);
                foreach (var problem in optionProblems.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    end.ReportDiagnostic(Diagnostic.Create(AnalyzerRules.BadOption, Location.None, problem.Value));
                }
            });
        }
    }
}
