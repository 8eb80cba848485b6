using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Shared;

namespace PhraseCatalog.Generator.Analyzers
{
    /// <summary>The per-compilation state the operation actions share; thread-safe.</summary>
    internal sealed class CompilationState
    {
        private readonly PhraseIndex _index;
        private readonly SinkResolver _sinks;
        private readonly AnalyzerConfigOptionsProvider _optionsProvider;
        private readonly PhraseOptions _globalOptions;
        private readonly ConcurrentDictionary<string, string> _optionProblems;
        // Every file's options, read once up front: the operation actions of many threads then only
        // read this dictionary, with no lock (filling a concurrent one from the actions made the
        // threads queue on its locks, and wait out each other's GC pauses there).
        private readonly Dictionary<SyntaxTree, PhraseOptions> _treeOptions = new Dictionary<SyntaxTree, PhraseOptions>();
        private readonly HashSet<SyntaxTree> _generatedTrees = new HashSet<SyntaxTree>();
        private readonly Compilation _compilation;
        private readonly INamedTypeSymbol? _generatedCodeAttribute;
        private readonly ValueFlow _flow;

        public CompilationState(PhraseIndex index, SinkResolver sinks, AnalyzerConfigOptionsProvider optionsProvider, PhraseOptions globalOptions, ConcurrentDictionary<string, string> optionProblems, Compilation compilation, CancellationToken cancellationToken)
        {
            _index = index;
            _sinks = sinks;
            _optionsProvider = optionsProvider;
            _globalOptions = globalOptions;
            _optionProblems = optionProblems;
            _compilation = compilation;
            _generatedCodeAttribute = compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");
            _flow = new ValueFlow(index);
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (GeneratedCode.IsGeneratedTree(tree, compilation, cancellationToken)) _generatedTrees.Add(tree);
                else _treeOptions[tree] = ReadOptions(tree);
            }
        }

        /// <summary>Generated files are not analyzed (see <see cref="GeneratedCode"/>).</summary>
        private bool Skip(IOperation operation) => _generatedTrees.Contains(operation.Syntax.SyntaxTree);

        /// <summary>Reports unless the finding lies in generated code: a generated file, or a member or type marked [GeneratedCode].</summary>
        private void Report(in OperationAnalysisContext context, Diagnostic diagnostic)
        {
            var tree = diagnostic.Location.SourceTree;
            if (tree is not null && _generatedTrees.Contains(tree)) return;
            if (_generatedCodeAttribute is not null)
            {
                // The finding usually lies in the member being analysed; a constant's value may lie in another.
                var symbol = tree is null || tree == context.Operation.Syntax.SyntaxTree
                    ? context.ContainingSymbol
                    : _compilation.GetSemanticModel(tree).GetEnclosingSymbol(diagnostic.Location.SourceSpan.Start, context.CancellationToken);
                if (GeneratedCode.IsMarkedGenerated(symbol, _generatedCodeAttribute)) return;
            }

            context.ReportDiagnostic(diagnostic);
        }

        /// <summary>
        /// Checks every file's options once, at the end of the compilation, so a bad key or value is
        /// reported (PHR1007) whatever the file holds; the operation actions only read values.
        /// </summary>
        public void CheckAllOptions(Compilation compilation)
        {
            // The compiler gives every file its own options object, so there is nothing to share
            // between files; a problem found in many files is reported once (by key).
            var problems = new List<(string Key, string Message)>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                PhraseOptions.Read(_optionsProvider.GetOptions(tree), _optionsProvider.GlobalOptions, problems);
            }

            foreach (var (key, message) in problems) _optionProblems.TryAdd(key, message);
        }

        private PhraseOptions OptionsFor(SyntaxTree tree) => _treeOptions.TryGetValue(tree, out var options) ? options : ReadOptions(tree);

        // Read without checking keys: that is CheckAllOptions' job, at the end of the compilation.
        private PhraseOptions ReadOptions(SyntaxTree tree) => PhraseOptions.Read(_optionsProvider.GetOptions(tree), _optionsProvider.GlobalOptions, problems: null);

        /// <summary>PHR1003 for a UTF-8 literal (<c>"…"u8</c>); it is bytes, so no member can replace it (no PHR1004/PHR1005).</summary>
        public void AnalyzeUtf8String(OperationAnalysisContext context)
        {
            var literal = (IUtf8StringOperation)context.Operation;
            if (string.IsNullOrEmpty(literal.Value) || Skip(literal)) return;
            ReportForbidden(context, literal.Syntax, literal.Value);
        }

        /// <summary>PHR1003 for every literal; PHR1004 / PHR1005 for whole string literals.</summary>
        public void AnalyzeLiteral(OperationAnalysisContext context)
        {
            var literal = (ILiteralOperation)context.Operation;
            if (literal.ConstantValue.Value is not string text || text.Length == 0 || Skip(literal)) return;
            bool hasCjk = ReportForbidden(context, literal.Syntax, text);

            // Text pieces of an interpolated string are not phrases on their own; the whole string is checked at a sink (PHR1002).
            if (!hasCjk || literal.Parent?.Kind == OperationKind.InterpolatedStringText) return;

            var exact = _index.FindExact(text);
            if (exact is not null)
            {
                var properties = PhraseProperties(exact, literal.Syntax);
                Report(in context, Diagnostic.Create(AnalyzerRules.UseMember, literal.Syntax.GetLocation(), properties, exact.DisplayName, exact.Culture));
                return;
            }

            var near = _index.FindNear(text, OptionsFor(literal.Syntax.SyntaxTree).NearMatchMaxEdits);
            if (near is not null)
            {
                var properties = PhraseProperties(near.Phrase, literal.Syntax)
                    .Add(AnalyzerRules.Properties.Edits, near.Edits.ToString(CultureInfo.InvariantCulture));
                string? literalCulture = PhraseIndex.LiteralCulture(text, near.Phrase);
                if (literalCulture is not null) properties = properties.Add(AnalyzerRules.Properties.LiteralCulture, literalCulture);
                Report(in context, Diagnostic.Create(AnalyzerRules.NearMatch, literal.Syntax.GetLocation(), properties, near.Phrase.DisplayName, near.Phrase.Culture, Quote(near.Phrase.Text)));
            }
        }

        /// <summary>PHR1003 for each forbidden phrase in <paramref name="text"/>; returns whether the text has a Han or Hangul character.</summary>
        private bool ReportForbidden(OperationAnalysisContext context, SyntaxNode syntax, string text)
        {
            // Most literals of a program are identifiers, paths, formats and messages in other scripts:
            // without Han or Hangul there is nothing to look up (unless a forbidden list holds such a phrase).
            bool hasCjk = TextFolding.HasHanOrHangul(text);
            if (!hasCjk && _index.ForbiddenNeedsCjk) return false;
            var options = OptionsFor(syntax.SyntaxTree);
            var forbidden = _index.FindForbidden(text, options.IncludeStandardForbidden);
            if (forbidden is null) return hasCjk;
            foreach (var match in forbidden)
            {
                var phrase = match.Phrase;
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties.Add(AnalyzerRules.Properties.ForbiddenKey, phrase.Key);
                properties.Add(AnalyzerRules.Properties.ForbiddenText, phrase.Text);
                properties.Add(AnalyzerRules.Properties.Culture, phrase.Culture);
                properties.Add(AnalyzerRules.Properties.CatalogType, phrase.Catalog.TypeName);
                if (phrase.Instead is not null) properties.Add(AnalyzerRules.Properties.Instead, phrase.Instead);

                // The keys to say instead are approved phrases of the rule's own catalog, which the rule key names.
                var insteadKeys = (phrase.Instead ?? string.Empty).Split(',').Select(k => k.Trim()).Where(k => k.Length > 0).ToList();
                string instead = insteadKeys.Count == 0 ? string.Empty : "; say " + string.Join(" or ", insteadKeys) + " instead";
                Report(in context, Diagnostic.Create(
                    AnalyzerRules.Forbidden,
                    LiteralSyntax.Locate(syntax, text, match.Start, match.Length),
                    properties.ToImmutable(),
                    phrase.Text,
                    phrase.Catalog.Name + "." + phrase.Key,
                    instead));
            }

            return hasCjk;
        }

        /// <summary>PHR1001 / PHR1002 for a value passed to a sink parameter.</summary>
        public void AnalyzeArgument(OperationAnalysisContext context)
        {
            var argument = (IArgumentOperation)context.Operation;
            if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is not { } parameter) return;
            if (parameter.Type.SpecialType != SpecialType.System_String || Skip(argument)) return;
            // Cheapest first: the shape of the value (a parameter, a call or a property is never
            // reported), then whether the target is a sink (memoised), and only then the bounded flow.
            if (!ValueFlow.MayReport(argument.Value)) return;
            Check(in context, argument.Value, _sinks.ForParameter(parameter, context.CancellationToken));
        }

        /// <summary>PHR1001 / PHR1002 for a value assigned to a sink property.</summary>
        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation { Property: { } property } || property.Type.SpecialType != SpecialType.System_String) return;
            if (Skip(assignment) || !ValueFlow.MayReport(assignment.Value)) return;
            Check(in context, assignment.Value, _sinks.ForProperty(property, context.CancellationToken));
        }

        /// <summary>
        /// <c>sink += text</c> composes the sink's old value with <c>text</c> (PHR1002 when a piece of
        /// <c>text</c> is not approved; the old value was checked when it was set); <c>sink ??= text</c>
        /// assigns <c>text</c>.
        /// </summary>
        public void AnalyzeCompoundAssignment(OperationAnalysisContext context)
        {
            IOperation target, value;
            bool composes;
            switch (context.Operation)
            {
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound:
                    (target, value, composes) = (compound.Target, compound.Value, true);
                    break;
                case ICoalesceAssignmentOperation coalesce:
                    (target, value, composes) = (coalesce.Target, coalesce.Value, false);
                    break;
                default:
                    return;
            }

            if (target is not IPropertyReferenceOperation { Property: { } property } || property.Type.SpecialType != SpecialType.System_String) return;
            if (Skip(context.Operation)) return;
            if (!composes)
            {
                if (ValueFlow.MayReport(value)) Check(in context, value, _sinks.ForProperty(property, context.CancellationToken));
                return;
            }

            var sink = _sinks.ForProperty(property, context.CancellationToken);
            if (sink is null) return;
            string? piece = _flow.FirstUnapprovedPiece(value);
            if (piece is null) return;
            var properties = ImmutableDictionary<string, string?>.Empty.Add(AnalyzerRules.Properties.Sink, sink.Chain);
            Report(in context, Diagnostic.Create(AnalyzerRules.Composed, context.Operation.Syntax.GetLocation(), properties, sink.Chain, piece));
        }

        /// <summary>PHR1001 / PHR1002 for a value that <see cref="ValueFlow.MayReport"/> let through, bound for <paramref name="sink"/>.</summary>
        private void Check(in OperationAnalysisContext context, IOperation value, Sink? sink)
        {
            if (sink is null) return;
            var options = OptionsFor(value.Syntax.SyntaxTree);
            var findings = _flow.Evaluate(value, options.MaxFlowDepth, context.CancellationToken);
            if (findings is null) return;

            foreach (var finding in findings)
            {
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties.Add(AnalyzerRules.Properties.Sink, sink.Chain);
                string nearest = string.Empty;
                if (finding.Text is not null)
                {
                    var near = _index.FindNearest(finding.Text);
                    if (near is not null)
                    {
                        properties.Add(AnalyzerRules.Properties.Key, near.Phrase.Key);
                        properties.Add(AnalyzerRules.Properties.ApprovedText, near.Phrase.Text);
                        properties.Add(AnalyzerRules.Properties.Culture, near.Phrase.Culture);
                        properties.Add(AnalyzerRules.Properties.CatalogType, near.Phrase.Catalog.TypeName);
                        nearest = " (nearest approved phrase: " + near.Phrase.DisplayName + ")";
                    }
                }

                var diagnostic = finding.IsComposed
                    ? Diagnostic.Create(AnalyzerRules.Composed, finding.Location, finding.AdditionalLocations, properties.ToImmutable(), sink.Chain, finding.Description)
                    : Diagnostic.Create(AnalyzerRules.NotApproved, finding.Location, finding.AdditionalLocations, properties.ToImmutable(), finding.Description, sink.Chain, nearest);
                Report(in context, diagnostic);
            }
        }

        private static ImmutableDictionary<string, string?> PhraseProperties(ApprovedText phrase, SyntaxNode syntax) =>
            ImmutableDictionary.CreateRange(new[]
            {
                new KeyValuePair<string, string?>(AnalyzerRules.Properties.Key, phrase.Key),
                new KeyValuePair<string, string?>(AnalyzerRules.Properties.ApprovedText, phrase.Text),
                new KeyValuePair<string, string?>(AnalyzerRules.Properties.Culture, phrase.Culture),
                new KeyValuePair<string, string?>(AnalyzerRules.Properties.DefaultCulture, phrase.Catalog.DefaultCulture),
                new KeyValuePair<string, string?>(AnalyzerRules.Properties.CatalogType, phrase.Catalog.TypeName),
                new KeyValuePair<string, string?>(AnalyzerRules.Properties.Member, phrase.Member),
                new KeyValuePair<string, string?>(AnalyzerRules.Properties.Fixable, LiteralSyntax.IsReplaceable(syntax) ? "true" : "false"),
            });

        internal static string Quote(string text)
        {
            const int Max = 40;
            int cut = text.Length > Max && char.IsHighSurrogate(text[Max - 1]) ? Max - 1 : Max;   // never half a surrogate pair
            string shown = text.Length > Max ? text.Substring(0, cut) + "\u2026" : text;
            return "\"" + shown.Replace("\r", "\\r").Replace("\n", "\\n") + "\"";
        }
    }
}
