using System.Collections.Generic;
using System.Threading;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// PHR0014: white space that does not belong in a phrase. Approved and forbidden texts are both
    /// read (a forbidden phrase with a stray space would never match what an agent writes). One pass;
    /// each run of white space gives at most one finding, the most specific one. See docs/rules/PHR0014.md.
    /// </summary>
    internal sealed class WhitespaceCheck : IQualityCheck
    {
        public PhraseRule Rule => PhraseRules.Whitespace;

        public void Run(QualityInput input, List<PhraseProblem> problems, CancellationToken cancellationToken)
        {
            TextRuleRunner.Run(Rule, input.Approved, Scan, problems, cancellationToken, input.TextKind);
            TextRuleRunner.Run(Rule, input.Forbidden, Scan, problems, cancellationToken);
        }

        public static List<TextFinding> Find(string culture, string text) => TextRuleRunner.Find(Scan, culture, text);

        /// <summary>White space, or a character that is invisible and behaves like it.</summary>
        internal static bool IsSpaceLike(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\u2060' || c == '\uFEFF';

        public static void Scan(TextCulture culture, QualityText text, List<TextFinding> findings)
        {
            string s = text.Masked;
            int n = s.Length;
            int first = 0;
            while (first < n && IsSpaceLike(s[first])) first++;
            if (first == n) return; // blank: PHR0008
            int last = n;
            while (last > first && IsSpaceLike(s[last - 1])) last--;

            if (first > 0)
            {
                findings.Add(new TextFinding(0, first, "The text starts with " + Describe(s, 0, first) + ": remove it; the text between <value> and </value> is used exactly as written"));
            }

            int i = first;
            while (i < last)
            {
                if (!IsSpaceLike(s[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < last && IsSpaceLike(s[i])) i++;
                string? message = Interior(culture, text, start, i, out bool spoken);
                if (message is not null) findings.Add(new TextFinding(start, i - start, message) { SpokenPremise = spoken });
            }

            if (last < n)
            {
                findings.Add(new TextFinding(last, n - last, "The text ends with " + Describe(s, last, n) + ": remove it; the text between <value> and </value> is used exactly as written"));
            }
        }

        /// <summary>The message for a run of white space inside the text, or null when the run is fine.</summary>
        private static string? Interior(TextCulture culture, QualityText text, int start, int end, out bool spoken)
        {
            spoken = false;
            string s = text.Masked;
            bool lineBreak = false, other = false, tab = false, ideographic = false, noBreak = false, plainOnly = true;
            int invisible = -1;
            for (int i = start; i < end; i++)
            {
                char c = s[i];
                if (c != ' ') plainOnly = false;
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                {
                    lineBreak = true;
                    continue;
                }

                other = true;
                if (c == '\t') tab = true;
                else if (c == '\u3000') ideographic = true;
                else if (c == '\u200B' || c == '\u2060' || c == '\uFEFF') invisible = invisible < 0 ? c : invisible;
                else if (c != ' ') noBreak = true;
            }

            int before = Chars.Before(s, start);
            int after = Chars.At(s, end);
            bool chineseAround = TextCultures.IsChinese(culture) && Chars.IsChinese(before) && Chars.IsChinese(after);

            if (lineBreak)
            {
                if (other)
                {
                    return "A line break with spaces or tabs around it, probably left by formatting the XML: write the text on one line (a phrase is used exactly as written)";
                }

                if (EndsSentence(s, start)) return null;

                // A UI message may break its lines where its layout needs; a chat or a voice may not.
                spoken = true;
                return "A line break in the middle of a sentence (after '" + text.Before(start) + "'): join the lines; a chat window would show the break and text-to-speech would pause there";
            }

            if (tab) return "A tab inside the text: write " + (chineseAround ? "nothing (Chinese is written without spaces)" : "one normal space");
            if (ideographic)
            {
                return "An ideographic space (U+3000, the full-width space of a CJK input method): "
                    + (TextCultures.IsChinese(culture) && !(Chars.IsAsciiLetterOrDigit(before) && Chars.IsAsciiLetterOrDigit(after))
                        ? "remove it; Chinese is written without spaces"
                        : "write one normal space instead");
            }

            if (invisible >= 0)
            {
                string name = invisible == 0x200B ? "zero-width space" : invisible == 0x2060 ? "word joiner" : "byte-order mark";
                return "An invisible " + name + " (" + Chars.Hex(invisible) + "): remove it; it is not seen on screen but breaks searching and matching the text";
            }

            if (noBreak)
            {
                int cp = FirstOther(s, start, end);
                return (cp == 0x00A0 ? "A non-breaking space (U+00A0)" : "An unusual space (" + Chars.Hex(cp) + ")")
                    + ": write " + (chineseAround ? "nothing (Chinese is written without spaces)" : "one normal space instead");
            }

            if (chineseAround && plainOnly)
            {
                return "A space between Chinese characters (after '" + text.Before(start, 4) + "'): remove it; Chinese is written without spaces";
            }

            if (end - start >= 2) return (end - start) + " spaces in a row: write one space";
            return null;
        }

        /// <summary>True when the text before <paramref name="index"/> ends a sentence (closing quotes and brackets skipped).</summary>
        private static bool EndsSentence(string s, int index)
        {
            int i = index - 1;
            while (i >= 0 && "”’」』）)\"'》".IndexOf(s[i]) >= 0) i--;
            return i >= 0 && "。！？.!?…：:".IndexOf(s[i]) >= 0;
        }

        private static int FirstOther(string s, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (s[i] != ' ' && s[i] != '\t') return s[i];
            }

            return ' ';
        }

        /// <summary>Names a run of white space in words a translator reads: "a space", "3 spaces", "a line break".</summary>
        internal static string Describe(string s, int start, int end)
        {
            int count = end - start;
            char c = s[start];
            for (int i = start + 1; i < end; i++)
            {
                if (s[i] != c && !(c == '\r' && s[i] == '\n')) return "white space (" + count + " characters)";
            }

            string one, many;
            switch (c)
            {
                case ' ': one = "a space"; many = " spaces"; break;
                case '\t': one = "a tab"; many = " tabs"; break;
                case '\n':
                case '\r': one = "a line break"; many = " line breaks"; break;
                case '\u3000': one = "an ideographic space (U+3000)"; many = " ideographic spaces (U+3000)"; break;
                case '\u00A0': one = "a non-breaking space (U+00A0)"; many = " non-breaking spaces (U+00A0)"; break;
                case '\u200B': one = "a zero-width space (U+200B)"; many = " zero-width spaces (U+200B)"; break;
                case '\uFEFF': one = "a byte-order mark (U+FEFF)"; many = " byte-order marks (U+FEFF)"; break;
                default: one = "white space (" + Chars.Hex(c) + ")"; many = " white-space characters"; break;
            }

            if (c == '\r')
            {
                // CR LF written as a character reference is one line break, not two.
                int breaks = 0;
                for (int i = start; i < end; i++)
                {
                    if (s[i] == '\n' && i > start && s[i - 1] == '\r') continue;
                    breaks++;
                }

                count = breaks;
            }

            return count == 1 ? one : count + many;
        }
    }
}
