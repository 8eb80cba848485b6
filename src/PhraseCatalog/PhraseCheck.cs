using System;
using System.Collections.Generic;
using PhraseCatalog.Metadata;

namespace PhraseCatalog
{
    /// <summary>What <see cref="PhraseGuard.Check"/> found.</summary>
    public enum PhraseVerdict
    {
        /// <summary>Neither an approved phrase nor near one, and nothing forbidden in it.</summary>
        Unapproved = 0,

        /// <summary>Exactly an approved phrase of the culture (or one with its placeholders filled).</summary>
        Approved = 1,

        /// <summary>Near an approved phrase: equal after folding look-alikes and script, or a few edits away.</summary>
        Near = 2,

        /// <summary>Holds at least one forbidden phrase.</summary>
        Forbidden = 3,
    }

    /// <summary>The result of checking one reply. Results that find nothing, and exact approved phrases, are shared instances.</summary>
    public sealed class PhraseCheck
    {
        private static readonly ForbiddenFinding[] NoFindings = new ForbiddenFinding[0];

        /// <summary>The shared result for a text that is neither approved, near nor forbidden.</summary>
        public static readonly PhraseCheck Unapproved = new PhraseCheck(PhraseVerdict.Unapproved, null, null, null, 0, false, null);

        internal PhraseCheck(PhraseVerdict verdict, CatalogDescription? catalog, PhraseDescription? phrase, string? culture, int edits, bool filled, ForbiddenFinding[]? forbidden)
        {
            Verdict = verdict;
            Catalog = catalog;
            Phrase = phrase;
            Culture = culture;
            Edits = edits;
            IsFilledTemplate = filled;
            Forbidden = forbidden ?? NoFindings;
        }

        internal static PhraseCheck ForForbidden(ForbiddenFinding[] found, string? cultureName) =>
            new PhraseCheck(PhraseVerdict.Forbidden, null, null, cultureName, 0, false, found);

        /// <summary>The verdict.</summary>
        public PhraseVerdict Verdict { get; }

        /// <summary>The catalog of <see cref="Phrase"/>.</summary>
        public CatalogDescription? Catalog { get; }

        /// <summary>The approved phrase the text is (<see cref="PhraseVerdict.Approved"/>) or is near (<see cref="PhraseVerdict.Near"/>); null otherwise.</summary>
        public PhraseDescription? Phrase { get; }

        /// <summary>The catalog culture of the matched text (<c>zh-Hant</c>), or for a forbidden finding the culture asked for.</summary>
        public string? Culture { get; }

        /// <summary>For <see cref="PhraseVerdict.Near"/>: edits left after folding look-alikes and script (0: only those differ).</summary>
        public int Edits { get; }

        /// <summary>True when the text is a phrase with placeholders, its placeholders filled.</summary>
        public bool IsFilledTemplate { get; }

        /// <summary>The forbidden phrases found, in order of position; empty unless <see cref="PhraseVerdict.Forbidden"/>.</summary>
        public IReadOnlyList<ForbiddenFinding> Forbidden { get; }

        /// <inheritdoc />
        public override string ToString() => Verdict switch
        {
            PhraseVerdict.Approved => "Approved: " + Phrase!.Key,
            PhraseVerdict.Near => "Near " + Phrase!.Key + " (" + Edits + " edits)",
            PhraseVerdict.Forbidden => "Forbidden: " + string.Join(", ", (IEnumerable<ForbiddenFinding>)Forbidden),
            _ => "Unapproved",
        };
    }

    /// <summary>A forbidden phrase found in a reply: where, which rule, what to say instead.</summary>
    public sealed class ForbiddenFinding
    {
        private readonly PhraseDescription[] _instead;

        internal ForbiddenFinding(int start, int length, string matched, CatalogDescription catalog, ForbiddenPhraseDescription rule, PhraseDescription[] instead)
        {
            Start = start;
            Length = length;
            Matched = matched;
            Catalog = catalog;
            Rule = rule;
            _instead = instead;
        }

        /// <summary>Where the phrase starts in the checked text (UTF-16 index).</summary>
        public int Start { get; }

        /// <summary>Its length in the checked text.</summary>
        public int Length { get; }

        /// <summary>The text as found (it may be full-width where the rule is not).</summary>
        public string Matched { get; }

        /// <summary>The catalog whose rule it is.</summary>
        public CatalogDescription Catalog { get; }

        /// <summary>The forbidden-phrase rule.</summary>
        public ForbiddenPhraseDescription Rule { get; }

        /// <summary>The approved phrases to say instead (the rule's <c>Instead:</c> keys).</summary>
        public IReadOnlyList<PhraseDescription> Instead => _instead;

        /// <summary>The first replacement's text (template as written) for a culture name, or null when the rule names none.</summary>
        public string? InsteadText(string? cultureName) => _instead.Length == 0 ? null : _instead[0].Text(cultureName);

        /// <inheritdoc />
        public override string ToString() => Rule.Key + " '" + Matched + "' at " + Start;
    }
}
