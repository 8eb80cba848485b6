using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Generator.Pipeline
{
    /// <summary>
    /// Turns Roslyn-free <see cref="PhraseProblem"/>s into Roslyn diagnostics located in the .resx.
    /// Every descriptor is built from the core's rule table (<see cref="PhraseRules"/>): title,
    /// description, severity and help link come from the rule. Only the ID is written out per field,
    /// as a constant, because Roslyn's release-tracking analyzers (RS2000–RS2008) and RS1017 can only
    /// read constant IDs; a test holds this list and the rule table to the same IDs.
    /// </summary>
    internal static class Diagnostics
    {
        private static Dictionary<string, DiagnosticDescriptor>? _descriptors;

        private static Dictionary<string, DiagnosticDescriptor> Descriptors => _descriptors ??= Create();

        public static IEnumerable<DiagnosticDescriptor> All => Descriptors.Values;

        public static DiagnosticDescriptor Descriptor(string id) => Descriptors[id];

        public static Diagnostic ToDiagnostic(PhraseProblem problem)
        {
            var descriptor = Descriptors[problem.RuleId];
            return problem.Severity is { } severity
                ? Diagnostic.Create(descriptor, ToLocation(problem.Span), ToRoslyn(severity), additionalLocations: null, properties: null, problem.Message)
                : Diagnostic.Create(descriptor, ToLocation(problem.Span), problem.Message);
        }

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

        public static readonly DiagnosticDescriptor ScriptMismatch = new DiagnosticDescriptor(PhraseRules.ScriptMismatchId, PhraseRules.ScriptMismatch.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.ScriptMismatch), isEnabledByDefault: true, description: PhraseRules.ScriptMismatch.Description, helpLinkUri: PhraseRules.ScriptMismatch.HelpLink);

        public static readonly DiagnosticDescriptor AddressRegister = new DiagnosticDescriptor(PhraseRules.AddressRegisterId, PhraseRules.AddressRegister.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.AddressRegister), isEnabledByDefault: true, description: PhraseRules.AddressRegister.Description, helpLinkUri: PhraseRules.AddressRegister.HelpLink);

        public static readonly DiagnosticDescriptor ForbiddenInApproved = new DiagnosticDescriptor(PhraseRules.ForbiddenInApprovedId, PhraseRules.ForbiddenInApproved.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.ForbiddenInApproved), isEnabledByDefault: true, description: PhraseRules.ForbiddenInApproved.Description, helpLinkUri: PhraseRules.ForbiddenInApproved.HelpLink);

        public static readonly DiagnosticDescriptor TemplateMark = new DiagnosticDescriptor(PhraseRules.TemplateMarkId, PhraseRules.TemplateMark.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.TemplateMark), isEnabledByDefault: true, description: PhraseRules.TemplateMark.Description, helpLinkUri: PhraseRules.TemplateMark.HelpLink);

        public static readonly DiagnosticDescriptor Punctuation = new DiagnosticDescriptor(PhraseRules.PunctuationId, PhraseRules.Punctuation.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.Punctuation), isEnabledByDefault: true, description: PhraseRules.Punctuation.Description, helpLinkUri: PhraseRules.Punctuation.HelpLink);

        public static readonly DiagnosticDescriptor Whitespace = new DiagnosticDescriptor(PhraseRules.WhitespaceId, PhraseRules.Whitespace.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.Whitespace), isEnabledByDefault: true, description: PhraseRules.Whitespace.Description, helpLinkUri: PhraseRules.Whitespace.HelpLink);

        public static readonly DiagnosticDescriptor CultureName = new DiagnosticDescriptor(PhraseRules.CultureNameId, PhraseRules.CultureName.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.CultureName), isEnabledByDefault: true, description: PhraseRules.CultureName.Description, helpLinkUri: PhraseRules.CultureName.HelpLink);

        public static readonly DiagnosticDescriptor Untranslated = new DiagnosticDescriptor(PhraseRules.UntranslatedId, PhraseRules.Untranslated.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.Untranslated), isEnabledByDefault: true, description: PhraseRules.Untranslated.Description, helpLinkUri: PhraseRules.Untranslated.HelpLink);

        public static readonly DiagnosticDescriptor FusedParticle = new DiagnosticDescriptor(PhraseRules.FusedParticleId, PhraseRules.FusedParticle.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.FusedParticle), isEnabledByDefault: true, description: PhraseRules.FusedParticle.Description, helpLinkUri: PhraseRules.FusedParticle.HelpLink);

        public static readonly DiagnosticDescriptor UntranslatedText = new DiagnosticDescriptor(PhraseRules.UntranslatedTextId, PhraseRules.UntranslatedText.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.UntranslatedText), isEnabledByDefault: true, description: PhraseRules.UntranslatedText.Description, helpLinkUri: PhraseRules.UntranslatedText.HelpLink);

        public static readonly DiagnosticDescriptor Pause = new DiagnosticDescriptor(PhraseRules.PauseId, PhraseRules.Pause.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.Pause), isEnabledByDefault: true, description: PhraseRules.Pause.Description, helpLinkUri: PhraseRules.Pause.HelpLink);

        public static readonly DiagnosticDescriptor Procedure = new DiagnosticDescriptor(PhraseRules.ProcedureId, PhraseRules.Procedure.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.Procedure), isEnabledByDefault: true, description: PhraseRules.Procedure.Description, helpLinkUri: PhraseRules.Procedure.HelpLink);

        public static readonly DiagnosticDescriptor UnknownSetting = new DiagnosticDescriptor(PhraseRules.UnknownSettingId, PhraseRules.UnknownSetting.Title, "{0}", PhraseRules.Category, Severity(PhraseRules.UnknownSetting), isEnabledByDefault: true, description: PhraseRules.UnknownSetting.Description, helpLinkUri: PhraseRules.UnknownSetting.HelpLink);

        private static Dictionary<string, DiagnosticDescriptor> Create()
        {
            var result = new Dictionary<string, DiagnosticDescriptor>();
            foreach (var descriptor in Declared) result.Add(descriptor.Id, descriptor);
            return result;
        }

        /// <summary>Every descriptor field above, in rule-ID order.</summary>
        private static DiagnosticDescriptor[] Declared => new[]
        {
            Unreadable, NotPlainString, DuplicateKey, InvalidKey, MissingTranslation, PlaceholderMismatch, MalformedPlaceholder, EmptyText, UnknownReplacement, ScriptMismatch, AddressRegister, ForbiddenInApproved, TemplateMark, Punctuation, Whitespace, CultureName, Untranslated, FusedParticle, Pause, Procedure, UnknownSetting, UntranslatedText,
        };

        private static DiagnosticSeverity Severity(PhraseRule rule) => ToRoslyn(rule.Severity);

        private static DiagnosticSeverity ToRoslyn(RuleSeverity severity) => severity switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
    }
}
