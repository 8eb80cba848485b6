using System.Collections.Generic;
using System.Text;
using System.Threading;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// PHR0013: punctuation that does not fit the text's culture, and placeholder braces a CJK input
    /// method made full-width (an error). Approved texts only: forbidden phrases quote what must not
    /// be said, as it would be typed. One pass per text. See docs/rules/PHR0013.md.
    /// </summary>
    internal sealed class PunctuationCheck : IQualityCheck
    {
        private const string HalfWidthMarks = ",.?!:;";
        private const string FullWidthMarks = "，。？！：；";

        public PhraseRule Rule => PhraseRules.Punctuation;

        public void Run(QualityInput input, List<PhraseProblem> problems, CancellationToken cancellationToken) =>
            TextRuleRunner.Run(Rule, input.Approved, Scan, problems, cancellationToken, input.TextKind);

        public static List<TextFinding> Find(string culture, string text) => TextRuleRunner.Find(Scan, culture, text);

        public static void Scan(TextCulture culture, QualityText text, List<TextFinding> findings)
        {
            // Placeholder braces first: they are errors, whatever the culture.
            foreach (var syntax in text.Syntax)
            {
                if (syntax.Kind == TemplateSyntaxKind.FullWidthBrace) findings.Add(FullWidthBrace(text, syntax));
            }

            string s = text.Masked;
            bool chinese = TextCultures.IsChinese(culture);
            bool korean = culture == TextCulture.Korean;
            int straightDouble = 0, straightSingle = 0;
            int i = 0;
            while (i < s.Length)
            {
                char c = s[i];
                int end = i + 1;

                if (c == '\uFF5B' || c == '\uFF5D')
                {
                    // A lone full-width brace touching a name ("｛surname先生") is probably a placeholder gone wrong;
                    // the brace pairs the parser read as placeholders are hidden and reported above.
                    int name = c == '\uFF5B' ? Chars.At(s, i + 1) : Chars.Before(s, i);
                    if (Chars.IsAsciiLetterOrDigit(name) || name == '_')
                    {
                        findings.Add(new TextFinding(i, 1, "A full-width brace '" + c + "' next to '" + Word(s, i, c == '\uFF5B') + "': if this is meant as a placeholder, write it with half-width braces, e.g. '{" + Word(s, i, c == '\uFF5B') + "}'"));
                    }
                }
                else if (IsFullWidthLatin(c))
                {
                    while (end < s.Length && IsFullWidthLatin(s[end])) end++;
                    if (!TemplateMarkCheck.IsFullWidthStandIn(s, i, end)) findings.Add(FullWidthLatin(text, i, end));
                }
                else if (chinese)
                {
                    end = Chinese(culture, text, i, findings, ref straightDouble, ref straightSingle);
                }
                else if (korean)
                {
                    end = Korean(text, i, findings);
                }

                i = end;
            }

        }

        // ---- Chinese ------------------------------------------------------------------------------

        /// <summary>Checks the character at <paramref name="i"/> of Chinese text; returns where to go on.</summary>
        private static int Chinese(TextCulture culture, QualityText text, int i, List<TextFinding> findings, ref int straightDouble, ref int straightSingle)
        {
            string s = text.Masked;
            char c = s[i];
            bool traditional = culture == TextCulture.TraditionalChinese;

            if (HalfWidthMarks.IndexOf(c) >= 0)
            {
                int end = i + 1;
                while (end < s.Length && HalfWidthMarks.IndexOf(s[end]) >= 0) end++;
                int before = Chars.Before(s, i);
                int after = Chars.At(s, end);
                if (AllDots(s, i, end) && end - i >= 2)
                {
                    if (Chars.IsChinese(before) || Chars.IsChinese(after))
                    {
                        // "打开..." ends a menu command in UI text: only spoken and chat text hold to '……'.
                        findings.Add(new TextFinding(i, end - i, "'" + s.Substring(i, end - i) + "' as an ellipsis in Chinese text: write '……' (two full-width ellipsis characters)") { SpokenPremise = true });
                    }

                    return end;
                }

                if (HalfWidthNextToChinese(s, i, end, before, after))
                {
                    var written = s.Substring(i, end - i);
                    var builder = new StringBuilder(written.Length);
                    foreach (char mark in written) builder.Append(FullWidthMarks[HalfWidthMarks.IndexOf(mark)]);
                    findings.Add(new TextFinding(i, end - i, "Half-width '" + written + "' in Chinese text: write the full-width '" + builder + "'"));
                }

                return end;
            }

            if (c == '。' && i + 1 < s.Length && s[i + 1] == '。')
            {
                int end = i + 1;
                while (end < s.Length && s[end] == '。') end++;
                findings.Add(new TextFinding(i, end - i, "'" + s.Substring(i, end - i) + "' as an ellipsis: write '……' (two full-width ellipsis characters)") { SpokenPremise = true });
                return end;
            }

            if (c == '…' || c == '—')
            {
                int end = i + 1;
                while (end < s.Length && s[end] == c) end++;
                if (end - i != 2 && (Chars.IsChinese(Chars.Before(s, i)) || Chars.IsChinese(Chars.At(s, end))))
                {
                    string found = s.Substring(i, end - i);
                    findings.Add(c == '…'
                        ? new TextFinding(i, end - i, "'" + found + "' as an ellipsis in Chinese text: write '……' (the Chinese ellipsis is two '…')") { SpokenPremise = true }
                        : new TextFinding(i, end - i, "'" + found + "' as a dash in Chinese text: write '——' (the Chinese dash is two '—')"));
                }

                return end;
            }

            if (c == '-' && i + 1 < s.Length && s[i + 1] == '-')
            {
                int end = i + 1;
                while (end < s.Length && s[end] == '-') end++;
                if (Chars.IsChinese(Chars.Before(s, i)) || Chars.IsChinese(Chars.At(s, end)))
                {
                    findings.Add(new TextFinding(i, end - i, "'" + s.Substring(i, end - i) + "' as a dash in Chinese text: write '——'"));
                }

                return end;
            }

            if (!traditional && (c == '「' || c == '」' || c == '『' || c == '』'))
            {
                string right = c == '「' ? "“" : c == '」' ? "”" : c == '『' ? "‘" : "’";
                findings.Add(new TextFinding(i, 1, "'" + c + "' is the Traditional Chinese quotation mark; Simplified Chinese text uses '" + right + "'"));
                return i + 1;
            }

            if (traditional && (c == '“' || c == '”' || c == '‘' || c == '’'))
            {
                // ’ between Latin letters is an apostrophe (McDonald’s), not a quotation mark.
                if ((c == '’' || c == '‘') && Chars.IsAsciiLetter(Chars.Before(s, i)) && Chars.IsAsciiLetter(Chars.At(s, i + 1))) return i + 1;
                string right = c == '“' ? "「" : c == '”' ? "」" : c == '‘' ? "『" : "』";
                findings.Add(new TextFinding(i, 1, "'" + c + "' is the Simplified Chinese quotation mark; Traditional Chinese text uses '" + right + "'"));
                return i + 1;
            }

            if (c == '"' || c == '\'')
            {
                bool opening = c == '"' ? straightDouble++ % 2 == 0 : straightSingle++ % 2 == 0;
                if (Chars.IsChinese(Chars.Before(s, i)) || Chars.IsChinese(Chars.At(s, i + 1)))
                {
                    string right = c == '"'
                        ? (traditional ? (opening ? "「" : "」") : (opening ? "“" : "”"))
                        : (traditional ? (opening ? "『" : "』") : (opening ? "‘" : "’"));
                    findings.Add(new TextFinding(i, 1, "Straight quotation mark " + c + " in Chinese text: write '" + right + "'"));
                }

                return i + 1;
            }

            return i + 1;
        }

        /// <summary>
        /// A run of half-width marks is Chinese punctuation when Chinese text touches it. Not when it sits
        /// inside a number (9:30, 3.5, 1,000), a URL or e-mail address, or follows a Latin word (Mr., OK,
        /// Inc.); a '.' after a digit numbers a list item ("1.请按…").
        /// </summary>
        private static bool HalfWidthNextToChinese(string s, int start, int end, int before, int after)
        {
            if (Chars.IsAsciiDigit(before) && Chars.IsAsciiDigit(after)) return false;
            if (Chars.IsAsciiLetterOrDigit(before) && (Chars.IsAsciiLetterOrDigit(after) || after == '/' || after == '@')) return false;
            if (Chars.IsAsciiLetter(before)) return false;
            if (Chars.IsAsciiDigit(before)) return s[start] != '.' && Chars.IsChinese(after);
            if (Chars.IsChinese(before)) return true;
            return Chars.IsHan(after);
        }

        private static bool AllDots(string s, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (s[i] != '.') return false;
            }

            return true;
        }

        // ---- Korean -------------------------------------------------------------------------------

        private static int Korean(QualityText text, int i, List<TextFinding> findings)
        {
            string s = text.Masked;
            char c = s[i];
            int full = "。，！？：；、".IndexOf(c);
            if (full >= 0)
            {
                int end = i + 1;
                while (end < s.Length && "。，！？：；、".IndexOf(s[end]) >= 0) end++;

                // Chinese quoted in Korean text keeps its own punctuation.
                if (Chars.IsHan(Chars.Before(s, i)) || Chars.IsHan(Chars.At(s, end))) return end;
                var builder = new StringBuilder();
                for (int j = i; j < end; j++) builder.Append(".,!?:;,"["。，！？：；、".IndexOf(s[j])]);
                findings.Add(new TextFinding(i, end - i, "Full-width '" + s.Substring(i, end - i) + "' in Korean text: write the half-width '" + builder + "' (Korean uses half-width punctuation followed by a space)"));
                return end;
            }

            if (c == ',' || c == '.' || c == '?' || c == '!')
            {
                int end = i + 1;
                while (end < s.Length && (s[end] == '.' || s[end] == '?' || s[end] == '!' || s[end] == ',')) end++;
                bool ellipsis = end - i >= 2 && AllDots(s, i, end);
                int before = Chars.Before(s, i);
                if (!ellipsis && Chars.IsHangulSyllable(Chars.At(s, end)) && !Chars.IsAsciiLetterOrDigit(before))
                {
                    findings.Add(new TextFinding(i, end - i, "No space after '" + s.Substring(i, end - i) + "' (before '" + s[end] + "'): Korean puts a space after punctuation"));
                }

                if (!ellipsis && i >= 2 && s[i - 1] == ' ' && Chars.IsHangulSyllable(Chars.Before(s, i - 1)))
                {
                    findings.Add(new TextFinding(i - 1, end - i + 1, "A space before '" + s.Substring(i, end - i) + "': Korean writes punctuation right after the word"));
                }

                return end;
            }

            return i + 1;
        }

        // ---- culture-neutral ----------------------------------------------------------------------

        /// <summary>The ASCII name right after (or before) the brace at <paramref name="brace"/>.</summary>
        private static string Word(string s, int brace, bool after)
        {
            int start = brace + 1, end = brace + 1;
            if (after)
            {
                while (end < s.Length && end - start < 32 && (Chars.IsAsciiLetterOrDigit(s[end]) || s[end] == '_')) end++;
            }
            else
            {
                end = brace;
                start = brace;
                while (start > 0 && end - start < 32 && (Chars.IsAsciiLetterOrDigit(s[start - 1]) || s[start - 1] == '_')) start--;
            }

            return s.Substring(start, end - start);
        }

        private static bool IsFullWidthLatin(char c) => (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || (c >= '０' && c <= '９');

        private static TextFinding FullWidthLatin(QualityText text, int start, int end)
        {
            var builder = new StringBuilder(end - start);
            bool digits = true, letters = true;
            for (int i = start; i < end; i++)
            {
                char c = text.Masked[i];
                builder.Append((char)(c - 0xFEE0));
                if (c >= '０' && c <= '９') letters = false;
                else digits = false;
            }

            string what = digits ? "digits" : letters ? "letters" : "letters and digits";
            if (end - start == 1) what = digits ? "digit" : "letter";
            return new TextFinding(start, end - start, "Full-width " + what + " '" + text.Slice(start, end - start) + "': write the half-width '" + builder + "'");
        }

        private static TextFinding FullWidthBrace(QualityText text, TemplateSyntax syntax)
        {
            string written = text.Text.Substring(syntax.Index, syntax.Length);
            string meant = "{" + written.Substring(1, written.Length - 2) + "}";
            bool open = written[0] == '\uFF5B', close = written[written.Length - 1] == '\uFF5D';
            string which = open && close ? "full-width braces ｛ ｝" : open ? "a full-width opening brace ｛" : "a full-width closing brace ｝";
            return new TextFinding(
                syntax.Index,
                syntax.Length,
                "The placeholder '" + written + "' is written with " + which + " (typed with a Chinese, Japanese or Korean input method): write '" + meant + "'. Translation tools and other programs read '" + written + "' as plain text, so a customer could see it unfilled",
                RuleSeverity.Error);
        }
    }
}
