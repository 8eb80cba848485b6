using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace PhraseCatalog.Generator.Analyzers
{
    /// <summary>Where a piece of a string's value lies in its source, and whether the literal may be replaced by an expression.</summary>
    internal static class LiteralSyntax
    {
        /// <summary>
        /// The location of <paramref name="length"/> characters at <paramref name="start"/> of the
        /// literal's value. Found by looking the same text up in the token (CJK phrases practically
        /// never contain escapes); if escapes make the source differ, the whole literal.
        /// </summary>
        public static Location Locate(SyntaxNode syntax, string value, int start, int length)
        {
            SyntaxToken token = syntax switch
            {
                LiteralExpressionSyntax literal => literal.Token,
                InterpolatedStringTextSyntax text => text.TextToken,
                _ => default,
            };
            if (token.RawKind == 0 || length == 0) return syntax.GetLocation();

            string piece = value.Substring(start, length);
            int occurrence = 0;
            for (int i = value.IndexOf(piece, System.StringComparison.Ordinal); i >= 0 && i < start; i = value.IndexOf(piece, i + 1, System.StringComparison.Ordinal)) occurrence++;

            string source = token.Text;
            int index = -1;
            for (int n = 0; n <= occurrence; n++)
            {
                index = source.IndexOf(piece, index + 1, System.StringComparison.Ordinal);
                if (index < 0) return syntax.GetLocation();
            }

            return Location.Create(syntax.SyntaxTree, new TextSpan(token.SpanStart + index, length));
        }

        /// <summary>False where only a constant may stand: const declarations, attribute arguments, case labels and patterns, default parameter values.</summary>
        public static bool IsReplaceable(SyntaxNode syntax)
        {
            for (var node = syntax.Parent; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case AttributeArgumentSyntax:
                    case CaseSwitchLabelSyntax:
                    case PatternSyntax:
                    case ParameterSyntax:
                        return false;
                    case LocalDeclarationStatementSyntax local:
                        return !local.IsConst;
                    case FieldDeclarationSyntax field:
                        return !field.Modifiers.Any(SyntaxKind.ConstKeyword);
                    case StatementSyntax:
                    case MemberDeclarationSyntax:
                    case AnonymousFunctionExpressionSyntax:
                        return true;
                }
            }

            return true;
        }
    }
}
