using System;
using System.Collections.Generic;
using System.Threading;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Shared;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// A finding of a text rule inside one text: <see cref="Length"/> characters of the decoded text
    /// from <see cref="Index"/>, with the finished message. <see cref="Severity"/> is set only when the
    /// finding is graver than its rule's default.
    /// </summary>
    internal readonly struct TextFinding
    {
        public TextFinding(int index, int length, string message, RuleSeverity? severity = null)
        {
            Index = index;
            Length = length;
            Message = message;
            Severity = severity;
        }

        public int Index { get; }

        public int Length { get; }

        public string Message { get; }

        public RuleSeverity? Severity { get; }

        /// <summary>
        /// The finding holds only for text that is said or sent to a customer (an ellipsis, 你, a line
        /// break mid-sentence); a catalog of UI text (<see cref="TextKind.Ui"/>) does not report it.
        /// </summary>
        public bool SpokenPremise { get; init; }

        public override string ToString() => Index + "+" + Length + ": " + Message;
    }

    /// <summary>The writing conventions a culture name selects for the text rules.</summary>
    internal enum TextCulture
    {
        /// <summary>No culture-specific conventions are known (only culture-neutral checks run).</summary>
        Other,

        /// <summary>zh, zh-Hans, zh-CN, zh-SG and other Simplified Chinese names.</summary>
        SimplifiedChinese,

        /// <summary>zh-Hant, zh-TW, zh-HK, zh-MO and their subtags.</summary>
        TraditionalChinese,

        /// <summary>ko and ko-*.</summary>
        Korean,
    }

    internal static class TextCultures
    {
        /// <summary>Classifies a culture name by the one culture table (<see cref="CultureNames"/>), as culture resolution does.</summary>
        public static TextCulture Of(string? culture) => CultureNames.ScriptOf(culture) switch
        {
            CultureScript.Simplified => TextCulture.SimplifiedChinese,
            CultureScript.Traditional => TextCulture.TraditionalChinese,
            CultureScript.Korean => TextCulture.Korean,
            _ => TextCulture.Other,
        };

        public static bool IsChinese(TextCulture culture) => culture == TextCulture.SimplifiedChinese || culture == TextCulture.TraditionalChinese;
    }

    /// <summary>
    /// A text as the rules read it: <see cref="Text"/> as written, and <see cref="Masked"/>, the same
    /// length, with every stretch of template syntax (placeholders, <c>{{</c>, <c>}}</c>, malformed
    /// groups) replaced by <see cref="Hidden"/>, so indices stay those of the written text and no rule
    /// mistakes a placeholder name for words. The braces are read by <see cref="PlaceholderParser"/>
    /// alone, so the rules and the generated code never disagree about where a placeholder is.
    /// </summary>
    internal sealed class QualityText
    {
        /// <summary>Stands for a placeholder: a noncharacter, so no letter, digit, space or punctuation of any script, and in no phrase.</summary>
        public const char Hidden = '\uFFFF';

        private QualityText(string text, string masked, List<TemplateSyntax> syntax)
        {
            Text = text;
            Masked = masked;
            Syntax = syntax;
        }

        public string Text { get; }

        public string Masked { get; }

        public IReadOnlyList<TemplateSyntax> Syntax { get; }

        public int Length => Text.Length;

        public static QualityText Of(string text)
        {
            var syntax = new List<TemplateSyntax>();
            if (text.IndexOf('{') < 0 && text.IndexOf('}') < 0 && text.IndexOf('\uFF5B') < 0)
            {
                return new QualityText(text, text, syntax);
            }

            PlaceholderParser.Parse(text, culture: null, syntax);
            if (syntax.Count == 0) return new QualityText(text, text, syntax);
            var masked = text.ToCharArray();
            foreach (var span in syntax)
            {
                for (int i = span.Index; i < span.Index + span.Length && i < masked.Length; i++) masked[i] = Hidden;
            }

            return new QualityText(text, new string(masked), syntax);
        }

        /// <summary>Up to <paramref name="max"/> characters of the written text ending just before <paramref name="end"/>, for messages.</summary>
        public string Before(int end, int max = 6)
        {
            int start = Math.Max(0, end - max);
            if (start > 0 && char.IsLowSurrogate(Text[start])) start++;
            return Text.Substring(start, end - start);
        }

        /// <summary>The written text of a finding, for messages, cut to a readable length.</summary>
        public string Slice(int index, int length, int max = 24)
        {
            if (length <= max) return Text.Substring(index, length);
            int cut = max;
            if (char.IsHighSurrogate(Text[index + cut - 1])) cut--;
            return Text.Substring(index, cut) + "…";
        }
    }

    /// <summary>Character classes the text rules share; code points, so characters beyond the BMP count too.</summary>
    internal static class Chars
    {
        /// <summary>The code point that starts at <paramref name="index"/>; -1 outside the text or for a lone surrogate.</summary>
        public static int At(string s, int index)
        {
            if (index < 0 || index >= s.Length) return -1;
            char c = s[index];
            if (char.IsHighSurrogate(c))
            {
                return index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]) ? char.ConvertToUtf32(c, s[index + 1]) : -1;
            }

            return char.IsLowSurrogate(c) ? -1 : c;
        }

        /// <summary>The code point that ends just before <paramref name="index"/>; -1 at the start or for a lone surrogate.</summary>
        public static int Before(string s, int index)
        {
            if (index <= 0 || index > s.Length) return -1;
            char c = s[index - 1];
            if (char.IsLowSurrogate(c))
            {
                return index >= 2 && char.IsHighSurrogate(s[index - 2]) ? char.ConvertToUtf32(s[index - 2], c) : -1;
            }

            return char.IsHighSurrogate(c) ? -1 : c;
        }

        public static bool IsHan(int cp) => CjkCharacters.IsHan(cp);

        /// <summary>Punctuation that belongs to CJK text: the CJK Symbols block, full-width forms, curly quotes, …, —.</summary>
        public static bool IsCjkPunctuation(int cp) =>
            (cp >= 0x3001 && cp <= 0x303F && cp != 0x3007)
            || cp == 0xFF01 || cp == 0xFF08 || cp == 0xFF09 || cp == 0xFF0C || cp == 0xFF0E || cp == 0xFF1A || cp == 0xFF1B || cp == 0xFF1F
            || (cp >= 0xFF5F && cp <= 0xFF65)
            || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 || cp == 0x2026 || cp == 0x2014 || cp == 0x00B7;

        /// <summary>Han or CJK punctuation: the character belongs to Chinese text.</summary>
        public static bool IsChinese(int cp) => IsHan(cp) || IsCjkPunctuation(cp);

        public static bool IsHangulSyllable(int cp) => CjkCharacters.IsHangulSyllable(cp);

        public static bool IsAsciiLetter(int cp) => (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');

        public static bool IsAsciiDigit(int cp) => cp >= '0' && cp <= '9';

        public static bool IsAsciiLetterOrDigit(int cp) => IsAsciiLetter(cp) || IsAsciiDigit(cp);

        /// <summary>The final consonant (jongseong) index of a Hangul syllable: 0 none, 1 ㄱ … 27 ㅎ; -1 for anything else.</summary>
        public static int Final(char c) => CjkCharacters.FinalConsonant(c);

        public static string Hex(int cp) => "U+" + cp.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a text rule over the entries of phrase files and turns its findings into located problems.</summary>
    internal static class TextRuleRunner
    {
        public delegate void Scan(TextCulture culture, QualityText text, List<TextFinding> findings);

        public static void Run(PhraseRule rule, IReadOnlyList<CultureFile> files, Scan scan, List<PhraseProblem> problems, CancellationToken cancellationToken, TextKind kind = TextKind.Spoken)
        {
            var findings = new List<TextFinding>();
            foreach (var file in files)
            {
                var culture = TextCultures.Of(file.Culture);
                foreach (var entry in file.Entries)
                {
                    cancellationToken.ThrowIfCancellationRequested();

                    // An empty or blank text is PHR0008's; the text rules have nothing to add.
                    if (string.IsNullOrWhiteSpace(entry.Text)) continue;
                    findings.Clear();
                    scan(culture, QualityText.Of(entry.Text), findings);
                    Order(findings);
                    foreach (var finding in findings)
                    {
                        if (finding.SpokenPremise && kind == TextKind.Ui) continue; // documented per rule
                        problems.Add(new PhraseProblem(rule.Id, TextPositions.SpanInValue(entry, finding.Index, finding.Length), rule.Format(finding.Message), finding.Severity));
                    }
                }
            }
        }

        /// <summary>The findings of a rule for one text, for tools and tests that hold plain strings.</summary>
        public static List<TextFinding> Find(Scan scan, string culture, string text)
        {
            var findings = new List<TextFinding>();
            if (!string.IsNullOrWhiteSpace(text)) scan(TextCultures.Of(culture), QualityText.Of(text), findings);
            Order(findings);
            return findings;
        }

        /// <summary>Findings in text order; ties broken ordinally so the order never depends on the sort.</summary>
        private static void Order(List<TextFinding> findings)
        {
            if (findings.Count < 2) return;
            findings.Sort((a, b) =>
            {
                int c = a.Index.CompareTo(b.Index);
                if (c == 0) c = a.Length.CompareTo(b.Length);
                return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
            });
        }
    }
}
