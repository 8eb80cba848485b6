using Microsoft.CodeAnalysis;

namespace PhraseCatalog.Generator.Analyzers
{
    /// <summary>The PHR1xxx rules: IDs and property names are public contract (docs/rules/PHR1xxx.md).</summary>
    internal static class AnalyzerRules
    {
        public const string Category = "PhraseCatalog.Code";
        private const string HelpBase = "https://github.com/phrasecatalog/phrasecatalog/blob/main/docs/rules/";

        public const string NotApprovedId = "PHR1001";
        public const string ComposedId = "PHR1002";
        public const string ForbiddenId = "PHR1003";
        public const string UseMemberId = "PHR1004";
        public const string NearMatchId = "PHR1005";
        public const string BadSinkLineId = "PHR1006";
        public const string BadOptionId = "PHR1007";
        public const string HandMadeId = "PHR1008";

        /// <summary>Names of <see cref="Diagnostic.Properties"/> entries (shown in SARIF under <c>properties</c>, read by the code fixes).</summary>
        public static class Properties
        {
            /// <summary>The approved key (PHR1004, PHR1005) or the nearest approved key (PHR1001).</summary>
            public const string Key = "PhraseKey";

            /// <summary>The approved text the literal matches or nearly matches.</summary>
            public const string ApprovedText = "ApprovedText";

            /// <summary>The culture of <see cref="ApprovedText"/>.</summary>
            public const string Culture = "Culture";

            /// <summary>
            /// PHR1005 only: the culture the literal is written in when it is the other Chinese script
            /// than <see cref="ApprovedText"/> and the catalog has that culture (a zh-Hant literal of a
            /// phrase approved only in zh-Hans). The code fix keeps this culture rather than <see cref="Culture"/>.
            /// </summary>
            public const string LiteralCulture = "LiteralCulture";

            /// <summary>The catalog class, fully qualified with <c>global::</c>.</summary>
            public const string CatalogType = "CatalogType";

            /// <summary>The typed member, fully qualified: <c>global::Ns.CallCenter.Greeting.InboundCall</c>.</summary>
            public const string Member = "Member";

            /// <summary>The catalog's default culture.</summary>
            public const string DefaultCulture = "DefaultCulture";

            /// <summary>"true" when the literal may be replaced by an expression (not in a constant context).</summary>
            public const string Fixable = "Fixable";

            /// <summary>The sink and the wrapper chain that leads to it.</summary>
            public const string Sink = "Sink";

            /// <summary>The forbidden rule key (PHR1003).</summary>
            public const string ForbiddenKey = "ForbiddenKey";

            /// <summary>The forbidden text (PHR1003).</summary>
            public const string ForbiddenText = "ForbiddenText";

            /// <summary>Approved keys to say instead, comma-separated (PHR1003).</summary>
            public const string Instead = "Instead";

            /// <summary>Edits between the literal and the approved text after normalisation (PHR1005).</summary>
            public const string Edits = "Edits";
        }

        public static readonly DiagnosticDescriptor NotApproved = new DiagnosticDescriptor(
            NotApprovedId,
            "Agent message is not an approved phrase",
            "{0} is not an approved phrase and reaches the agent-message sink {1}{2}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A literal, a constant, or a local or field that only ever holds such a value reaches a parameter or property that sends a message to a customer, but its text is not an approved phrase. Use a member of a generated catalog instead.",
            helpLinkUri: HelpBase + NotApprovedId + ".md");

        public static readonly DiagnosticDescriptor Composed = new DiagnosticDescriptor(
            ComposedId,
            "Composed agent message",
            "A composed string reaches the agent-message sink {0}, and {1} is not an approved phrase",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "An interpolated string, a concatenation or a string.Format/string.Concat call reaches an agent-message sink. Composed text is only allowed when every piece is approved (a phrase, a placeholder phrase's result, or whitespace). Use a placeholder phrase instead.",
            helpLinkUri: HelpBase + ComposedId + ".md");

        public static readonly DiagnosticDescriptor Forbidden = new DiagnosticDescriptor(
            ForbiddenId,
            "String literal contains a forbidden phrase",
            "The literal contains the forbidden phrase '{0}' (rule {1}){2}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A string literal contains a phrase that an agent must never say, as listed in a catalog's forbidden phrase files. The message names the rule and the approved phrases to say instead.",
            helpLinkUri: HelpBase + ForbiddenId + ".md");

        public static readonly DiagnosticDescriptor UseMember = new DiagnosticDescriptor(
            UseMemberId,
            "Use the typed phrase member",
            "This text is the approved phrase {0} ({1}); use the typed member",
            Category,
            DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A string literal equals the text of an approved phrase. The typed member keeps the text in one place, in every culture, and lets the analyzers see that the message is approved.",
            helpLinkUri: HelpBase + UseMemberId + ".md");

        public static readonly DiagnosticDescriptor NearMatch = new DiagnosticDescriptor(
            NearMatchId,
            "Text nearly matches an approved phrase",
            "This text nearly matches the approved phrase {0} ({1}): {2}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A string literal is almost an approved phrase: the other Chinese script, half-width against full-width punctuation, different whitespace, look-alike characters that are not byte-equal, or a small edit distance. Use the approved phrase's member.",
            helpLinkUri: HelpBase + NearMatchId + ".md");

        public static readonly DiagnosticDescriptor BadSinkLine = new DiagnosticDescriptor(
            BadSinkLineId,
            "PhraseSinks line is not a sink",
            "'{0}' is not a sink: {1}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A line of a PhraseSinks.txt or PhraseSinks.*.txt file cannot be read, names no symbol of the compilation, or repeats another line. A typo in this file would otherwise silently leave a sink unchecked.",
            helpLinkUri: HelpBase + BadSinkLineId + ".md");

        public static readonly DiagnosticDescriptor BadOption = new DiagnosticDescriptor(
            BadOptionId,
            "Unknown or invalid PhraseCatalog option",
            "{0}",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "An .editorconfig or .globalconfig key starts with 'phrasecatalog.' but is not a PhraseCatalog option, or its value cannot be read. A misspelled option would otherwise be silently ignored.",
            helpLinkUri: HelpBase + BadOptionId + ".md",
            customTags: WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor HandMade = new DiagnosticDescriptor(
            HandMadeId,
            "Phrase built outside a generated catalog",
            "A {0} is built here from text no phrase file approved; take the phrase from a generated catalog member instead",
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Phrase and PhraseTemplate are built by the generated catalogs, from approved phrase files. One built by hand can hold any text, and everything downstream (agent-message sinks, the run-time guard) would take it for an approved phrase.",
            helpLinkUri: HelpBase + HandMadeId + ".md");
    }
}
