namespace PhraseCatalog.Shared
{
    /// <summary>
    /// The one classification of CJK characters by code point, shared (as source) by the runtime, the
    /// core's rules and the analyzers' folding, so "is this Han" has one answer everywhere.
    /// </summary>
    internal static class CjkCharacters
    {
        /// <summary>A Han character: unified ideographs with every extension, compatibility ideographs, radicals, and 〇.</summary>
        public static bool IsHan(int cp) =>
            (cp >= 0x4E00 && cp <= 0x9FFF)       // unified ideographs
            || (cp >= 0x3400 && cp <= 0x4DBF)    // extension A
            || (cp >= 0xF900 && cp <= 0xFAFF)    // compatibility ideographs
            || (cp >= 0x2E80 && cp <= 0x2FDF)    // radicals supplement, Kangxi radicals
            || cp == 0x3007                      // 〇, the ideographic zero
            || (cp >= 0x20000 && cp <= 0x3FFFF); // planes 2 and 3: extensions B and later, compatibility supplement

        /// <summary>A precomposed Hangul syllable (가 to 힣).</summary>
        public static bool IsHangulSyllable(int cp) => cp >= 0xAC00 && cp <= 0xD7A3;

        /// <summary>Any Hangul letter: syllables, conjoining and compatibility jamo, jamo extensions, half-width jamo.</summary>
        public static bool IsHangul(int cp) =>
            IsHangulSyllable(cp)
            || (cp >= 0x1100 && cp <= 0x11FF)    // conjoining jamo
            || (cp >= 0x3130 && cp <= 0x318F)    // compatibility jamo
            || (cp >= 0xA960 && cp <= 0xA97F)    // jamo extended A
            || (cp >= 0xD7B0 && cp <= 0xD7FF)    // jamo extended B
            || (cp >= 0xFFA0 && cp <= 0xFFDC);   // half-width jamo

        /// <summary>A compatibility jamo letter on its own (ㅋ, ㅏ), as typed in chat ("ㅋㅋㅋ").</summary>
        public static bool IsCompatibilityJamo(int cp) => cp >= 0x3131 && cp <= 0x318E;

        /// <summary>Hiragana or katakana (including half-width katakana).</summary>
        public static bool IsKana(int cp) =>
            (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xFF66 && cp <= 0xFF9D);

        /// <summary>Han or Hangul: a character the phrase matching folds and compares.</summary>
        public static bool IsHanOrHangul(int cp) => IsHan(cp) || IsHangul(cp);

        /// <summary>The final consonant index (0 = none, 8 = ㄹ) of a precomposed syllable, or -1.</summary>
        public static int FinalConsonant(int cp) => IsHangulSyllable(cp) ? (cp - 0xAC00) % 28 : -1;
    }
}
