using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace PhraseCatalog.CodeFixes
{
    /// <summary>
    /// PHR1004 / PHR1005: replaces a literal with the approved phrase's typed member. The first
    /// action keeps the literal's culture exactly: <c>CallCenter.Greeting.InboundCall.Text("zh-Hant")</c>
    /// is the same text the literal was (or, for PHR1005, the approved text it was meant to be). The
    /// second uses the bare member, whose text follows the current UI culture at run time. Fix All
    /// applies whichever was chosen to every occurrence. Everything the fix needs comes in the
    /// diagnostic's properties, so it binds nothing.
    /// </summary>
    // No [Shared]: an IDE creates fixes from a package's analyzer folder itself, reading only
    // [ExportCodeFixProvider]. [Shared] would add a reference to System.Composition.AttributedModel
    // 8.0.0.0 (the oldest this feed has), newer than the 7.0.0.0 the Roslyn 4.8 IDEs carry; an
    // attribute that does not resolve can make the IDE skip the fix.
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PhraseLiteralCodeFixProvider))]
    public sealed class PhraseLiteralCodeFixProvider : CodeFixProvider
    {
        internal const string UseMemberId = "PHR1004";
        internal const string NearMatchId = "PHR1005";
        internal const string MemberProperty = "Member";
        internal const string CultureProperty = "Culture";
        internal const string FixableProperty = "Fixable";
        internal const string CatalogTypeProperty = "CatalogType";
        internal const string KeyProperty = "PhraseKey";
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
                if (!diagnostic.Properties.TryGetValue(MemberProperty, out var member) || member is null
                    || !diagnostic.Properties.TryGetValue(CultureProperty, out var culture) || culture is null
                    || (diagnostic.Properties.TryGetValue(FixableProperty, out var fixable) && fixable == "false"))
                {
                    continue;
                }

                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax) continue;

                string shortName = ShortName(diagnostic, member);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use {shortName}.Text(\"{culture}\")",
                        ct => ReplaceAsync(context.Document, diagnostic, member + ".Text(" + SymbolDisplay.FormatLiteral(culture, quote: true) + ")", ct),
                        KeepCultureEquivalenceKey),
                    diagnostic);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use {shortName} (text in the current UI culture)",
                        ct => ReplaceAsync(context.Document, diagnostic, member, ct),
                        CurrentCultureEquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, Diagnostic diagnostic, string expression, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal) return document;
            var replacement = SyntaxFactory.ParseExpression(expression)
                .WithTriviaFrom(literal)
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
            return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
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
