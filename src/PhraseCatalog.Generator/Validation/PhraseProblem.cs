using PhraseCatalog.Generator.Common;

namespace PhraseCatalog.Generator.Validation
{
    /// <summary>A finding in a phrase file: which rule, where, and the finished message.</summary>
    internal sealed record PhraseProblem(string RuleId, SourceSpan? Span, string Message)
    {
        public static PhraseProblem Create(PhraseRule rule, SourceSpan? span, params string[] args) =>
            new PhraseProblem(rule.Id, span, rule.Format(args));

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
