using System;
using PhraseCatalog.Shared;

namespace PhraseCatalog
{
    /// <summary>
    /// Picks the form of a Korean particle that fits a value, from how the value's end is read aloud.
    /// Generated code calls <see cref="Pick(string, KoreanParticle)"/> for placeholders written
    /// <c>{name|을/를}</c>. Nothing here allocates, depends on the machine's culture, or throws for
    /// any value (null, empty, lone surrogates included).
    /// </summary>
    /// <remarks>
    /// <para>How the end of a value is read (see <c>docs/rules/PHR0017.md</c>):</para>
    /// <list type="bullet">
    /// <item>White space, sentence punctuation (<c>. , ! ? ; : …</c> and their full-width forms), closing
    /// quotes and closing brackets at the end are not read; a parenthesised gloss at the end is skipped as a
    /// whole, so <c>커피(coffee)</c> reads as 커피.</item>
    /// <item>A Hangul syllable: by its final consonant (받침); a lone jamo by its name (ㄱ 기역, ㄹ 리을, ㅏ 아).</item>
    /// <item>Digits as a Sino-Korean number: the last non-zero digit's name when it is in the ones place
    /// (1 일, 2 이, 3 삼, …), otherwise the unit of its place (10 십, 100 백, 1000 천, 10000 만, 10⁸ 억,
    /// 10¹² 조, 10¹⁶ 경, 10²⁰ 해); all zeros read 영; digits after a decimal point are read one by one.
    /// A final <c>%</c> reads 퍼센트.</item>
    /// <item>Latin letters: a single letter, or an all-capital run of up to three letters (or longer without
    /// a vowel), is an acronym read by letter names (KT 케이티, LG 엘지, ATM 에이티엠); other words go by
    /// a conservative spelling rule (…m, …n, …ng end in a consonant; …l, …le in ㄹ; …a, …o, …r, …s, … in a
    /// vowel); anything else is <see cref="KoreanEnding.Unknown"/>.</item>
    /// <item>Anything else (Hanja, kana, emoji, symbols) is <see cref="KoreanEnding.Unknown"/>.</item>
    /// </list>
    /// </remarks>
    public static class KoreanParticles
    {
        // The particle forms, indexed by KoreanParticle, come from the table the core reads phrase files with.
        private static readonly string[] AfterConsonant = KoreanParticleTable.AfterConsonant;
        private static readonly string[] AfterVowel = KoreanParticleTable.AfterVowel;
        private static readonly string[] Combined = KoreanParticleTable.Combined;

        // Sino-Korean digit readings 0–9: 영 일 이 삼 사 오 육 칠 팔 구.
        private static readonly KoreanEnding[] Digits =
        {
            KoreanEnding.Consonant, KoreanEnding.Rieul, KoreanEnding.Vowel, KoreanEnding.Consonant, KoreanEnding.Vowel,
            KoreanEnding.Vowel, KoreanEnding.Consonant, KoreanEnding.Rieul, KoreanEnding.Rieul, KoreanEnding.Vowel,
        };

        // English letter names as Korean says them: 에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 더블유 엑스 와이 제트.
        private static readonly KoreanEnding[] Letters =
        {
            KoreanEnding.Vowel, KoreanEnding.Vowel, KoreanEnding.Vowel, KoreanEnding.Vowel, KoreanEnding.Vowel, KoreanEnding.Vowel,
            KoreanEnding.Vowel, KoreanEnding.Vowel, KoreanEnding.Vowel, KoreanEnding.Vowel, KoreanEnding.Vowel, KoreanEnding.Rieul,
            KoreanEnding.Consonant, KoreanEnding.Consonant, KoreanEnding.Vowel, KoreanEnding.Vowel, KoreanEnding.Vowel, KoreanEnding.Rieul,
            KoreanEnding.Vowel, KoreanEnding.Vowel, KoreanEnding.Vowel, KoreanEnding.Vowel, KoreanEnding.Vowel, KoreanEnding.Vowel,
            KoreanEnding.Vowel, KoreanEnding.Vowel,
        };

        /// <summary>The form of <paramref name="particle"/> that fits <paramref name="value"/>, or its combined form (such as 을(를)) when the ending cannot be told.</summary>
        /// <param name="value">The value the particle follows; null and empty are allowed.</param>
        /// <param name="particle">The particle.</param>
        /// <returns>One of the particle's constant forms; never null, never a new string.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="particle"/> is not a defined member.</exception>
        public static string Pick(string? value, KoreanParticle particle) => Pick(GetEnding(value), particle);

        /// <summary>The form of <paramref name="particle"/> after a word with the given ending.</summary>
        /// <param name="ending">How the word ends; <see cref="KoreanEnding.Unknown"/> gives the combined form.</param>
        /// <param name="particle">The particle.</param>
        /// <returns>One of the particle's constant forms.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="particle"/> is not a defined member.</exception>
        public static string Pick(KoreanEnding ending, KoreanParticle particle)
        {
            int index = (int)particle;
            if (index < 0 || index >= AfterConsonant.Length) throw new ArgumentOutOfRangeException(nameof(particle));
            switch (ending)
            {
                case KoreanEnding.Vowel:
                    return AfterVowel[index];
                case KoreanEnding.Rieul:
                    // 으로 and its compounds treat a final ㄹ like a vowel: 서울로, not 서울으로.
                    return KoreanParticleTable.TreatsRieulAsVowel(index) ? AfterVowel[index] : AfterConsonant[index];
                case KoreanEnding.Consonant:
                    return AfterConsonant[index];
                default:
                    return Combined[index];
            }
        }

        /// <summary>True when <paramref name="value"/> is read ending in a final consonant (받침), ㄹ included; false when it ends in a vowel or its ending cannot be told (see <see cref="GetEnding"/>).</summary>
        public static bool EndsWithFinalConsonant(string? value)
        {
            var ending = GetEnding(value);
            return ending == KoreanEnding.Consonant || ending == KoreanEnding.Rieul;
        }

        /// <summary>True when <paramref name="value"/> is read ending in the final consonant ㄹ (서울, 1 일, L 엘).</summary>
        public static bool EndsWithRieul(string? value) => GetEnding(value) == KoreanEnding.Rieul;

        /// <summary>How <paramref name="value"/> ends when read aloud in Korean; the rules are in the remarks of <see cref="KoreanParticles"/>.</summary>
        public static KoreanEnding GetEnding(string? value)
        {
            if (value is null || value.Length == 0) return KoreanEnding.Unknown;

            // The common case, a value ending in a Hangul syllable, needs no skipping.
            char c = value[value.Length - 1];
            if (c >= '\uAC00' && c <= '\uD7A3') return Syllable(c);

            int end = SkipUnread(value, value.Length);
            if (end == 0) return KoreanEnding.Unknown;

            c = value[end - 1];
            if (c >= '\uAC00' && c <= '\uD7A3') return Syllable(c);

            if (c >= '\u3131' && c <= '\u3163')
            {
                // A run of jamo (ㅋㅋㅋ, ㅎㅎ, ㅇㅇ) is read as sounds, not letter names: 크크크 ends in a
                // vowel but 응응 in ㅇ, so the ending cannot be told. One jamo is read by its name.
                if (end >= 2 && value[end - 2] >= '\u3131' && value[end - 2] <= '\u3163') return KoreanEnding.Unknown;
                return Jamo(c);
            }
            if (DigitValue(c) >= 0) return Number(value, end);
            if (c == '%' || c == '\uFF05') return KoreanEnding.Vowel; // 퍼센트 (or 프로): a vowel either way.
            if (IsAsciiLetter(c)) return Latin(value, end);
            return KoreanEnding.Unknown;
        }

        private static KoreanEnding Syllable(char c)
        {
            // A precomposed syllable is 0xAC00 + (initial * 21 + medial) * 28 + final; final 0 is none, 8 is ㄹ.
            int final = (c - 0xAC00) % 28;
            return final == 0 ? KoreanEnding.Vowel : final == 8 ? KoreanEnding.Rieul : KoreanEnding.Consonant;
        }

        /// <summary>The end of the part of <paramref name="value"/> that is read: trailing space, punctuation, closing quotes and brackets, and a final parenthesised gloss are left out.</summary>
        private static int SkipUnread(string value, int end)
        {
            // Searches only move left, and each opening bracket's look-behind is computed once, so a
            // value of many brackets is still walked in linear time.
            int asciiOpen = NotSearched, wideOpen = NotSearched;
            int checkedOpen = -1, checkedBefore = 0;
            while (end > 0)
            {
                char c = value[end - 1];
                if (char.IsWhiteSpace(c) || IsTrailingMark(c))
                {
                    end--;
                    continue;
                }

                if (c == ')' || c == '\uFF09')
                {
                    // 커피(coffee), 홍길동(팀장): Korean attaches the particle to the word before a gloss.
                    // When nothing readable precedes the bracket, as in (주), what is inside is read.
                    bool ascii = c == ')';
                    int open = ascii ? asciiOpen : wideOpen;
                    if (open == NotSearched || open >= end - 1)
                    {
                        open = OpeningBracket(value, open == NotSearched ? end - 1 : Math.Min(open, end - 1), ascii ? '(' : '\uFF08');
                        if (ascii) asciiOpen = open;
                        else wideOpen = open;
                    }

                    if (open > 0)
                    {
                        if (open != checkedOpen)
                        {
                            checkedOpen = open;
                            checkedBefore = SkipMarks(value, open);
                        }

                        if (checkedBefore > 0)
                        {
                            end = checkedBefore;
                            continue;
                        }
                    }

                    end--;
                    continue;
                }

                break;
            }

            return end;
        }

        private const int NotSearched = -2;

        /// <summary>Like <see cref="SkipUnread"/> but without gloss groups, so the walk never nests.</summary>
        private static int SkipMarks(string value, int end)
        {
            while (end > 0 && (char.IsWhiteSpace(value[end - 1]) || IsTrailingMark(value[end - 1]))) end--;
            return end;
        }

        private static int OpeningBracket(string value, int close, char open)
        {
            for (int i = close - 1; i >= 0; i--)
            {
                if (value[i] == open) return i;
            }

            return -1;
        }

        /// <summary>Sentence punctuation, closing quotes and closing brackets other than round ones: never read aloud at the end of a value.</summary>
        private static bool IsTrailingMark(char c)
        {
            switch (c)
            {
                case '.': case ',': case '!': case '?': case ';': case ':':
                case '\u2026': case '\u2025': // … ‥
                case '\u3002': case '\u3001': // 。 、
                case '\uFF0E': case '\uFF0C': case '\uFF01': case '\uFF1F': case '\uFF1A': case '\uFF1B': // ． ， ！ ？ ： ；
                case '"': case '\'': case '\u201D': case '\u2019': case '\u00BB': case '\u203A': // " ' ” ’ » ›
                case '\uFF02': case '\uFF07': // ＂ ＇
                case '\u300D': case '\u300F': case '\u3009': case '\u300B': // 」 』 〉 》
                case ']': case '}': case '\uFF3D': case '\uFF5D': // ] } ］ ｝
                case '\u3011': case '\u3015': case '\u3017': case '\u3019': case '\u301B': // 】 〕 〗 〙 〛
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Compatibility jamo read by their names: consonants 기역 … 히읗 (ㄹ 리을), vowels 아 … 이.</summary>
        private static KoreanEnding Jamo(char c)
        {
            switch (c)
            {
                // Consonant clusters (ㄳ ㄵ ㄶ ㄺ … ㅀ ㅄ) have no name of their own.
                case '\u3133': case '\u3135': case '\u3136': case '\u313A': case '\u313B': case '\u313C':
                case '\u313D': case '\u313E': case '\u313F': case '\u3140': case '\u3144':
                    return KoreanEnding.Unknown;
                case '\u3139':
                    return KoreanEnding.Rieul;
                default:
                    return c <= '\u314E' ? KoreanEnding.Consonant : KoreanEnding.Vowel;
            }
        }

        private static int DigitValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= '\uFF10' && c <= '\uFF19') return c - '\uFF10';
            return -1;
        }

        private static KoreanEnding Number(string value, int end)
        {
            int start = end;
            while (start > 0 && DigitValue(value[start - 1]) >= 0) start--;

            // Digits after a decimal point are read one by one: 3.5 삼 점 오, 2.0 이 점 영.
            if (start >= 2 && (value[start - 1] == '.' || value[start - 1] == '\uFF0E') && DigitValue(value[start - 2]) >= 0)
            {
                return Digits[DigitValue(value[end - 1])];
            }

            // The integer part, thousands separators included: only the last non-zero digit and its place matter.
            int zeros = 0;
            for (int i = end - 1; i >= 0; i--)
            {
                char c = value[i];
                int digit = DigitValue(c);
                if (digit > 0) return Place(digit, zeros);
                if (digit == 0)
                {
                    zeros++;
                    continue;
                }

                if (c == ',' && i > 0 && DigitValue(value[i - 1]) >= 0) continue;
                break;
            }

            return KoreanEnding.Consonant; // Only zeros: 영.
        }

        /// <summary>The end of a Sino-Korean number whose last non-zero digit is <paramref name="digit"/>, followed by <paramref name="zeros"/> zeros.</summary>
        private static KoreanEnding Place(int digit, int zeros)
        {
            if (zeros == 0) return Digits[digit];

            // 십 백 천, then the four-digit groups 만 억 조 경 해: 30 삼십, 200000 이십만, 10¹² 일조.
            if (zeros < 4) return KoreanEnding.Consonant;
            switch (zeros / 4)
            {
                case 1: return KoreanEnding.Consonant; // 만
                case 2: return KoreanEnding.Consonant; // 억
                case 3: return KoreanEnding.Vowel; // 조
                case 4: return KoreanEnding.Consonant; // 경
                case 5: return KoreanEnding.Vowel; // 해
                default: return KoreanEnding.Unknown;
            }
        }

        private static bool IsAsciiLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

        private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';

        private static char Lower(char c) => IsUpper(c) ? (char)(c + ('a' - 'A')) : c;

        private static KoreanEnding Latin(string value, int end)
        {
            int start = end;
            bool allUpper = true;
            bool hasVowel = false;
            while (start > 0 && IsAsciiLetter(value[start - 1]))
            {
                char c = value[start - 1];
                if (!IsUpper(c)) allUpper = false;
                char lower = Lower(c);
                if (lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u') hasVowel = true;
                start--;
            }

            // KT, LG, ATM, Plan B: letter by letter. Four or more capitals with a vowel are more often
            // a word in capitals (SALE, HOME, NAVER), which the spelling rule below handles.
            int length = end - start;
            if (length == 1 || (allUpper && (length <= 3 || !hasVowel)))
            {
                return Letters[Lower(value[end - 1]) - 'a'];
            }

            return Word(value, start, end);
        }

        /// <summary>
        /// The end of an English word as Korean loanwords spell it, only where the spelling decides it:
        /// final m/n/ng are ㅁ/ㄴ/ㅇ (팀, 플랜, 미팅), l and le are ㄹ (메일, 구글), vowels, r, s, x, f, h,
        /// v, z, w and rd/nd/ld end in a vowel (피자, 센터, 뉴스, 박스, 카드, 밴드); -ic and -ook end in ㄱ (뮤직, 북).
        /// Final t, k, p, b, g, c, d after a vowel and a silent e go either way (챗/카트, 북/체크, 갓/패드,
        /// 폰/사이트): unknown, so the combined form is written.
        /// </summary>
        private static KoreanEnding Word(string value, int start, int end)
        {
            char last = Lower(value[end - 1]);
            char previous = end - 2 >= start ? Lower(value[end - 2]) : '\0';
            switch (last)
            {
                case 'a': case 'i': case 'o': case 'u': case 'y':
                case 'r': case 's': case 'x': case 'f': case 'h': case 'v': case 'z': case 'w':
                    return KoreanEnding.Vowel;
                case 'd':
                    // After a consonant, d is 드 (카드, 밴드, 월드); after a vowel it may be a 받침 as
                    // t, k and g may (God 갓, good 굿, but iPad 패드): unknown.
                    return previous == 'r' || previous == 'n' || previous == 'l' ? KoreanEnding.Vowel : KoreanEnding.Unknown;
                case 'm': case 'n':
                    return KoreanEnding.Consonant;
                case 'l':
                    return KoreanEnding.Rieul;
                case 'g':
                    return previous == 'n' ? KoreanEnding.Consonant : KoreanEnding.Unknown;
                case 'e':
                    return previous == 'l' ? KoreanEnding.Rieul : previous == 'e' ? KoreanEnding.Vowel : KoreanEnding.Unknown;
                case 'c':
                    return previous == 'i' ? KoreanEnding.Consonant : KoreanEnding.Unknown;
                case 'k':
                    return previous == 'o' && end - 3 >= start && Lower(value[end - 3]) == 'o' ? KoreanEnding.Consonant : KoreanEnding.Unknown;
                default:
                    return KoreanEnding.Unknown;
            }
        }
    }
}
