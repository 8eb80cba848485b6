using System;
using System.Collections.Immutable;
using System.Linq;
using PhraseCatalog.Shared;

namespace PhraseCatalog.Core.Model
{
    /// <summary>
    /// A Korean particle with two forms: <see cref="AfterConsonant"/> after a final consonant (받침),
    /// <see cref="AfterVowel"/> after a vowel. <see cref="Member"/> names the runtime's
    /// <c>PhraseCatalog.KoreanParticle</c> member the generated code passes.
    /// </summary>
    internal sealed record KoreanParticlePair(string AfterConsonant, string AfterVowel, string Member)
    {
        /// <summary>The form as a phrase file writes it: <c>을/를</c>.</summary>
        public string Written => AfterConsonant + "/" + AfterVowel;
    }

    /// <summary>
    /// The particle pairs that placeholders may carry (<c>{name|을/를}</c>). Roslyn-free; the runtime's
    /// <c>KoreanParticles</c> holds the same table, and a test keeps the two in step.
    /// </summary>
    internal static class KoreanParticleForms
    {
        /// <summary>Every supported pair, in the order of the runtime enum.</summary>
        public static readonly ImmutableArray<KoreanParticlePair> Pairs = ImmutableArray.Create(
            new KoreanParticlePair("을", "를", "EulReul"),
            new KoreanParticlePair("이", "가", "IGa"),
            new KoreanParticlePair("은", "는", "EunNeun"),
            new KoreanParticlePair("과", "와", "GwaWa"),
            new KoreanParticlePair("으로", "로", "EuroRo"),
            new KoreanParticlePair("으로서", "로서", "EuroseoRoseo"),
            new KoreanParticlePair("으로써", "로써", "EurosseoRosseo"),
            new KoreanParticlePair("아", "야", "AYa"),
            new KoreanParticlePair("이여", "여", "IyeoYeo"),
            new KoreanParticlePair("이나", "나", "InaNa"),
            new KoreanParticlePair("이랑", "랑", "IrangRang"),
            new KoreanParticlePair("이며", "며", "ImyeoMyeo"),
            new KoreanParticlePair("이라고", "라고", "IragoRago"),
            new KoreanParticlePair("이라는", "라는", "IraneunRaneun"),
            new KoreanParticlePair("이라도", "라도", "IradoRado"),
            new KoreanParticlePair("이에요", "예요", "IeyoYeyo"),
            new KoreanParticlePair("이야", "야", "IyaYa"));

        /// <summary>The pairs as a phrase file writes them, for messages: 을/를, 이/가, ….</summary>
        public static string List => string.Join(", ", Pairs.Select(p => p.Written));

        /// <summary>The pair written <paramref name="text"/> (<c>을/를</c> or <c>를/을</c>), or null.</summary>
        public static KoreanParticlePair? Find(string text)
        {
            int slash = text.IndexOf('/');
            if (slash <= 0 || slash == text.Length - 1) return null;
            string first = text.Substring(0, slash);
            string second = text.Substring(slash + 1);
            foreach (var pair in Pairs)
            {
                if ((pair.AfterConsonant == first && pair.AfterVowel == second) || (pair.AfterConsonant == second && pair.AfterVowel == first)) return pair;
            }

            return null;
        }

        /// <summary>True for <c>ko</c> and <c>ko-*</c> culture names, the only texts where particle forms mean anything.</summary>
        public static bool IsKorean(string? culture) =>
            CultureNames.ScriptOf(culture) == CultureScript.Korean;
    }
}
