using System;
using System.Collections.Generic;
using PhraseCatalog.Shared;
using PhraseCatalog.Metadata;

namespace PhraseCatalog
{
    /// <summary>
    /// Checks replies that are not typed in code (an agent's chat message, a bot's or a language
    /// model's answer) against the approved and forbidden phrases of catalogs, with the analyzers'
    /// matching: forbidden phrases are found after full-width/half-width and compatibility-ideograph
    /// folding, in one Aho–Corasick pass; near matches compare after normalising look-alikes and
    /// folding Traditional to Simplified script, then within a few edits.
    /// </summary>
    /// <remarks>
    /// Immutable once built, so one instance serves every thread. <see cref="Check"/> is linear in
    /// the text, and allocates nothing when it finds nothing, or when the text is exactly an
    /// approved phrase.
    /// </remarks>
    public sealed class PhraseGuard
    {
        private static PhraseGuard? s_default;

        private readonly CatalogDescription[] _catalogs;
        private readonly Dictionary<string, Dictionary<string, PhraseCheck>> _exactByCulture = new Dictionary<string, Dictionary<string, PhraseCheck>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<TemplateShape>> _templatesByCulture = new Dictionary<string, List<TemplateShape>>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Approved>> _folded = new Dictionary<string, List<Approved>>(StringComparer.Ordinal);
        private readonly Dictionary<int, List<string>> _foldedByLength = new Dictionary<int, List<string>>();
        private readonly ulong[] _foldedChars = new ulong[0x10000 / 64];
        private readonly int _maxFoldedLength;
        private readonly int _maxEdits;
        private readonly PhraseAutomaton _automaton;
        private readonly Forbidden[] _forbidden;
        private readonly bool _forbiddenNeedsCjk;
        private int _maxExactLength;   // set while building, then never again

        // Every character that folds to the first character of a forbidden phrase: outside a partial
        // match, the scan skips to the next such character.
        private readonly ulong[] _startChars = new ulong[0x10000 / 64];

        // The automaton tabulated as a DFA over character classes, folding included: a character's
        // class is that of its folded form (0: in no forbidden phrase), and a step is two array reads.
        private readonly ushort[] _classOf = new ushort[0x10000];
        private readonly int _classCount;
        private readonly int[] _delta;
        private readonly bool[] _accepting;     // indexed by row offset, so the scan never divides

        /// <summary>Builds a guard over catalogs.</summary>
        /// <param name="catalogs">The catalogs whose approved and forbidden phrases count.</param>
        /// <param name="includeStandardForbidden">Also look for the standard catalog's forbidden phrases (不知道, 喂, 뭐? …), as the analyzers do by default; they are added even when the standard catalog is not in <paramref name="catalogs"/>.</param>
        /// <param name="nearMatchMaxEdits">At most this many edits (and 10 % of the length) make a text near an approved phrase; the analyzers' default is 2.</param>
        public PhraseGuard(IEnumerable<CatalogDescription> catalogs, bool includeStandardForbidden = true, int nearMatchMaxEdits = 2)
        {
            if (catalogs is null) throw new ArgumentNullException(nameof(catalogs));
            if (nearMatchMaxEdits < 0) throw new ArgumentOutOfRangeException(nameof(nearMatchMaxEdits));
            _maxEdits = nearMatchMaxEdits;
            var list = new List<CatalogDescription>();
            foreach (var catalog in catalogs)
            {
                if (catalog is not null && !list.Contains(catalog)) list.Add(catalog);
            }

            _catalogs = list.ToArray();
            foreach (var catalog in _catalogs)
            {
                foreach (var phrase in catalog.Phrases) AddApproved(catalog, phrase);
            }

            // Forbidden phrases: the given catalogs' own first, so an overlap is reported under their rule.
            var forbidden = new List<Forbidden>();
            var standard = PhraseCatalogs.Standard;
            foreach (var catalog in _catalogs)
            {
                if (catalog == standard && !includeStandardForbidden) continue;
                foreach (var rule in catalog.Forbidden) forbidden.Add(new Forbidden(catalog, rule));
            }

            if (includeStandardForbidden && !list.Contains(standard))
            {
                foreach (var rule in standard.Forbidden) forbidden.Add(new Forbidden(standard, rule));
            }

            forbidden.RemoveAll(f => f.Rule.Text.Length == 0);
            _forbidden = forbidden.ToArray();
            var patterns = new string[_forbidden.Length];
            _forbiddenNeedsCjk = true;
            for (int i = 0; i < patterns.Length; i++)
            {
                patterns[i] = TextFolding.FoldForSearch(_forbidden[i].Rule.Text);
                if (!TextFolding.HasHanOrHangul(_forbidden[i].Rule.Text)) _forbiddenNeedsCjk = false;
            }

            _automaton = new PhraseAutomaton(patterns);
            var firsts = new ulong[0x10000 / 64];
            foreach (var pattern in patterns)
            {
                if (pattern.Length > 0) firsts[pattern[0] >> 6] |= 1UL << (pattern[0] & 63);
            }

            for (int c = 0; c < 0x10000; c++)
            {
                char folded = TextFolding.FoldForSearch((char)c);
                if ((firsts[folded >> 6] & (1UL << (folded & 63))) != 0) _startChars[c >> 6] |= 1UL << (c & 63);
            }

            // Classes: one per distinct character of the folded patterns, in first-seen order.
            var classes = new Dictionary<char, ushort>();
            var representatives = new List<char> { '\0' };
            foreach (var pattern in patterns)
            {
                foreach (char c in pattern)
                {
                    if (classes.ContainsKey(c)) continue;
                    classes.Add(c, (ushort)representatives.Count);
                    representatives.Add(c);
                }
            }

            for (int c = 0; c < 0x10000; c++)
            {
                if (classes.TryGetValue(TextFolding.FoldForSearch((char)c), out var k)) _classOf[c] = k;
            }

            _classCount = representatives.Count;
            int states = _automaton.StateCount;
            _delta = new int[states * _classCount];
            _accepting = new bool[states * _classCount];
            for (int state = 0; state < states; state++)
            {
                _accepting[state * _classCount] = _automaton.OutputsAt(state).Length > 0;
                for (int k = 1; k < _classCount; k++) _delta[state * _classCount + k] = _automaton.Next(state, representatives[k]) * _classCount;
            }

            // Class 0 (a character in no phrase) sends every state back to the start, whose row is 0.
            foreach (var length in _foldedByLength.Keys) _maxFoldedLength = Math.Max(_maxFoldedLength, length);
        }

        /// <summary>A guard over every catalog of the app (<see cref="PhraseCatalogs.All"/>) and the standard forbidden list, built once.</summary>
        public static PhraseGuard Default
        {
            get
            {
                var guard = s_default;
                if (guard is not null) return guard;
                guard = new PhraseGuard(PhraseCatalogs.All);
                return System.Threading.Interlocked.CompareExchange(ref s_default, guard, null) ?? guard;
            }
        }

        /// <summary>The catalogs whose approved phrases count.</summary>
        public IReadOnlyList<CatalogDescription> Catalogs => _catalogs;

        /// <summary>
        /// Checks a reply written for a culture (<c>zh-TW</c>, <c>ko-KR</c>, …; resolved by each
        /// catalog's rules). In order: forbidden phrases anywhere in the text; the text being exactly an
        /// approved phrase of that culture, or one with its placeholders filled; the text being near an
        /// approved phrase (look-alike characters, the other Chinese script, a few edits).
        /// </summary>
        public PhraseCheck Check(string text, string? cultureName)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            var found = FindForbidden(text);
            if (found is not null) return PhraseCheck.ForForbidden(found, cultureName);

            if (FindApproved(text, cultureName) is { } approved) return approved;
            string trimmed = text.Trim();
            if (!ReferenceEquals(trimmed, text) && FindApproved(trimmed, cultureName) is { } approvedTrimmed) return approvedTrimmed;

            return FindNear(text, cultureName) ?? PhraseCheck.Unapproved;
        }

        /// <summary>True when the text holds a forbidden phrase; never allocates.</summary>
        public bool ContainsForbidden(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            if (_forbidden.Length == 0 || (_forbiddenNeedsCjk && !TextFolding.HasHanOrHangul(text))) return false;
            // States are kept as row offsets (state × classes), so a step is one add and two reads.
            var delta = _delta;
            var classOf = _classOf;
            var accepting = _accepting;
            int row = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (row == 0 && (i = NextStart(text, i)) < 0) return false;
                row = delta[row + classOf[text[i]]];
                if (accepting[row]) return true;
            }

            return false;
        }

        /// <summary>The first index at or after <paramref name="from"/> whose character can start a forbidden phrase, or -1.</summary>
        private int NextStart(string text, int from)
        {
            // A scalar bit test per character: measured faster here than SearchValues' IndexOfAny, whose
            // vectorised path for dozens of CJK characters checks many false candidates.
            var starts = _startChars;
            for (int i = from; i < text.Length; i++)
            {
                char c = text[i];
                if ((starts[c >> 6] & (1UL << (c & 63))) != 0) return i;
            }

            return -1;
        }

        private ForbiddenFinding[]? FindForbidden(string text)
        {
            if (_forbidden.Length == 0 || (_forbiddenNeedsCjk && !TextFolding.HasHanOrHangul(text))) return null;

            // The fold is one-to-one, so positions in the folded stream are positions in the text.
            List<(int Start, int Pattern)>? hits = null;
            int row = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (row == 0 && (i = NextStart(text, i)) < 0) break;
                row = _delta[row + _classOf[text[i]]];
                if (!_accepting[row]) continue;
                var outputs = _automaton.OutputsAt(row / _classCount);
                if (outputs.Length == 0) continue;
                hits ??= new List<(int, int)>();
                foreach (int p in outputs) hits.Add((i - _automaton.PatternLength(p) + 1, p));
            }

            if (hits is null) return null;

            // As the analyzers report: longest first at each start, a match inside one already kept is
            // dropped (你 inside 你说什么), ties go to the earlier rule (the given catalogs before the standard).
            hits.Sort((x, y) =>
            {
                if (x.Start != y.Start) return x.Start.CompareTo(y.Start);
                int byLength = _automaton.PatternLength(y.Pattern).CompareTo(_automaton.PatternLength(x.Pattern));
                return byLength != 0 ? byLength : x.Pattern.CompareTo(y.Pattern);
            });
            var result = new List<ForbiddenFinding>();
            int coveredEnd = -1;
            foreach (var (start, pattern) in hits)
            {
                int end = start + _automaton.PatternLength(pattern);
                if (end <= coveredEnd) continue;
                var forbidden = _forbidden[pattern];
                result.Add(new ForbiddenFinding(start, end - start, text.Substring(start, end - start), forbidden.Catalog, forbidden.Rule, forbidden.Instead));
                coveredEnd = end;
            }

            return result.ToArray();
        }

        private PhraseCheck? FindApproved(string text, string? cultureName)
        {
            foreach (var catalog in _catalogs)
            {
                string culture = catalog.Cultures.ResolveName(cultureName);
                if (text.Length <= _maxExactLength && _exactByCulture.TryGetValue(culture, out var exact) && exact.TryGetValue(text, out var check) && check.Catalog == catalog) return check;
                if (_templatesByCulture.TryGetValue(culture, out var templates))
                {
                    foreach (var template in templates)
                    {
                        if (template.Catalog == catalog && template.Matches(text)) return new PhraseCheck(PhraseVerdict.Approved, catalog, template.Phrase, culture, 0, filled: true, null);
                    }
                }
            }

            return null;
        }

        private PhraseCheck? FindNear(string text, string? cultureName)
        {
            if (_folded.Count == 0 || !TextFolding.HasHanOrHangul(text)) return null;

            // Cheap rejections before anything is allocated: every character a text keeps after folding
            // counts towards its length, and a character that occurs in no approved text costs an edit.
            int allowed = Math.Min(_maxEdits, text.Length / 10);
            int solid = 0, longest = _maxFoldedLength + allowed;
            foreach (char c in text)
            {
                // Han and Hangul (at or above U+3000) take the short test; Normalize drops only U+3000 and U+FEFF up there.
                bool dropped = c >= '\u3000'
                    ? c == '\u3000' || c == '\uFEFF'
                    : char.IsWhiteSpace(c) || (c >= '\u1100' && c <= '\u11FF') || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\u00AD' || c == '\u180E';
                if (!dropped && ++solid > longest)
                {
                    return null;
                }
            }

            if (TextFolding.CharactersOutside(text, _foldedChars, allowed) > allowed) return null;

            string folded = TextFolding.FoldScript(TextFolding.Normalize(text));
            if (folded.Length == 0) return null;
            if (_folded.TryGetValue(folded, out var same)) return Near(same, cultureName, 0);

            int k = Math.Min(_maxEdits, folded.Length / 10);
            if (k <= 0) return null;
            List<Approved>? best = null;
            int bestEdits = k + 1;
            for (int length = folded.Length - k; length <= folded.Length + k; length++)
            {
                if (!_foldedByLength.TryGetValue(length, out var bucket)) continue;
                foreach (var candidate in bucket)
                {
                    int edits = EditDistance.Bounded(folded, candidate, bestEdits - 1);
                    if (edits < bestEdits)
                    {
                        bestEdits = edits;
                        best = _folded[candidate];
                    }
                }
            }

            return best is null ? null : Near(best, cultureName, bestEdits);
        }

        /// <summary>Among the phrases that fold alike, the one in the asked culture, else the first (own catalogs and key order).</summary>
        private static PhraseCheck Near(List<Approved> candidates, string? cultureName, int edits)
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Catalog.Cultures.Resolve(cultureName) == candidate.CultureIndex)
                {
                    return new PhraseCheck(PhraseVerdict.Near, candidate.Catalog, candidate.Phrase, candidate.Catalog.Cultures.Names[candidate.CultureIndex], edits, filled: false, null);
                }
            }

            var first = candidates[0];
            return new PhraseCheck(PhraseVerdict.Near, first.Catalog, first.Phrase, first.Catalog.Cultures.Names[first.CultureIndex], edits, filled: false, null);
        }

        private void AddApproved(CatalogDescription catalog, PhraseDescription phrase)
        {
            for (int c = 0; c < phrase.Texts.Count; c++)
            {
                if (phrase.IsFallback(c)) continue;
                string culture = catalog.Cultures.Names[c];
                string text = phrase.Texts[c];
                if (phrase.Template is not null)
                {
                    if (!_templatesByCulture.TryGetValue(culture, out var templates)) _templatesByCulture.Add(culture, templates = new List<TemplateShape>());
                    templates.Add(new TemplateShape(catalog, phrase, text));
                    continue;
                }

                if (!_exactByCulture.TryGetValue(culture, out var exact)) _exactByCulture.Add(culture, exact = new Dictionary<string, PhraseCheck>(StringComparer.Ordinal));
                if (!exact.ContainsKey(text)) exact.Add(text, new PhraseCheck(PhraseVerdict.Approved, catalog, phrase, culture, 0, filled: false, null));
                _maxExactLength = Math.Max(_maxExactLength, text.Length);

                string folded = TextFolding.FoldScript(TextFolding.Normalize(text));
                if (folded.Length == 0) continue;
                if (!_folded.TryGetValue(folded, out var same))
                {
                    _folded.Add(folded, same = new List<Approved>());
                    if (!_foldedByLength.TryGetValue(folded.Length, out var bucket)) _foldedByLength.Add(folded.Length, bucket = new List<string>());
                    bucket.Add(folded);
                }

                same.Add(new Approved(catalog, phrase, c));
                foreach (char ch in folded) _foldedChars[ch >> 6] |= 1UL << (ch & 63);
            }
        }

        private sealed class Approved
        {
            public Approved(CatalogDescription catalog, PhraseDescription phrase, int cultureIndex)
            {
                Catalog = catalog;
                Phrase = phrase;
                CultureIndex = cultureIndex;
            }

            public CatalogDescription Catalog { get; }

            public PhraseDescription Phrase { get; }

            public int CultureIndex { get; }
        }

        private sealed class Forbidden
        {
            public Forbidden(CatalogDescription catalog, ForbiddenPhraseDescription rule)
            {
                Catalog = catalog;
                Rule = rule;
                var instead = new List<PhraseDescription>();
                foreach (var key in rule.Instead)
                {
                    if (catalog.Find(key) is { } phrase) instead.Add(phrase);
                }

                Instead = instead.ToArray();
            }

            public CatalogDescription Catalog { get; }

            public ForbiddenPhraseDescription Rule { get; }

            public PhraseDescription[] Instead { get; }
        }

        /// <summary>A template's literal parts, for telling whether a text is the template with its placeholders filled.</summary>
        private sealed class TemplateShape
        {
            private readonly string[] _literals;   // literal, gap, literal, gap, …, literal (first and last may be empty)

            public TemplateShape(CatalogDescription catalog, PhraseDescription phrase, string template)
            {
                Catalog = catalog;
                Phrase = phrase;
                var literals = new List<string>();
                var current = new System.Text.StringBuilder();
                for (int i = 0; i < template.Length; i++)
                {
                    char c = template[i];
                    if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
                    {
                        current.Append(c);
                        i++;
                        continue;
                    }

                    if (c == '{')
                    {
                        int close = template.IndexOf('}', i + 1);
                        if (close < 0) break;
                        literals.Add(current.ToString());
                        current.Clear();
                        i = close;
                        continue;
                    }

                    current.Append(c);
                }

                literals.Add(current.ToString());
                _literals = literals.ToArray();
            }

            public CatalogDescription Catalog { get; }

            public PhraseDescription Phrase { get; }

            /// <summary>True when the text is the literals in order with a non-empty value in every gap.</summary>
            public bool Matches(string text)
            {
                string first = _literals[0], last = _literals[_literals.Length - 1];
                if (text.Length < first.Length + last.Length + _literals.Length - 1) return false;
                if (!text.StartsWith(first, StringComparison.Ordinal) || !text.EndsWith(last, StringComparison.Ordinal)) return false;
                int position = first.Length;
                int end = text.Length - last.Length;
                for (int i = 1; i < _literals.Length - 1; i++)
                {
                    string literal = _literals[i];
                    if (literal.Length == 0)
                    {
                        position++;   // two placeholders side by side: each takes at least one character
                        continue;
                    }

                    if (position + 1 > end) return false;
                    int found = text.IndexOf(literal, position + 1, end - position - 1, StringComparison.Ordinal);
                    if (found < 0) return false;
                    position = found + literal.Length;
                }

                return end - position >= 1;
            }
        }
    }
}
