using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using PhraseCatalog.Generator.Analyzers;

namespace PhraseCatalog.CodeFixes
{
    /// <summary>
    /// PHR1004 / PHR1005: replaces a literal with the approved phrase's typed member. The first
    /// action keeps the literal's culture exactly: <c>CallCenter.Greeting.InboundCall.Text("zh-Hant")</c>
    /// is the same text the literal was (or, for PHR1005, the approved text it was meant to be, in
    /// the literal's own script when the catalog has it). The second follows the current UI culture
    /// at run time: the bare member where a string is expected and the member binds the same way,
    /// else <c>.ToString()</c> (after <c>var</c>, a member access, an <c>object</c> target, another
    /// overload). Fix All applies whichever was chosen to every occurrence. Where only a constant may
    /// stand (the analyzer's <c>Fixable</c> property is "false") nothing is offered.
    /// </summary>
    // No [Shared] (System.Composition): IDEs load a package's fixes from its export attribute alone,
    // and that attribute's assembly version would be newer than the one Roslyn 4.8 IDEs carry.
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PhraseLiteralCodeFixProvider))]
    public sealed class PhraseLiteralCodeFixProvider : CodeFixProvider
    {
        // IDs and property names come from the analyzers' own table (one definition, shipped side by side).
        private const string UseMemberId = AnalyzerRules.UseMemberId;
        private const string NearMatchId = AnalyzerRules.NearMatchId;
        private const string MemberProperty = AnalyzerRules.Properties.Member;
        private const string CultureProperty = AnalyzerRules.Properties.Culture;
        private const string LiteralCultureProperty = AnalyzerRules.Properties.LiteralCulture;
        private const string FixableProperty = AnalyzerRules.Properties.Fixable;
        private const string CatalogTypeProperty = AnalyzerRules.Properties.CatalogType;
        private const string KeyProperty = AnalyzerRules.Properties.Key;
        internal const string KeepCultureEquivalenceKey = "PhraseCatalog.UseMemberKeepCulture";
        internal const string CurrentCultureEquivalenceKey = "PhraseCatalog.UseMemberCurrentCulture";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UseMemberId, NearMatchId);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!TryReadFix(diagnostic, out string member, out string culture)) continue;
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                    || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    continue;
                }

                string shortName = ShortName(diagnostic, member);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use {shortName}.Text(\"{culture}\")",
                        ct => ReplaceAsync(context.Document, diagnostic.Location.SourceSpan, _ => Task.FromResult<ExpressionSyntax>(KeepCulture(member, culture)), ct),
                        KeepCultureEquivalenceKey),
                    diagnostic);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use {shortName} (text in the current UI culture)",
                        ct => ReplaceAsync(context.Document, diagnostic.Location.SourceSpan, node => CurrentCultureAsync(context.Document, node, member, ct), ct),
                        CurrentCultureEquivalenceKey),
                    diagnostic);
            }
        }

        private static bool TryReadFix(Diagnostic diagnostic, out string member, out string culture)
        {
            member = culture = string.Empty;
            var properties = diagnostic.Properties;
            if (properties.TryGetValue(FixableProperty, out var fixable) && fixable == "false") return false;
            if (!properties.TryGetValue(MemberProperty, out var m) || string.IsNullOrEmpty(m)) return false;
            if (!properties.TryGetValue(LiteralCultureProperty, out var c) || string.IsNullOrEmpty(c))
            {
                if (!properties.TryGetValue(CultureProperty, out c) || string.IsNullOrEmpty(c)) return false;
            }

            member = m!;
            culture = c!;
            return true;
        }

        private static async Task<Document> ReplaceAsync(Document document, Microsoft.CodeAnalysis.Text.TextSpan span, System.Func<LiteralExpressionSyntax, Task<ExpressionSyntax>> replacementFor, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindNode(span, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal) return document;
            var replacement = (await replacementFor(literal).ConfigureAwait(false)).WithTriviaFrom(literal);
            return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
        }

        /// <summary>The member, fully qualified and marked for simplification (the simplifier reduces a name, not the call it is part of).</summary>
        private static ExpressionSyntax Member(string member) =>
            SyntaxFactory.ParseExpression(member).WithAdditionalAnnotations(Simplifier.Annotation);

        private static ExpressionSyntax KeepCulture(string member, string culture) =>
            Call(Member(member), "Text", SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(culture)));

        private static ExpressionSyntax Call(ExpressionSyntax target, string name, params ExpressionSyntax[] arguments) =>
            SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target, SyntaxFactory.IdentifierName(name)),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments.Select(SyntaxFactory.Argument))));

        private static async Task<ExpressionSyntax> CurrentCultureAsync(Document document, LiteralExpressionSyntax literal, string member, CancellationToken cancellationToken)
        {
            var bare = Member(member);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            return model is not null && BareMemberMeansTheSame(model, literal, bare, cancellationToken) ? bare : Call(bare, "ToString");
        }

        /// <summary>
        /// True where a <c>Phrase</c>/<c>PhraseMessage</c> in place of the literal is converted to the
        /// same string by its implicit conversion and changes nothing else: a typed declaration or
        /// assignment, a return from a method (not a lambda, whose type may be inferred), an
        /// interpolation hole, or an argument whose call still binds to the same method.
        /// </summary>
        private static bool BareMemberMeansTheSame(SemanticModel model, LiteralExpressionSyntax literal, ExpressionSyntax bare, CancellationToken cancellationToken)
        {
            if (model.GetTypeInfo(literal, cancellationToken).ConvertedType?.SpecialType != SpecialType.System_String) return false;
            switch (literal.Parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } }:
                    return !declaration.Type.IsVar;
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax }:
                case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression }:
                case ArrowExpressionClauseSyntax:
                case InterpolationSyntax:
                    return true;
                case ReturnStatementSyntax:
                    return !literal.Ancestors()
                        .TakeWhile(a => a is not MemberDeclarationSyntax and not LocalFunctionStatementSyntax)
                        .Any(a => a is AnonymousFunctionExpressionSyntax);
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } }
                    when call is InvocationExpressionSyntax or ObjectCreationExpressionSyntax:
                    var original = model.GetSymbolInfo(call, cancellationToken).Symbol;
                    if (original is null) return false;
                    var changed = call.ReplaceNode(literal, bare);
                    var speculative = model.GetSpeculativeSymbolInfo(call.SpanStart, changed, SpeculativeBindingOption.BindAsExpression).Symbol;
                    return SymbolEqualityComparer.Default.Equals(original, speculative);
                default:
                    return false;
            }
        }

        /// <summary>The member without its namespace, for the title: <c>CallCenter.Greeting.InboundCall</c>.</summary>
        private static string ShortName(Diagnostic diagnostic, string member)
        {
            if (diagnostic.Properties.TryGetValue(CatalogTypeProperty, out var catalogType) && catalogType is not null
                && diagnostic.Properties.TryGetValue(KeyProperty, out var key) && key is not null)
            {
                return catalogType.Substring(catalogType.LastIndexOf('.') + 1) + "." + key;
            }

            return member.Replace("global::", string.Empty);
        }
    }
}
