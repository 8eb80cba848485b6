namespace PhraseCatalog
{
    /// <summary>
    /// A Korean particle whose form depends on the word before it: one form after a final consonant
    /// (받침), another after a vowel. Phrase files write it as <c>{name|을/를}</c>; the generated code
    /// passes the value and the pair to <see cref="KoreanParticles.Pick(string, KoreanParticle)"/>.
    /// Each member is named after its two forms in Revised Romanization, the after-consonant form first.
    /// </summary>
    public enum KoreanParticle
    {
        /// <summary>을/를, object: 책을, 사과를.</summary>
        EulReul = 0,

        /// <summary>이/가, subject: 책이, 사과가.</summary>
        IGa = 1,

        /// <summary>은/는, topic: 책은, 사과는.</summary>
        EunNeun = 2,

        /// <summary>과/와, "and, with": 책과, 사과와.</summary>
        GwaWa = 3,

        /// <summary>으로/로, "to, by, as": 책으로, 사과로; a final ㄹ takes 로 like a vowel: 서울로.</summary>
        EuroRo = 4,

        /// <summary>으로서/로서, "as (a role)": 대표로서; a final ㄹ takes 로서.</summary>
        EuroseoRoseo = 5,

        /// <summary>으로써/로써, "by means of": 대화로써; a final ㄹ takes 로써.</summary>
        EurosseoRosseo = 6,

        /// <summary>아/야, informal vocative: 민준아, 지수야.</summary>
        AYa = 7,

        /// <summary>이여/여, formal vocative: 겨레여, 청년이여.</summary>
        IyeoYeo = 8,

        /// <summary>이나/나, "or, as many as": 책이나, 사과나.</summary>
        InaNa = 9,

        /// <summary>이랑/랑, colloquial "and, with": 책이랑, 사과랑.</summary>
        IrangRang = 10,

        /// <summary>이며/며, "and" in lists: 책이며, 사과며.</summary>
        ImyeoMyeo = 11,

        /// <summary>이라고/라고, quotation: 책이라고, 사과라고.</summary>
        IragoRago = 12,

        /// <summary>이라는/라는, "called": 책이라는, 사과라는.</summary>
        IraneunRaneun = 13,

        /// <summary>이라도/라도, "even, at least": 책이라도, 사과라도.</summary>
        IradoRado = 14,

        /// <summary>이에요/예요, polite copula: 책이에요, 사과예요.</summary>
        IeyoYeyo = 15,

        /// <summary>이야/야, informal copula or emphasis: 책이야, 사과야.</summary>
        IyaYa = 16,
    }

    /// <summary>How a value ends when read aloud in Korean, which decides the form of a particle after it.</summary>
    public enum KoreanEnding
    {
        /// <summary>The ending cannot be told (empty, Hanja, another script, an ambiguous English word); a particle takes its combined form, such as 을(를).</summary>
        Unknown = 0,

        /// <summary>The last syllable has no final consonant: 사과, 2 (이), K (케이).</summary>
        Vowel = 1,

        /// <summary>The last syllable ends in a final consonant other than ㄹ: 책, 3 (삼), 10 (십), M (엠).</summary>
        Consonant = 2,

        /// <summary>The last syllable ends in ㄹ: 서울, 1 (일), 7 (칠), 8 (팔), L (엘), R (알).</summary>
        Rieul = 3,
    }
}
