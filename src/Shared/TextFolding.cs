using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PhraseCatalog.Shared
{
    /// <summary>
    /// The text comparisons the analyzers need, without the machine's ICU data, so the answer is the
    /// same on every machine: a cheap CJK test, and the folding that makes look-alike texts equal for
    /// the near-match check (PHR1005). Shared source: the runtime's guard compiles its own copy, the
    /// analyzers use the core's, so both fold with the same tables (<see cref="FoldTables"/>).
    /// </summary>
    internal static class TextFolding
    {
        // Flat tables indexed by the character (0 = unchanged): every CJK literal of a compilation goes
        // through them, and an array index is several times cheaper than a dictionary look-up.
        private static readonly char[] TraditionalToSimplified = Table(FoldTables.TraditionalToSimplified, 0, 0x10000);
        private const char CompatibilityFirst = '\uF900';
        private static readonly char[] Compatibility = Table(FoldTables.CompatibilityIdeographs, CompatibilityFirst, 0x200);
        private static readonly Dictionary<int, int> SupplementaryCompatibility = HexPairs(FoldTables.SupplementaryCompatibilityIdeographs);

        /// <summary>True when the text has a Han or Hangul character (or a surrogate, which may be one).</summary>
        public static bool HasHanOrHangul(string text)
        {
            foreach (char c in text)
            {
                if (c < 0x1100) continue;
                if (IsHanOrHangul(c)) return true;
            }

            return false;
        }

        /// <summary>Han or Hangul (<see cref="CjkCharacters"/>); a high surrogate of planes 2 and 3 stands for its Han ideograph.</summary>
        public static bool IsHanOrHangul(char c) =>
            char.IsHighSurrogate(c) ? c >= 0xD840 && c <= 0xD8BF : CjkCharacters.IsHanOrHangul(c);

        /// <summary>
        /// A one-to-one fold for the forbidden-phrase search, so positions in the folded text are
        /// positions in the literal: full-width ASCII and the ideographic space to ASCII, CJK
        /// compatibility ideographs to their unified forms. Nothing else (no script folding: that
        /// is many-to-one and would match words the curated lists never meant).
        /// </summary>
        public static string FoldForSearch(string text)
        {
            char[]? chars = null;
            for (int i = 0; i < text.Length; i++)
            {
                char folded = FoldForSearch(text[i]);
                if (folded == text[i]) continue;
                chars ??= text.ToCharArray();
                chars[i] = folded;
            }

            return chars is null ? text : new string(chars);
        }

        /// <summary>The one-to-one fold of one character (see <see cref="FoldForSearch(string)"/>).</summary>
        public static char FoldForSearch(char c)
        {
            if (c < 0x3000) return c;
            if (c >= '\uFF01' && c <= '\uFF5E') return (char)(c - 0xFEE0);
            if (c == '\u3000') return ' ';
            return CompatibilityOf(c);
        }

        /// <summary>
        /// Normalises look-alikes: composes decomposed Hangul, maps full-width ASCII and half-width
        /// CJK punctuation to one form, CJK compatibility ideographs to unified ones, removes
        /// zero-width characters, unifies quotes and CJK punctuation with their ASCII counterparts and
        /// collapses whitespace. The result is for comparison only, never shown or inserted.
        /// </summary>
        public static string Normalize(string text)
        {
            var builder = new StringBuilder(text.Length);
            bool pendingSpace = false;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                int codePoint = c;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    codePoint = char.ConvertToUtf32(c, text[i + 1]);
                    i++;
                    if (SupplementaryCompatibility.TryGetValue(codePoint, out int unified)) codePoint = unified;
                    Flush(builder, ref pendingSpace);
                    builder.Append(char.ConvertFromUtf32(codePoint));
                    continue;
                }

                if (IsZeroWidth(c)) continue;
                if (c == '\u3000' || char.IsWhiteSpace(c))
                {
                    pendingSpace = builder.Length > 0;
                    continue;
                }

                c = FoldPunctuation(c);
                c = CompatibilityOf(c);
                Flush(builder, ref pendingSpace);
                builder.Append(c);
                ComposeHangul(builder);
            }

            return builder.ToString();
        }

        /// <summary><see cref="Normalize"/>, then every Traditional character folded to its Simplified form.</summary>
        public static string FoldScript(string normalized)
        {
            char[]? chars = null;
            for (int i = 0; i < normalized.Length; i++)
            {
                char simplified = TraditionalToSimplified[normalized[i]];
                if (simplified != '\0')
                {
                    chars ??= normalized.ToCharArray();
                    chars[i] = simplified;
                }
            }

            return chars is null ? normalized : new string(chars);
        }

        /// <summary>
        /// A lower bound on the edits between <c>FoldScript(Normalize(text))</c> and any text made
        /// of characters whose bits are set in <paramref name="known"/> (one bit per UTF-16 unit):
        /// the number of the text's characters that fold to one outside the set, each of which an
        /// edit must replace or delete. Counted without allocating, and only up to
        /// <paramref name="limit"/> + 1. Characters that Normalize drops, merges or widens
        /// (whitespace, zero-width, surrogates) are not counted, and a text with conjoining Hangul
        /// jamo, which compose with their neighbours, counts 0.
        /// </summary>
        public static int CharactersOutside(string text, ulong[] known, int limit)
        {
            // A jamo composes with what precedes it, even across a dropped zero-width character
            // (가 + ZWJ + ᆨ is 각), so only the composed result would count: leave such texts to the full check.
            foreach (char c in text)
            {
                if (IsConjoiningJamo(c)) return 0;
            }

            int outside = 0;
            foreach (char c in text)
            {
                if (char.IsSurrogate(c) || IsZeroWidth(c) || c == '\u3000' || char.IsWhiteSpace(c)) continue;
                char folded = FoldChar(c);
                if ((known[folded >> 6] & (1UL << (folded & 63))) == 0 && ++outside > limit) break;
            }

            return outside;
        }

        private static bool IsConjoiningJamo(char c) => c >= '\u1100' && c <= '\u11FF';

        /// <summary>What Normalize and FoldScript make of one character that they map one-to-one.</summary>
        internal static char FoldChar(char c)
        {
            c = CompatibilityOf(FoldPunctuation(c));
            char simplified = TraditionalToSimplified[c];
            return simplified == '\0' ? c : simplified;
        }

        private static void Flush(StringBuilder builder, ref bool pendingSpace)
        {
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
        }

        private static bool IsZeroWidth(char c) =>
            c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E';

        private static char FoldPunctuation(char c)
        {
            // Full-width ASCII (！ to ～) is ASCII shifted by 0xFEE0.
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char)(c - 0xFEE0);
            switch (c)
            {
                case '\u3002': case '\uFF61': return '.';          // 。｡
                case '\u3001': case '\uFF64': return ',';          // 、､
                case '\u300C': case '\u300D': case '\u300E': case '\u300F': // 「」『』
                case '\uFF62': case '\uFF63':
                case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB':
                    return '"';
                case '\u2018': case '\u2019': case '\u201A':
                    return '\'';
                case '\u3010': case '\u3014': return '[';          // 【〔
                case '\u3011': case '\u3015': return ']';          // 】〕
                case '\u300A': case '\u3008': return '<';          // 《〈
                case '\u300B': case '\u3009': return '>';          // 》〉
                case '\u301C': case '\u2053': return '~';          // 〜
                case '\u2014': case '\u2013': case '\u2015': case '\u2212': return '-';
                case '\u2026': return '.';                        // … counts as one mark
                case '\u00B7': case '\u30FB': case '\uFF65': return '\u00B7';
                default: return c;
            }
        }

        /// <summary>Composes the last characters of the builder when they form a decomposed Hangul syllable (Unicode's algorithm, so no ICU).</summary>
        private static void ComposeHangul(StringBuilder builder)
        {
            const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
            const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;
            int length = builder.Length;
            if (length < 2) return;
            char last = builder[length - 1];
            char previous = builder[length - 2];
            int lIndex = previous - LBase, vIndex = last - VBase;
            if (lIndex >= 0 && lIndex < LCount && vIndex >= 0 && vIndex < VCount)
            {
                builder.Length = length - 2;
                builder.Append((char)(SBase + (lIndex * VCount + vIndex) * TCount));
                return;
            }

            int sIndex = previous - SBase, tIndex = last - TBase;
            if (sIndex >= 0 && sIndex < SCount && sIndex % TCount == 0 && tIndex > 0 && tIndex < TCount)
            {
                builder.Length = length - 2;
                builder.Append((char)(previous + tIndex));
            }
        }

        /// <summary>A CJK compatibility ideograph's unified form, or the character itself.</summary>
        private static char CompatibilityOf(char c)
        {
            int index = c - CompatibilityFirst;
            if ((uint)index >= (uint)Compatibility.Length) return c;
            char unified = Compatibility[index];
            return unified == '\0' ? c : unified;
        }

        /// <summary>A lookup table for the pairs (from, to) whose <c>from</c> lies in [<paramref name="first"/>, first + <paramref name="size"/>).</summary>
        private static char[] Table(string pairs, int first, int size)
        {
            var table = new char[size];
            for (int i = 0; i + 1 < pairs.Length; i += 2)
            {
                int index = pairs[i] - first;
                if (index >= 0 && index < size) table[index] = pairs[i + 1];
            }

            return table;
        }

        private static Dictionary<int, int> HexPairs(string list)
        {
            var map = new Dictionary<int, int>();
            foreach (var entry in list.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                int colon = entry.IndexOf(':');
                map[int.Parse(entry.Substring(0, colon), NumberStyles.HexNumber, CultureInfo.InvariantCulture)] =
                    int.Parse(entry.Substring(colon + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }

            return map;
        }
    }
}
