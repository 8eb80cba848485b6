namespace PhraseCatalog.Shared
{
    /// <summary>
    /// The one table of Korean particles with two forms, shared as source by the runtime (which picks a
    /// form for a value) and the core (which reads <c>{name|을/를}</c> in phrase files and names the
    /// runtime member the generated code passes). Row i is <c>PhraseCatalog.KoreanParticle</c> value i;
    /// a test holds the enum to <see cref="Members"/>. Add a particle here and to the enum, nowhere else.
    /// </summary>
    internal static class KoreanParticleTable
    {
        /// <summary>The form after a final consonant (받침): 을, 이, 은, ….</summary>
        public static readonly string[] AfterConsonant = { "을", "이", "은", "과", "으로", "으로서", "으로써", "아", "이여", "이나", "이랑", "이며", "이라고", "이라는", "이라도", "이에요", "이야" };

        /// <summary>The form after a vowel: 를, 가, 는, ….</summary>
        public static readonly string[] AfterVowel = { "를", "가", "는", "와", "로", "로서", "로써", "야", "여", "나", "랑", "며", "라고", "라는", "라도", "예요", "야" };

        /// <summary>The conventional combined form for a value whose ending cannot be told: both forms, the optional part in brackets.</summary>
        public static readonly string[] Combined = { "을(를)", "이(가)", "은(는)", "과(와)", "(으)로", "(으)로서", "(으)로써", "아(야)", "(이)여", "(이)나", "(이)랑", "(이)며", "(이)라고", "(이)라는", "(이)라도", "이에요(예요)", "(이)야" };

        /// <summary>The names of the runtime's <c>KoreanParticle</c> members, in value order.</summary>
        public static readonly string[] Members = { "EulReul", "IGa", "EunNeun", "GwaWa", "EuroRo", "EuroseoRoseo", "EurosseoRosseo", "AYa", "IyeoYeo", "InaNa", "IrangRang", "ImyeoMyeo", "IragoRago", "IraneunRaneun", "IradoRado", "IeyoYeyo", "IyaYa" };

        /// <summary>
        /// 으로 and its compounds, which treat a final ㄹ like a vowel (서울로, not 서울으로); the other
        /// particles treat it as the consonant it is (서울이, 서울을).
        /// </summary>
        public static bool TreatsRieulAsVowel(int index) => AfterConsonant[index].StartsWith("으로", System.StringComparison.Ordinal);
    }
}
