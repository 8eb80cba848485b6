using PhraseCatalog.Core.Common;

namespace PhraseCatalog.Core.Problems
{
    /// <summary>
    /// A finding in a phrase file: which rule, where, and the finished message. <see cref="Severity"/>
    /// is set only when one finding of a rule is graver than the rule's default (a full-width
    /// placeholder brace, say); configuration in .globalconfig still wins over both.
    /// </summary>
    internal sealed record PhraseProblem(string RuleId, SourceSpan? Span, string Message, RuleSeverity? Severity = null)
    {
        public static PhraseProblem Create(PhraseRule rule, SourceSpan? span, params string[] args) =>
            new PhraseProblem(rule.Id, span, rule.Format(args));

        public RuleSeverity EffectiveSeverity => Severity ?? Rule.Severity;

        public PhraseRule Rule
        {
            get
            {
                foreach (var rule in PhraseRules.All)
                {
                    if (rule.Id == RuleId) return rule;
                }

                return PhraseRules.Unreadable;
            }
        }

        public override string ToString() =>
            Span is null ? RuleId + ": " + Message : $"{Span.Path}({Span.Line},{Span.Column}): {RuleId}: {Message}";
    }
}
