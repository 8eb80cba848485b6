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
    /// The particle pairs that placeholders may carry (<c>{name|을/를}</c>), read from the table the
    /// runtime picks forms from, so the two cannot drift.
    /// </summary>
    internal static class KoreanParticleForms
    {
        /// <summary>Every supported pair, in the order of the runtime enum (the shared <see cref="KoreanParticleTable"/>).</summary>
        public static readonly ImmutableArray<KoreanParticlePair> Pairs = Enumerable.Range(0, KoreanParticleTable.Members.Length)
            .Select(i => new KoreanParticlePair(KoreanParticleTable.AfterConsonant[i], KoreanParticleTable.AfterVowel[i], KoreanParticleTable.Members[i]))
            .ToImmutableArray();

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
