using System;
using PhraseCatalog.Shared;
using System.Collections.Generic;
using System.Threading;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// PHR0011: an approved text that contains a forbidden phrase of the same culture. The forbidden
    /// texts of a culture go into one Aho–Corasick automaton, so each approved text is read once,
    /// however many forbidden phrases there are. Matching is literal (ordinal: no case folding, no
    /// script folding), because the forbidden files list the exact words not to say; a forbidden
    /// phrase inside a longer word still counts (不知道 in 您不知道的话 is what the agent says).
    /// Placeholders are hidden first: a placeholder's name is never said, and a forbidden phrase
    /// cannot run across a value the code fills in.
    /// </summary>
    internal sealed class ForbiddenInApprovedCheck : IQualityCheck
    {
        public PhraseRule Rule => PhraseRules.ForbiddenInApproved;

        public void Run(QualityInput input, List<PhraseProblem> problems, CancellationToken cancellationToken)
        {
            foreach (var forbiddenFile in input.Forbidden)
            {
                CultureFile? approvedFile = null;
                foreach (var candidate in input.Approved)
                {
                    if (string.Equals(candidate.Culture, forbiddenFile.Culture, StringComparison.OrdinalIgnoreCase)) approvedFile = candidate;
                }

                if (approvedFile is null) continue;

                // Empty and blank forbidden texts are PHR0008's; they would match everywhere.
                var patterns = new List<ResxEntry>();
                foreach (var entry in forbiddenFile.Entries)
                {
                    if (entry.Text.Trim().Length > 0 && entry.Text.IndexOf(PlaceholderMask.Hidden) < 0) patterns.Add(entry);
                }

                if (patterns.Count == 0) continue;
                var texts = new string[patterns.Count];
                for (int p = 0; p < texts.Length; p++) texts[p] = patterns[p].Text;
                var automaton = new PhraseAutomaton(texts);

                cancellationToken.ThrowIfCancellationRequested();
                foreach (var entry in approvedFile.Entries)
                {
                    var matches = automaton.FindAll(PlaceholderMask.Hide(entry.Text));
                    if (matches is null) continue;

                    // The automaton reports matches by their end; the file reads by start.
                    matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Pattern.CompareTo(b.Pattern));
                    foreach (var (start, pattern) in matches)
                    {
                        var forbidden = patterns[pattern];
                        problems.Add(new PhraseProblem(
                            Rule.Id,
                            TextPositions.SpanInValue(entry, start, forbidden.Text.Length),
                            $"The approved text of '{entry.Key}' contains '{forbidden.Text}', which the forbidden phrase '{forbidden.Key}' ({System.IO.Path.GetFileName(forbiddenFile.Path)}) says an agent must never say; reword the approved text{Instead(forbidden.Comment)}"));
                    }
                }
            }
        }

        /// <summary>Points to the approved phrases the forbidden entry suggests, when it names any.</summary>
        private static string Instead(string? comment)
        {
            var keys = Model.CatalogBuilder.ParseInstead(comment);
            return keys.Length == 0 ? string.Empty : " (the forbidden entry suggests " + string.Join(", ", keys) + ")";
        }
    }
}
