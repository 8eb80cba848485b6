using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Shared;

namespace PhraseCatalog.Generator.Analyzers
{
    /// <summary>A forbidden phrase found in a text: where, and which rule.</summary>
    internal readonly struct ForbiddenMatch
    {
        public ForbiddenMatch(int start, ForbiddenText phrase)
        {
            Start = start;
            Phrase = phrase;
        }

        public int Start { get; }

        public ForbiddenText Phrase { get; }

        public int Length => Phrase.Text.Length;
    }

    /// <summary>The approved phrase a text nearly matches, and how far it is.</summary>
    internal sealed class NearMatch
    {
        public NearMatch(ApprovedText phrase, int edits)
        {
            Phrase = phrase;
            Edits = edits;
        }

        public ApprovedText Phrase { get; }

        /// <summary>Edits left after normalisation and script folding (0: only look-alikes or the other script differ).</summary>
        public int Edits { get; }
    }

    /// <summary>
    /// Everything the analyzers look up, built once per compilation from the catalogs it sees:
    /// approved texts by exact text, the folded near-match index, and one Aho–Corasick automaton
    /// over the forbidden texts (one with and one without the standard catalog's list).
    /// </summary>
    internal sealed class PhraseIndex
    {
        private readonly Dictionary<string, ApprovedText> _exact = new Dictionary<string, ApprovedText>(StringComparer.Ordinal);
        private readonly HashSet<string> _templates = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<ApprovedText>> _folded = new Dictionary<string, List<ApprovedText>>(StringComparer.Ordinal);
        private readonly Dictionary<int, List<NearEntry>> _byLength = new Dictionary<int, List<NearEntry>>();

        // One bit per UTF-16 unit that occurs in a folded approved text (8 KiB): a short literal with a
        // character outside it cannot fold to an approved text, which rules out most literals without allocating.
        private readonly ulong[] _foldedChars = new ulong[0x10000 / 64];
        private readonly ConcurrentDictionary<string, NearMatch?> _nearest = new ConcurrentDictionary<string, NearMatch?>(StringComparer.Ordinal);
        private readonly ForbiddenSet _allForbidden;
        private readonly Lazy<ForbiddenSet> _ownForbidden;   // only files that leave the standard list out need it

        public PhraseIndex(IReadOnlyList<CatalogInfo> catalogs)
        {
            Catalogs = catalogs;
            // A compilation's own catalogs win over referenced ones, and within each the order is fixed,
            // so the phrase a text maps to never depends on reference order.
            var approved = catalogs
                .SelectMany(c => c.Approved)
                .OrderBy(a => a.Catalog.IsStandard)
                .ThenBy(a => a.Catalog.TypeName, StringComparer.Ordinal)
                .ThenBy(a => a.Key, StringComparer.Ordinal)
                .ThenBy(a => a.Culture == a.Catalog.DefaultCulture ? 0 : 1)
                .ThenBy(a => a.Culture, StringComparer.Ordinal);
            foreach (var phrase in approved)
            {
                if (phrase.HasPlaceholders)
                {
                    _templates.Add(phrase.Text);
                    continue;
                }

                if (!_exact.ContainsKey(phrase.Text)) _exact.Add(phrase.Text, phrase);
                string normalized = TextFolding.Normalize(phrase.Text);
                string folded = TextFolding.FoldScript(normalized);
                if (!_folded.TryGetValue(folded, out var list)) _folded.Add(folded, list = new List<ApprovedText>());
                list.Add(phrase);
                foreach (char c in folded) _foldedChars[c >> 6] |= 1UL << (c & 63);
                if (!_byLength.TryGetValue(folded.Length, out var bucket)) _byLength.Add(folded.Length, bucket = new List<NearEntry>());
                if (list.Count == 1) bucket.Add(new NearEntry(folded, Signature(folded), list));
            }

            var forbidden = catalogs.SelectMany(c => c.Forbidden).Where(f => f.Text.Length > 0).OrderBy(f => f.Catalog.IsStandard).ThenBy(f => f.Catalog.TypeName, StringComparer.Ordinal).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
            _allForbidden = new ForbiddenSet(forbidden);
            var all = _allForbidden;
            _ownForbidden = forbidden.Any(f => f.Catalog.IsStandard)
                ? new Lazy<ForbiddenSet>(() => new ForbiddenSet(forbidden.Where(f => !f.Catalog.IsStandard).ToList()))
                : new Lazy<ForbiddenSet>(() => all);
        }

        public IReadOnlyList<CatalogInfo> Catalogs { get; }

        public bool HasApproved => _exact.Count > 0 || _templates.Count > 0;

        /// <summary>True when every forbidden phrase has a Han or Hangul character, so a literal without one cannot hold any.</summary>
        public bool ForbiddenNeedsCjk => _allForbidden.NeedsCjk;

        public bool HasForbidden(bool includeStandard) => !(includeStandard ? _allForbidden : _ownForbidden.Value).IsEmpty;

        /// <summary>The approved phrase (without placeholders) whose text is exactly <paramref name="text"/>.</summary>
        public ApprovedText? FindExact(string text) => _exact.TryGetValue(text, out var phrase) ? phrase : null;

        /// <summary>True when the text is the template of a phrase with placeholders.</summary>
        public bool IsTemplate(string text) => _templates.Contains(text);

        /// <summary>Forbidden phrases in a text, outermost first where two overlap; empty when the text cannot hold one.</summary>
        public List<ForbiddenMatch>? FindForbidden(string text, bool includeStandard) =>
            (includeStandard ? _allForbidden : _ownForbidden.Value).Find(text);

        /// <summary>
        /// The approved phrase a text nearly matches: equal after normalising look-alikes and folding
        /// Traditional to Simplified, or within <paramref name="maxEdits"/> edits (and 10% of its length).
        /// Null when the text is an exact approved text, or nothing is near.
        /// </summary>
        public NearMatch? FindNear(string text, int maxEdits)
        {
            if (_exact.Count == 0 || _exact.ContainsKey(text) || !TextFolding.HasHanOrHangul(text)) return null;

            // Folding never lengthens a text, so at most this many edits are allowed; a character
            // that occurs in no approved text costs one edit, so most literals are ruled out here
            // without allocating (under ten characters, a single such character is enough).
            int allowed = Math.Min(maxEdits, text.Length / 10);
            if (TextFolding.CharactersOutside(text, _foldedChars, allowed) > allowed) return null;
            string normalized = TextFolding.Normalize(text);
            string folded = TextFolding.FoldScript(normalized);
            if (folded.Length == 0) return null;
            if (_folded.TryGetValue(folded, out var same)) return new NearMatch(Best(same, normalized), 0);

            int k = Math.Min(maxEdits, folded.Length / 10);
            if (k <= 0) return null;
            ulong signature = Signature(folded);
            List<ApprovedText>? best = null;
            int bestEdits = k + 1;
            for (int length = folded.Length - k; length <= folded.Length + k; length++)
            {
                if (!_byLength.TryGetValue(length, out var bucket)) continue;
                foreach (var entry in bucket)
                {
                    // Each edit changes at most two bits of the character-set signature.
                    if (PopCount(signature ^ entry.Signature) > 2 * k) continue;
                    int edits = EditDistance.Bounded(folded, entry.Folded, Math.Min(k, bestEdits - 1));
                    if (edits < bestEdits)
                    {
                        bestEdits = edits;
                        best = entry.Phrases;
                    }
                }
            }

            return best is null ? null : new NearMatch(Best(best, normalized), bestEdits);
        }

        /// <summary>
        /// The closest approved phrase within half the text's length in edits, for the properties of
        /// PHR1001 (so a report can say which phrase was probably meant). Only called for findings.
        /// </summary>
        public NearMatch? FindNearest(string text)
        {
            if (_exact.Count == 0 || !TextFolding.HasHanOrHangul(text) || text.Length > 400) return null;

            // A project that sends one unapproved text from many places asks for it many times.
            if (_nearest.TryGetValue(text, out var known)) return known;
            var nearest = SearchNearest(text);
            _nearest.TryAdd(text, nearest);
            return nearest;
        }

        private NearMatch? SearchNearest(string text)
        {
            string normalized = TextFolding.Normalize(text);
            string folded = TextFolding.FoldScript(normalized);
            if (_folded.TryGetValue(folded, out var same)) return new NearMatch(Best(same, normalized), 0);
            int bound = Math.Max(1, folded.Length / 2);
            ulong signature = Signature(folded);
            char[] sorted = SortedChars(folded);
            List<ApprovedText>? best = null;
            int bestEdits = bound + 1;
            foreach (var bucket in _byLength.OrderBy(b => Math.Abs(b.Key - folded.Length)).ThenBy(b => b.Key))
            {
                if (Math.Abs(bucket.Key - folded.Length) >= bestEdits) break;
                foreach (var entry in bucket.Value)
                {
                    // An edit flips at most two bits of the character-set signature, so this many bits
                    // apart means at least half as many edits: skip what cannot beat the best so far.
                    if ((PopCount(signature ^ entry.Signature) + 1) / 2 >= bestEdits) continue;

                    // Each character of the longer text that the other lacks (as a multiset) costs an
                    // edit: a linear merge, where the edit distance is quadratic at this wide a bound.
                    if (Math.Max(folded.Length, entry.Folded.Length) - CommonCount(sorted, entry.SortedChars) >= bestEdits) continue;
                    int edits = EditDistance.Bounded(folded, entry.Folded, bestEdits - 1);
                    if (edits < bestEdits)
                    {
                        bestEdits = edits;
                        best = entry.Phrases;
                    }
                }
            }

            return best is null ? null : new NearMatch(Best(best, normalized), bestEdits);
        }

        /// <summary>
        /// Among texts that fold alike (a phrase in zh-Hans and zh-Hant, or two phrases), the one
        /// closest to the literal before script folding, so a zh-Hant literal maps to the zh-Hant
        /// text; ties keep the index order (own catalogs, key, default culture first).
        /// </summary>
        private static ApprovedText Best(List<ApprovedText> candidates, string normalized)
        {
            if (candidates.Count == 1) return candidates[0];
            ApprovedText best = candidates[0];
            int bestDistance = int.MaxValue;
            foreach (var candidate in candidates)
            {
                string text = TextFolding.Normalize(candidate.Text);
                int distance = EditDistance.Bounded(normalized, text, Math.Min(Math.Max(normalized.Length, text.Length), bestDistance));
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = candidate;
                    if (distance == 0) break;
                }
            }

            return best;
        }

        /// <summary>
        /// The culture a literal is written in when it is the approved text in the other Chinese
        /// script (a zh-Hant literal of a phrase approved only in zh-Hans) and the catalog has that
        /// culture; otherwise null. Decided only when the two differ in script characters alone
        /// (equal after script folding, not before): a character test on its own would take the
        /// Simplified 么 for Traditional, since the fold table maps both 么 and 麼 to 幺. The code fix
        /// asks the member for this culture, so the literal's audience keeps its script.
        /// </summary>
        public static string? LiteralCulture(string literal, ApprovedText phrase)
        {
            string normalized = TextFolding.Normalize(literal);
            string approved = TextFolding.Normalize(phrase.Text);
            if (normalized == approved || TextFolding.FoldScript(normalized) != TextFolding.FoldScript(approved)) return null;
            bool approvedTraditional;
            if (IsChinese(phrase.Culture, traditional: true)) approvedTraditional = true;
            else if (IsChinese(phrase.Culture, traditional: false)) approvedTraditional = false;
            else return null;
            foreach (string culture in phrase.Catalog.Cultures)
            {
                if (IsChinese(culture, traditional: !approvedTraditional)) return culture;
            }

            return null;
        }

        /// <summary>Chinese culture names by script, by the one culture table that culture resolution uses.</summary>
        private static bool IsChinese(string culture, bool traditional) =>
            CultureNames.ScriptOf(culture) == (traditional ? CultureScript.Traditional : CultureScript.Simplified);

        internal static char[] SortedChars(string text)
        {
            var chars = text.ToCharArray();
            Array.Sort(chars);
            return chars;
        }

        /// <summary>The size of the multiset intersection of two sorted character arrays.</summary>
        internal static int CommonCount(char[] a, char[] b)
        {
            int i = 0, j = 0, common = 0;
            while (i < a.Length && j < b.Length)
            {
                if (a[i] == b[j])
                {
                    common++;
                    i++;
                    j++;
                }
                else if (a[i] < b[j])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }

            return common;
        }

        internal static ulong Signature(string text)
        {
            ulong signature = 0;
            foreach (char c in text) signature |= 1UL << (int)((c * 2654435761u) >> 26);
            return signature;
        }

        // The SWAR population count (netstandard2.0 has no BitOperations): constant time, where
        // clearing one bit at a time took a loop turn per differing bit for every candidate.
        internal static int PopCount(ulong value)
        {
            value -= (value >> 1) & 0x5555555555555555UL;
            value = (value & 0x3333333333333333UL) + ((value >> 2) & 0x3333333333333333UL);
            value = (value + (value >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
            return (int)((value * 0x0101010101010101UL) >> 56);
        }

        private sealed class NearEntry
        {
            private char[]? _sortedChars;

            public NearEntry(string folded, ulong signature, List<ApprovedText> phrases)
            {
                Folded = folded;
                Signature = signature;
                Phrases = phrases;
            }

            /// <summary>The folded text's characters in order, made on first use (only the nearest-phrase search needs them); racing threads make equal arrays.</summary>
            public char[] SortedChars => _sortedChars ??= PhraseIndex.SortedChars(Folded);

            public string Folded { get; }

            public ulong Signature { get; }

            public List<ApprovedText> Phrases { get; }
        }

        private sealed class ForbiddenSet
        {
            private readonly List<ForbiddenText> _phrases;
            private readonly PhraseAutomaton _automaton;
            private readonly bool _needsCjk;

            public ForbiddenSet(List<ForbiddenText> phrases)
            {
                _phrases = phrases;
                // Patterns and texts are folded one-to-one (full-width, compatibility forms), so match positions are the literal's own.
                _automaton = new PhraseAutomaton(phrases.Select(p => TextFolding.FoldForSearch(p.Text)).ToList());
                _needsCjk = phrases.All(p => TextFolding.HasHanOrHangul(p.Text));
            }

            public bool IsEmpty => _phrases.Count == 0;

            public bool NeedsCjk => _needsCjk;

            public List<ForbiddenMatch>? Find(string text)
            {
                if (_phrases.Count == 0 || (_needsCjk && !TextFolding.HasHanOrHangul(text))) return null;
                var hits = _automaton.FindAll(TextFolding.FoldForSearch(text));
                if (hits is null) return null;

                // Longest first at each start; drop a match inside one already kept (你 inside 你们), and the same text twice from two catalogs.
                // List.Sort is not stable: the pattern index breaks ties, so the same rule wins on every run (the compilation's own catalogs first).
                hits.Sort((x, y) =>
                {
                    if (x.Start != y.Start) return x.Start.CompareTo(y.Start);
                    int byLength = _phrases[y.Pattern].Text.Length.CompareTo(_phrases[x.Pattern].Text.Length);
                    return byLength != 0 ? byLength : x.Pattern.CompareTo(y.Pattern);
                });
                var result = new List<ForbiddenMatch>();
                int coveredEnd = -1;
                foreach (var (start, pattern) in hits)
                {
                    int end = start + _phrases[pattern].Text.Length;
                    if (end <= coveredEnd) continue;
                    result.Add(new ForbiddenMatch(start, _phrases[pattern]));
                    coveredEnd = end;
                }

                return result;
            }
        }
    }
}
