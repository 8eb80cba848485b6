using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PhraseCatalog.Generator.Common;
using PhraseCatalog.Generator.Validation;

namespace PhraseCatalog.Generator.Pipeline
{
    /// <summary>Turns Roslyn-free <see cref="PhraseProblem"/>s into Roslyn diagnostics located in the .resx.</summary>
    internal static class Diagnostics
    {
        private static Dictionary<string, DiagnosticDescriptor>? _descriptors;

        private static Dictionary<string, DiagnosticDescriptor> Descriptors => _descriptors ??= Create();

        public static IEnumerable<DiagnosticDescriptor> All => Descriptors.Values;

        public static DiagnosticDescriptor Descriptor(string id) => Descriptors[id];

        public static Diagnostic ToDiagnostic(PhraseProblem problem) =>
            Diagnostic.Create(Descriptors[problem.RuleId], ToLocation(problem.Span), problem.Message);

        public static Location ToLocation(SourceSpan? span)
        {
            if (span is null) return Location.None;
            var lines = new LinePositionSpan(
                new LinePosition(span.Line - 1, span.Column - 1),
                new LinePosition(span.EndLine - 1, span.EndColumn - 1));
            return Location.Create(span.Path, new TextSpan(span.Start, span.Length), lines);
        }

        public static readonly DiagnosticDescriptor Unreadable = new DiagnosticDescriptor(PhraseRules.UnreadableId, PhraseRules.Unreadable.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.Unreadable), isEnabledByDefault: true, description: PhraseRules.Unreadable.Description, helpLinkUri: PhraseRules.Unreadable.HelpLink);

        public static readonly DiagnosticDescriptor NotPlainString = new DiagnosticDescriptor(PhraseRules.NotPlainStringId, PhraseRules.NotPlainString.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.NotPlainString), isEnabledByDefault: true, description: PhraseRules.NotPlainString.Description, helpLinkUri: PhraseRules.NotPlainString.HelpLink);

        public static readonly DiagnosticDescriptor DuplicateKey = new DiagnosticDescriptor(PhraseRules.DuplicateKeyId, PhraseRules.DuplicateKey.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.DuplicateKey), isEnabledByDefault: true, description: PhraseRules.DuplicateKey.Description, helpLinkUri: PhraseRules.DuplicateKey.HelpLink);

        public static readonly DiagnosticDescriptor InvalidKey = new DiagnosticDescriptor(PhraseRules.InvalidKeyId, PhraseRules.InvalidKey.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.InvalidKey), isEnabledByDefault: true, description: PhraseRules.InvalidKey.Description, helpLinkUri: PhraseRules.InvalidKey.HelpLink);

        public static readonly DiagnosticDescriptor MissingTranslation = new DiagnosticDescriptor(PhraseRules.MissingTranslationId, PhraseRules.MissingTranslation.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.MissingTranslation), isEnabledByDefault: true, description: PhraseRules.MissingTranslation.Description, helpLinkUri: PhraseRules.MissingTranslation.HelpLink);

        public static readonly DiagnosticDescriptor PlaceholderMismatch = new DiagnosticDescriptor(PhraseRules.PlaceholderMismatchId, PhraseRules.PlaceholderMismatch.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.PlaceholderMismatch), isEnabledByDefault: true, description: PhraseRules.PlaceholderMismatch.Description, helpLinkUri: PhraseRules.PlaceholderMismatch.HelpLink);

        public static readonly DiagnosticDescriptor MalformedPlaceholder = new DiagnosticDescriptor(PhraseRules.MalformedPlaceholderId, PhraseRules.MalformedPlaceholder.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.MalformedPlaceholder), isEnabledByDefault: true, description: PhraseRules.MalformedPlaceholder.Description, helpLinkUri: PhraseRules.MalformedPlaceholder.HelpLink);

        public static readonly DiagnosticDescriptor EmptyText = new DiagnosticDescriptor(PhraseRules.EmptyTextId, PhraseRules.EmptyText.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.EmptyText), isEnabledByDefault: true, description: PhraseRules.EmptyText.Description, helpLinkUri: PhraseRules.EmptyText.HelpLink);

        public static readonly DiagnosticDescriptor UnknownReplacement = new DiagnosticDescriptor(PhraseRules.UnknownReplacementId, PhraseRules.UnknownReplacement.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.UnknownReplacement), isEnabledByDefault: true, description: PhraseRules.UnknownReplacement.Description, helpLinkUri: PhraseRules.UnknownReplacement.HelpLink);

        private static Dictionary<string, DiagnosticDescriptor> Create()
        {
            var result = new Dictionary<string, DiagnosticDescriptor>();
            foreach (var descriptor in new[] { Unreadable, NotPlainString, DuplicateKey, InvalidKey, MissingTranslation, PlaceholderMismatch, MalformedPlaceholder, EmptyText, UnknownReplacement }) result.Add(descriptor.Id, descriptor);
            return result;
        }

        private static DiagnosticSeverity Severity(PhraseRule rule) => rule.Severity switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
    }
}
