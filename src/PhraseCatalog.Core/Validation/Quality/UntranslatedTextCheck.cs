using System;
using System.Collections.Generic;
using System.Threading;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Shared;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// PHR0030: a translation that is still the source text. Reported at the translation's value, with
    /// the source quoted, once per entry:
    /// (a) the text of a culture file equals the neutral file's text of the same key (not in a file of
    /// the neutral file's own language, such as en-GB beside English);
    /// (b) the text of a Chinese or Korean file has no Han or Hangul at all but reads as English.
    /// Either way the text must read as words, not a token: at least three Latin words, or two with
    /// at least one in lower case, and eight letters in all (placeholders, URLs, e-mail addresses and
    /// file names hidden). So OK, URL, GitHub, Visual Studio, yyyy-MM-dd and {0} pass.
    /// </summary>
    internal sealed class UntranslatedTextCheck : IQualityCheck
    {
        private const int MinLetters = 8;

        public PhraseRule Rule => PhraseRules.UntranslatedText;

        public void Run(QualityInput input, List<PhraseProblem> problems, CancellationToken cancellationToken)
        {
            CultureFile? neutral = null;
            foreach (var file in input.Approved)
            {
                if (file.IsNeutral) neutral = file;
            }

            var source = new Dictionary<string, ResxEntry>(StringComparer.Ordinal);
            if (neutral is not null)
            {
                foreach (var entry in neutral.Entries)
                {
                    if (!source.ContainsKey(entry.Key)) source.Add(entry.Key, entry);
                }
            }

            foreach (var file in input.Approved)
            {
                if (file.IsNeutral) continue;
                cancellationToken.ThrowIfCancellationRequested();
                var script = CultureNames.ScriptOf(file.Culture);
                bool cjk = script != CultureScript.Other;

                // A regional file of the source's own language (en-GB beside an English neutral file)
                // shares most texts by right; an undeclared neutral language is taken for English.
                string neutralLanguage = neutral is null ? string.Empty : neutral.Culture.Length == 0 ? "en" : Language(neutral.Culture);
                bool sameLanguage = neutral is not null && string.Equals(Language(file.Culture), neutralLanguage, StringComparison.OrdinalIgnoreCase);
                foreach (var entry in file.Entries)
                {
                    source.TryGetValue(entry.Key, out var original);
                    bool same = !sameLanguage && original is not null && string.Equals(original.Text.Trim(), entry.Text.Trim(), StringComparison.Ordinal);
                    if (!same && !(cjk && !HasHanOrHangul(entry.Text))) continue;
                    if (!ReadsAsWords(entry.Text)) continue;

                    string culture = file.Shown;
                    string message = same
                        ? $"The {culture} text of '{entry.Key}' is the neutral text '{Shorten(original!.Text)}' unchanged; it was probably never translated: translate it, or remove the entry so the neutral text is used openly"
                        : $"The {culture} text of '{entry.Key}' ('{Shorten(entry.Text)}') has no {(script == CultureScript.Korean ? "Hangul" : "Chinese characters")} at all{(original is null ? string.Empty : $" (the neutral text is '{Shorten(original.Text)}')")}; it was probably left in English: translate it";
                    problems.Add(new PhraseProblem(Rule.Id, entry.ValueSpan, message));
                }
            }
        }

        private static string Language(string culture)
        {
            int end = culture.IndexOfAny(new[] { '-', '_' });
            return end < 0 ? culture : culture.Substring(0, end);
        }

        private static bool HasHanOrHangul(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                int cp = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
                if (CjkCharacters.IsHanOrHangul(cp) || CjkCharacters.IsKana(cp)) return true;
                if (cp > 0xFFFF) i++;
            }

            return false;
        }

        /// <summary>True when the text, placeholders and address-like tokens hidden, has words enough to be a sentence or label in English.</summary>
        internal static bool ReadsAsWords(string text)
        {
            string masked = PlaceholderMask.Hide(text);
            int words = 0;
            int letters = 0;
            bool lowerWord = false;
            foreach (var token in masked.Split(new[] { ' ', '\t', '\r', '\n', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries))
            {
                // https://…, www.…, name@host, readme.txt: addresses and names, not words to translate.
                if (token.IndexOf("://", StringComparison.Ordinal) >= 0 || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || token.IndexOf('@') > 0 || InnerDot(token)) continue;
                int i = 0;
                while (i < token.Length)
                {
                    if (!IsLatinLetter(token[i]))
                    {
                        i++;
                        continue;
                    }

                    int start = i;
                    while (i < token.Length && (IsLatinLetter(token[i]) || token[i] == '\'')) i++;
                    int length = i - start;

                    // A word has two different letters and a vowel: yyyy, MM and HH of a format are not words.
                    if (length < 2 || !IsWord(token, start, i)) continue;
                    words++;
                    letters += length;
                    if (char.IsLower(token[start])) lowerWord = true;
                }
            }

            return letters >= MinLetters && (words >= 3 || (words == 2 && lowerWord));
        }

        private static bool IsWord(string token, int start, int end)
        {
            bool vowel = false, distinct = false;
            for (int k = start; k < end; k++)
            {
                char c = char.ToLowerInvariant(token[k]);
                if ("aeiouy".IndexOf(c) >= 0 || c >= '\u00C0') vowel = true;
                if (c != char.ToLowerInvariant(token[start])) distinct = true;
            }

            return vowel && distinct;
        }

        private static bool InnerDot(string token)
        {
            int dot = token.IndexOf('.');
            return dot > 0 && dot < token.Length - 1 && IsLatinLetter(token[dot - 1]) && IsLatinLetter(token[dot + 1]);
        }

        private static bool IsLatinLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7');

        private static string Shorten(string text)
        {
            const int Max = 60;
            if (text.Length <= Max) return text;
            int cut = Max;
            if (char.IsHighSurrogate(text[cut - 1])) cut--;
            return text.Substring(0, cut) + "…";
        }
    }
}
