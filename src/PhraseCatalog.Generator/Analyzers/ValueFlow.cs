using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PhraseCatalog.Generator.Analyzers
{
    /// <summary>A value reaching a sink that is not approved: where to report it and what to say.</summary>
    internal sealed class Finding
    {
        public Finding(bool isComposed, Location location, string description, string? text, IEnumerable<Location>? additionalLocations = null)
        {
            IsComposed = isComposed;
            Location = location;
            Description = description;
            Text = text;
            AdditionalLocations = additionalLocations;
        }

        /// <summary>PHR1002 (composed) rather than PHR1001.</summary>
        public bool IsComposed { get; }

        public Location Location { get; }

        /// <summary>For PHR1001 the value (<c>"text"</c> or <c>'name' ("text")</c>); for PHR1002 the first piece that is not approved.</summary>
        public string Description { get; }

        /// <summary>The constant text, when there is one.</summary>
        public string? Text { get; }

        public IEnumerable<Location>? AdditionalLocations { get; }
    }

    /// <summary>
    /// What a value reaching a sink is, followed back a bounded number of steps and only within
    /// the method (or the field's own declaration): a literal or constant, a conditional, switch or
    /// <c>??</c> over such values, a local or readonly field that only ever holds such values, or a
    /// composed string. Anything else (a parameter, a call, a property) is unknown and never reported.
    /// </summary>
    internal sealed class ValueFlow
    {
        private const int MaxOperationsScanned = 4096;
        private readonly PhraseIndex _index;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<IFieldSymbol, LiteralExpressionSyntax?> _fieldLiterals =
            new System.Collections.Concurrent.ConcurrentDictionary<IFieldSymbol, LiteralExpressionSyntax?>(SymbolEqualityComparer.Default);

        public ValueFlow(PhraseIndex index)
        {
            _index = index;
        }

        /// <summary>
        /// A cheap look at a value's shape: false for what <see cref="Evaluate"/> can never report
        /// (a parameter, a property, a call other than string.Format/Concat/Join, an approved
        /// phrase), so the sink and the flow need not be looked at.
        /// </summary>
        public static bool MayReport(IOperation value)
        {
            // By Kind, not by type test: this runs for every string argument of the compilation, and
            // a test against an operation interface costs a walk of the object's interface map.
            while (value.Kind == OperationKind.Conversion && ((IConversionOperation)value).OperatorMethod is null) value = ((IConversionOperation)value).Operand;
            if (value.ConstantValue.HasValue) return value.ConstantValue.Value is string text && !string.IsNullOrWhiteSpace(text);
            switch (value.Kind)
            {
                case OperationKind.ParameterReference:
                case OperationKind.PropertyReference:
                case OperationKind.Conversion:
                    return false;
                case OperationKind.Invocation:
                    return IsFormatOrConcat((IInvocationOperation)value);
                default:
                    return true;
            }
        }

        public List<Finding>? Evaluate(IOperation value, int maxDepth, CancellationToken cancellationToken)
        {
            List<Finding>? findings = null;
            Evaluate(value, maxDepth, ref findings, cancellationToken);
            return findings;
        }

        /// <summary>
        /// Adds what <paramref name="value"/> would report; returns true when every value it may have
        /// is understood (a constant, an approved phrase expression or a composed string), false when
        /// some part is unknown (a parameter, a call, a property, a mutable field).
        /// </summary>
        private bool Evaluate(IOperation value, int depth, ref List<Finding>? findings, CancellationToken cancellationToken)
        {
            if (IsApprovedExpression(value)) return true;
            if (value.ConstantValue.HasValue)
            {
                if (value.ConstantValue.Value is string text && !IsApprovedText(text))
                {
                    string description = value is IFieldReferenceOperation or ILocalReferenceOperation
                        ? "'" + Name(value) + "' (" + CompilationState.Quote(text) + ")"
                        : CompilationState.Quote(text);
                    Add(ref findings, new Finding(false, value.Syntax.GetLocation(), description, text));
                }

                return true;
            }

            switch (value)
            {
                case IConversionOperation { OperatorMethod: null } conversion:
                    return Evaluate(conversion.Operand, depth, ref findings, cancellationToken);
                case IConditionalOperation { WhenFalse: not null } conditional:
                    // A literal in one branch reaches the sink whenever that branch is taken, whatever the other holds.
                    bool whenTrue = Evaluate(conditional.WhenTrue, depth, ref findings, cancellationToken);
                    bool whenFalse = Evaluate(conditional.WhenFalse, depth, ref findings, cancellationToken);
                    return whenTrue && whenFalse;
                case ICoalesceOperation coalesce:
                    bool left = Evaluate(coalesce.Value, depth, ref findings, cancellationToken);
                    bool right = Evaluate(coalesce.WhenNull, depth, ref findings, cancellationToken);
                    return left && right;
                case ISwitchExpressionOperation @switch:
                    bool all = true;
                    foreach (var arm in @switch.Arms) all &= Evaluate(arm.Value, depth, ref findings, cancellationToken);
                    return all;
                case IInterpolatedStringOperation:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
                case IInvocationOperation invocation when IsFormatOrConcat(invocation):
                    string? bad = FirstUnapprovedPiece(value, 0);
                    if (bad is not null) Add(ref findings, new Finding(true, value.Syntax.GetLocation(), bad, null));
                    return true;
                case ILocalReferenceOperation local when depth > 0:
                    return FollowValues(value, LocalValues(local, cancellationToken), depth, ref findings, cancellationToken);
                case IFieldReferenceOperation field when depth > 0:
                    if (FieldLiteral(field.Field, cancellationToken) is not { } literal) return false;
                    string fieldText = literal.Token.ValueText;
                    if (!IsApprovedText(fieldText))
                    {
                        Add(ref findings, new Finding(false, value.Syntax.GetLocation(), "'" + field.Field.Name + "' (" + CompilationState.Quote(fieldText) + ")", fieldText, new[] { literal.GetLocation() }));
                    }

                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Reports at the reference what the values of a local would report, naming the variable, but
        /// only when every value it is ever given is understood: a local that may also hold an unknown
        /// value may never carry the literal to the sink (flow is not tracked), so it stays quiet.
        /// </summary>
        private bool FollowValues(IOperation reference, List<IOperation>? values, int depth, ref List<Finding>? findings, CancellationToken cancellationToken)
        {
            if (values is null) return false;
            List<Finding>? inner = null;
            foreach (var value in values)
            {
                if (!Evaluate(value, depth - 1, ref inner, cancellationToken)) return false;
            }

            if (inner is null) return true;
            var first = inner[0];
            string description = first.IsComposed
                ? first.Description
                : "'" + Name(reference) + "' (" + (first.Text is null ? first.Description : CompilationState.Quote(first.Text)) + ")";
            Add(ref findings, new Finding(first.IsComposed, reference.Syntax.GetLocation(), description, first.Text, inner.Select(f => f.Location).Where(l => l.IsInSource).ToList()));
            return true;
        }

        private static string Name(IOperation reference) => reference switch
        {
            ILocalReferenceOperation l => l.Local.Name,
            IFieldReferenceOperation f => f.Field.Name,
            _ => reference.Syntax.ToString(),
        };

        private static void Add(ref List<Finding>? findings, Finding finding) => (findings ??= new List<Finding>()).Add(finding);

        private bool IsApprovedText(string text) =>
            string.IsNullOrWhiteSpace(text) || _index.FindExact(text) is not null;

        /// <summary>A value of a phrase type, or one turned into a string by a phrase type's conversion, Text() or ToString().</summary>
        private static bool IsApprovedExpression(IOperation operation)
        {
            while (true)
            {
                if (IsPhraseType(operation.Type)) return true;
                switch (operation)
                {
                    case IConversionOperation conversion:
                        if (conversion.OperatorMethod is { } method) return IsPhraseType(method.ContainingType);
                        operation = conversion.Operand;
                        continue;
                    case IInvocationOperation invocation:
                        return invocation.TargetMethod.ContainingType is { } type && IsPhraseType(type)
                            && (invocation.TargetMethod.Name is "Text" or "ToString" or "TextAt");
                    default:
                        return false;
                }
            }
        }

        private static bool IsPhraseType(ITypeSymbol? type) =>
            type is INamedTypeSymbol { Name: "Phrase" or "PhraseMessage", ContainingNamespace: { Name: "PhraseCatalog", ContainingNamespace.IsGlobalNamespace: true } };

        private static bool IsFormatOrConcat(IInvocationOperation invocation) =>
            invocation.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String
            && invocation.TargetMethod.IsStatic
            && invocation.TargetMethod.Name is "Format" or "Concat" or "Join";

        /// <summary>The first piece of a (composed) value that is not approved, or null when every piece is.</summary>
        public string? FirstUnapprovedPiece(IOperation operation) => FirstUnapprovedPiece(operation, 0);

        /// <summary>The first piece of a composed string that is not approved (quoted or shown as code), or null when every piece is.</summary>
        private string? FirstUnapprovedPiece(IOperation operation, int depth)
        {
            if (depth > 16 || IsApprovedExpression(operation)) return null;
            if (operation.ConstantValue.HasValue)
            {
                // A char or a number is text of its own ('你', 5): only whitespace and null are nothing.
                return operation.ConstantValue.Value switch
                {
                    null => null,
                    string text => IsApprovedText(text) ? null : CompilationState.Quote(text),
                    char c => char.IsWhiteSpace(c) ? null : Code(operation),
                    _ => Code(operation),
                };
            }

            switch (operation)
            {
                case IConversionOperation { OperatorMethod: null } conversion:
                    return FirstUnapprovedPiece(conversion.Operand, depth + 1);
                case IInterpolatedStringOperation interpolated:
                    foreach (var part in interpolated.Parts)
                    {
                        string? bad = part switch
                        {
                            IInterpolatedStringTextOperation text => FirstUnapprovedPiece(text.Text, depth + 1),
                            IInterpolationOperation hole => FirstUnapprovedPiece(hole.Expression, depth + 1),
                            _ => Code(part),
                        };
                        if (bad is not null) return bad;
                    }

                    return null;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary:
                    return FirstUnapprovedPiece(binary.LeftOperand, depth + 1) ?? FirstUnapprovedPiece(binary.RightOperand, depth + 1);
                case IInvocationOperation invocation when IsFormatOrConcat(invocation):
                    bool format = invocation.TargetMethod.Name == "Format";
                    bool formatSeen = false;
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter?.Type.Name == "IFormatProvider") continue;
                        if (format && !formatSeen && argument.Parameter?.Type.SpecialType == SpecialType.System_String)
                        {
                            formatSeen = true;
                            if (argument.Value.ConstantValue.Value is string pattern && IsHolesOnly(pattern)) continue;
                            return argument.Value.ConstantValue.Value is string badFormat ? CompilationState.Quote(badFormat) : Code(argument.Value);
                        }

                        var values = argument.Value is IArrayCreationOperation { Initializer: { } initializer } ? initializer.ElementValues : ImmutableArrayOf(argument.Value);
                        foreach (var element in values)
                        {
                            string? bad = FirstUnapprovedPiece(element, depth + 1);
                            if (bad is not null) return bad;
                        }
                    }

                    return null;
                default:
                    return Code(operation);
            }
        }

        private static IEnumerable<IOperation> ImmutableArrayOf(IOperation operation) => new[] { operation };

        private static string Code(IOperation operation)
        {
            string code = operation.Syntax.ToString();
            return code.Length > 40 ? code.Substring(0, 40) + "\u2026" : code;
        }

        /// <summary>True when a format string is only holes (<c>{0}</c>, <c>{1,-5:N0}</c>) and whitespace.</summary>
        private static bool IsHolesOnly(string format)
        {
            for (int i = 0; i < format.Length; i++)
            {
                char c = format[i];
                if (c == '{')
                {
                    if (i + 1 < format.Length && format[i + 1] == '{') return false;
                    int close = format.IndexOf('}', i);
                    if (close < 0) return false;
                    i = close;
                    continue;
                }

                if (!char.IsWhiteSpace(c)) return false;
            }

            return true;
        }

        /// <summary>
        /// Every value a local is ever given in its method, or null if it is written any other way
        /// (ref/out, compound assignment, deconstruction, a foreach or pattern variable) or the method is too large.
        /// </summary>
        private static List<IOperation>? LocalValues(ILocalReferenceOperation reference, CancellationToken cancellationToken)
        {
            var local = reference.Local;
            if (local.IsRef || local.IsConst) return null;
            var root = reference as IOperation;
            while (root.Parent is not null) root = root.Parent;

            var values = new List<IOperation>();
            bool declared = false;
            int scanned = 0;
            foreach (var operation in root.Descendants())
            {
                if (++scanned > MaxOperationsScanned) return null;
                if ((scanned & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Symbol.IsRef: true, Initializer: { } refInitializer } when refInitializer.Value.DescendantsAndSelf().Any(o => IsLocal(o, local)):
                        // 'ref string alias = ref local;' writes through the alias are not followed.
                        return null;
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        declared = true;
                        if (declarator.Initializer is { } initializer) values.Add(initializer.Value);
                        else if (declarator.Parent is not IVariableDeclarationOperation { Parent: IVariableDeclarationGroupOperation }) return null;
                        break;
                    case ISimpleAssignmentOperation assignment when IsLocal(assignment.Target, local):
                        values.Add(assignment.Value);
                        break;
                    case ICompoundAssignmentOperation compound when IsLocal(compound.Target, local):
                    case ICoalesceAssignmentOperation coalesce when IsLocal(coalesce.Target, local):
                    case IIncrementOrDecrementOperation increment when IsLocal(increment.Target, local):
                    case IDeconstructionAssignmentOperation deconstruction when deconstruction.Target.DescendantsAndSelf().Any(o => IsLocal(o, local)):
                    case IDeclarationPatternOperation pattern when SymbolEqualityComparer.Default.Equals(pattern.DeclaredSymbol, local):
                    case IArgumentOperation argument when argument.Parameter is { RefKind: not RefKind.None and not RefKind.In } && argument.Value.DescendantsAndSelf().Any(o => IsLocal(o, local)):
                    case ILocalReferenceOperation { IsDeclaration: true } declaration when SymbolEqualityComparer.Default.Equals(declaration.Local, local):
                        return null;
                }
            }

            return declared && values.Count > 0 ? values : null;
        }

        private static bool IsLocal(IOperation operation, ILocalSymbol local) =>
            operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);

        /// <summary>
        /// The value of a readonly field of the compilation with a literal initializer, when nothing
        /// that may write a readonly field (a constructor, an init accessor of its type) assigns it
        /// or passes it by ref/out. Checked on syntax only, so nothing is bound; remembered per field.
        /// </summary>
        private LiteralExpressionSyntax? FieldLiteral(IFieldSymbol field, CancellationToken cancellationToken)
        {
            if (!field.IsReadOnly || field.DeclaringSyntaxReferences.Length != 1) return null;
            return _fieldLiterals.GetOrAdd(field.OriginalDefinition, f => ReadFieldLiteral(f, cancellationToken));
        }

        private static LiteralExpressionSyntax? ReadFieldLiteral(IFieldSymbol field, CancellationToken cancellationToken)
        {
            if (field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal } || !literal.IsKind(SyntaxKind.StringLiteralExpression)) return null;
            var writers = field.ContainingType.Constructors.Cast<ISymbol>()
                .Concat(field.ContainingType.GetMembers().OfType<IPropertySymbol>().Where(p => p.SetMethod is { IsInitOnly: true }).Select(p => (ISymbol)p.SetMethod!));
            foreach (var writer in writers)
            {
                foreach (var reference in writer.DeclaringSyntaxReferences)
                {
                    foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
                    {
                        switch (node)
                        {
                            case AssignmentExpressionSyntax assignment when AssignedName(assignment.Left) == field.Name || assignment.Left is ThisExpressionSyntax:
                            case ArgumentSyntax { RefKindKeyword.RawKind: not 0 } argument when AssignedName(argument.Expression) == field.Name:
                                return null;
                        }
                    }
                }
            }

            return literal;
        }

        private static string? AssignedName(ExpressionSyntax left) => left switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
