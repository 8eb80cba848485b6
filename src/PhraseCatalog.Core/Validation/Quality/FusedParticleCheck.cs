using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Shared;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// PHR0017: in a Korean text, a particle written right after a placeholder (<c>{department}를</c>)
    /// fits some values and not others; the particle form <c>{department|을/를}</c> lets the generated
    /// code pick it. Precision first: a form counts as a particle only when a word boundary follows it
    /// (so <c>{bank}은행</c>, <c>{count:int}가지</c>, <c>{name}이었습니다</c> are left alone), forms
    /// shared by two pairs (야) or by a common noun suffix (여, as in 10여 명) are not reported,
    /// 가/과 are not reported after a number or inside a word (<c>종로{n:int}가</c>, <c>제{n:int}과</c>),
    /// and the combined forms 을(를), (으)로 are correct for every value, so they are not reported either.
    /// </summary>
    internal sealed class FusedParticleCheck : IQualityCheck
    {
        /// <summary>Written forms reported on their own, each with its pair; longest first so 이라고 wins over 이.</summary>
        private static readonly (string Form, KoreanParticlePair Pair)[] Forms = KoreanParticleForms.Pairs
            .SelectMany(p => new[] { (Form: p.AfterConsonant, Pair: p), (Form: p.AfterVowel, Pair: p) })
            .Where(f => f.Form != "야" && f.Form != "여")
            .OrderByDescending(f => f.Form.Length)
            .ThenBy(f => f.Form, StringComparer.Ordinal)
            .ToArray();

        /// <summary>
        /// The combined forms Korean UIs write when the value is unknown: 을(를), 를(을), (으)로, (이)나.
        /// They fit every value, so they are never reported (nor their first part as a fused 을).
        /// </summary>
        private static readonly (string Form, KoreanParticlePair Pair)[] Combined = KoreanParticleForms.Pairs
            .SelectMany(CombinedForms)
            .OrderByDescending(f => f.Form.Length)
            .ThenBy(f => f.Form, StringComparer.Ordinal)
            .ToArray();

        public PhraseRule Rule => PhraseRules.FusedParticle;

        public void Run(QualityInput input, List<PhraseProblem> problems, CancellationToken cancellationToken)
        {
            foreach (var file in input.Approved)
            {
                if (!KoreanParticleForms.IsKorean(file.Culture)) continue;
                foreach (var entry in file.Entries)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (entry.Text.IndexOf('{') < 0) continue;
                    var template = PlaceholderParser.Parse(entry.Text, file.Culture);
                    foreach (var use in template.Uses)
                    {
                        if (use.Particle is not null) continue;
                        if (Find(entry.Text, use) is { } found) problems.Add(Report(entry, use, found));
                    }
                }
            }
        }

        private static PhraseProblem Report(ResxEntry entry, PlaceholderUse use, (int Length, KoreanParticlePair Pair) found)
        {
            string text = entry.Text;
            int at = use.Index + use.Length;
            string written = text.Substring(use.Index, use.Length);
            string head = written.Substring(1, written.Length - 2);
            string suggestion = "{" + head + "|" + found.Pair.Written + "}";
            string message = "'" + written + text.Substring(at, found.Length) + "': the particle after a placeholder depends on the value ("
                + Explain(found.Pair) + "); write " + suggestion;
            return PhraseProblem.Create(PhraseRules.FusedParticle, TextPositions.SpanInValue(entry, at, found.Length), message);
        }

        private static string Explain(KoreanParticlePair pair) =>
            pair.AfterConsonant.StartsWith("으로", StringComparison.Ordinal)
                ? pair.AfterConsonant + " after a final consonant other than ㄹ, " + pair.AfterVowel + " after a vowel or ㄹ"
                : pair.AfterConsonant + " after a final consonant, " + pair.AfterVowel + " after a vowel";

        /// <summary>The particle written right after <paramref name="use"/>, or null when none is there.</summary>
        private static (int Length, KoreanParticlePair Pair)? Find(string text, PlaceholderUse use)
        {
            int at = use.Index + use.Length;
            if (at >= text.Length) return null;

            foreach (var (form, _) in Combined)
            {
                if (string.CompareOrdinal(text, at, form, 0, form.Length) == 0) return null;
            }

            foreach (var (form, pair) in Forms)
            {
                if (string.CompareOrdinal(text, at, form, 0, form.Length) != 0) continue;
                if (!Ends(text, at + form.Length, pair)) continue;

                // 가 and 과 are also counters and suffixes: 종로3가 (street), 제3과 (lesson). After a
                // number, or when the placeholder is part of a word, they are not reported.
                if ((form == "가" || form == "과") && (use.Placeholder.Type != "string" || (use.Index > 0 && CjkCharacters.IsHangulSyllable(text[use.Index - 1]))))
                {
                    return null;
                }

                return (form.Length, pair);
            }

            return null;
        }

        /// <summary>True when a particle may end at <paramref name="at"/>: a boundary, or a particle that may follow this one and then a boundary (서울로부터, 고객과의).</summary>
        private static bool Ends(string text, int at, KoreanParticlePair pair)
        {
            if (IsBoundary(text, at)) return true;
            foreach (var next in Following(pair))
            {
                if (string.CompareOrdinal(text, at, next, 0, next.Length) == 0 && IsBoundary(text, at + next.Length)) return true;
            }

            return false;
        }

        private static readonly string[] None = Array.Empty<string>();
        private static readonly string[] AfterEunNeun = { "요" };
        private static readonly string[] AfterGwaWa = { "는", "도", "의", "만" };
        private static readonly string[] AfterEuroRo = { "는", "도", "만", "부터", "의", "요" };
        private static readonly string[] AfterIrangRang = { "도", "은", "의", "만" };

        private static string[] Following(KoreanParticlePair pair) => pair.Member switch
        {
            "EunNeun" => AfterEunNeun,
            "GwaWa" => AfterGwaWa,
            "EuroRo" => AfterEuroRo,
            "IrangRang" => AfterIrangRang,
            _ => None,
        };

        /// <summary>The end of the text, white space, or punctuation other than an opening placeholder brace.</summary>
        private static bool IsBoundary(string text, int at)
        {
            if (at >= text.Length) return true;
            char c = text[at];
            if (c == '{') return false;
            return char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c);
        }


        private static IEnumerable<(string Form, KoreanParticlePair Pair)> CombinedForms(KoreanParticlePair pair)
        {
            yield return (pair.AfterConsonant + "(" + pair.AfterVowel + ")", pair);
            yield return (pair.AfterVowel + "(" + pair.AfterConsonant + ")", pair);

            // (으)로, (이)나: the optional start of the after-consonant form in brackets.
            if (pair.AfterConsonant.Length > pair.AfterVowel.Length && pair.AfterConsonant.EndsWith(pair.AfterVowel, StringComparison.Ordinal))
            {
                string optional = pair.AfterConsonant.Substring(0, pair.AfterConsonant.Length - pair.AfterVowel.Length);
                yield return ("(" + optional + ")" + pair.AfterVowel, pair);
            }
        }
    }
}
