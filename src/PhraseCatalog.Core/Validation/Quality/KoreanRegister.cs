using System;
using System.Collections.Generic;

namespace PhraseCatalog.Core.Validation.Quality
{
    /// <summary>
    /// The Korean part of PHR0010. A word is a run of Hangul syllables; every check looks at whole
    /// words, so 너무, 너비 and 네 (yes) are never mistaken for 너. Sentence endings are judged only
    /// for the last word of a sentence that ends in . ? ! or …, and only for endings that are casual
    /// beyond doubt; a heading, an IVR menu line or a sentence ending in a noun is never judged.
    /// One pass over the words; each table is small and checked by the syllable it ends with.
    /// </summary>
    internal static class KoreanRegister
    {
        public static void Scan(QualityText text, List<TextFinding> findings)
        {
            string s = text.Masked;
            int previousStart = -1, previousEnd = -1;
            int i = 0;
            while (i < s.Length)
            {
                if (!Chars.IsHangulSyllable(s[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (i < s.Length && Chars.IsHangulSyllable(s[i])) i++;
                string word = s.Substring(start, i - start);
                string? previous = previousEnd >= 0 && OnlySpaces(s, previousEnd, start) ? s.Substring(previousStart, previousEnd - previousStart) : null;
                int before = findings.Count;

                Pronoun(word, start, findings);
                KoreanSpelling.Scan(word, start, findings);
                Honorific(s, word, start, previous, previousStart, findings);
                if (findings.Count == before)
                {
                    char terminator = Terminator(s, i);
                    if (terminator != '\0') Ending(word, start, terminator, previous, previousStart, findings);
                }

                previousStart = start;
                previousEnd = i;
            }
        }

        private static bool OnlySpaces(string s, int start, int end)
        {
            if (end - start < 1) return false;
            for (int i = start; i < end; i++)
            {
                if (s[i] != ' ') return false;
            }

            return true;
        }

        // ---- 너, 당신 ------------------------------------------------------------------------------

        private static readonly string[] PronounStems = { "너희들", "너희", "너네", "니네", "당신들", "당신", "너" };

        /// <summary>Particles a pronoun may carry inside its word (너는, 당신께서 …).</summary>
        private static readonly string[] Particles =
        {
            string.Empty, "는", "은", "를", "을", "가", "이", "도", "의", "만", "랑", "이랑", "하고", "한테", "에게", "께", "께서",
            "한테서", "에게서", "보다", "처럼", "까지", "부터", "조차", "밖에", "야", "이야", "들", "들은", "들이", "들을", "들의", "들도",
        };

        private static void Pronoun(string word, int start, List<TextFinding> findings)
        {
            if (word == "니가" || word == "네가")
            {
                findings.Add(new TextFinding(start, 2, "'" + word + "' (you) speaks to the customer as to a friend or a child: write '고객님께서', or leave the subject out as polite Korean usually does"));
                return;
            }

            foreach (var stem in PronounStems)
            {
                if (!word.StartsWith(stem, StringComparison.Ordinal)) continue;
                string rest = word.Substring(stem.Length);
                if (Array.IndexOf(Particles, rest) < 0) continue;
                string message = stem.StartsWith("당신", StringComparison.Ordinal)
                    ? "'" + word + "' (you) sounds cold or confrontational to a customer: write '고객님" + rest + "', or leave it out as polite Korean usually does"
                    : "'" + word + "' (you) speaks to the customer as to a friend or a child (반말): write '고객님" + rest + "', or leave it out as polite Korean usually does";
                findings.Add(new TextFinding(start, word.Length, message));
                return;
            }
        }

        // ---- honorifics given to things (사물 존대) ------------------------------------------------

        /// <summary>An item's state or movement honoured with -시-, and what to write instead.</summary>
        private static readonly (string Wrong, string Right)[] ThingHonorifics =
        {
            ("품절이세요", "품절입니다"), ("품절이십니다", "품절입니다"), ("품절되셨", "품절되었"), ("품절되세요", "품절됩니다"),
            ("매진이세요", "매진입니다"), ("매진이십니다", "매진입니다"), ("매진되셨", "매진되었"),
            ("배송되셨", "배송되었"), ("발송되셨", "발송되었"), ("배달되셨", "배달되었"), ("입고되셨", "입고되었"), ("출고되셨", "출고되었"),
        };

        /// <summary>Things that "come out" (나오다) at a counter or on a bill; 나오셨 after them honours the thing.</summary>
        private static readonly string[] Items =
        {
            "커피", "음료", "음료수", "라떼", "아메리카노", "주스", "차", "메뉴", "음식", "식사", "요리", "주문", "상품", "제품", "물건",
            "택배", "영수증", "카드", "결과", "서류", "케이크", "빵", "피자", "세트", "디저트", "요금", "금액", "가격", "잔액", "청구서",
            "고지서", "환불", "포인트", "쿠폰", "것", "거",
        };

        private const string SinoNumerals = "일이삼사오육칠팔구십백천만억";

        private static void Honorific(string s, string word, int start, string? previous, int previousStart, List<TextFinding> findings)
        {
            foreach (var (wrong, right) in ThingHonorifics)
            {
                int at = word.IndexOf(wrong, StringComparison.Ordinal);
                if (at < 0) continue;
                findings.Add(new TextFinding(start + at, wrong.Length, "'" + wrong + "' gives the honorific -시- to an item (사물 존대); honorifics are for people: write '" + right + "'"));
                return;
            }

            // 주문하신 커피 나오셨습니다: the coffee is not honoured, the customer is.
            if (word.StartsWith("나오셨", StringComparison.Ordinal) && previous is not null && (IsItem(previous) || IsPrice(s, previous, previousStart)))
            {
                findings.Add(new TextFinding(start, word.Length, "'" + previous + " " + word + "' gives the honorific -시- to an item (사물 존대); honorifics are for people: write '" + previous + " " + "나왔" + word.Substring(3) + "'"));
                return;
            }

            // 만원이세요, 5,000원이십니다: a price honoured.
            int won = word.IndexOf('원');
            if (won >= 0 && won + 1 < word.Length && IsPriceWord(s, start, word.Substring(0, won + 1)) && HonorificCopula(word, won + 1))
            {
                findings.Add(new TextFinding(start, word.Length, "'" + word + "' gives the honorific -시- to a price (사물 존대); honorifics are for people: write '" + word.Substring(0, won + 1) + "입니다'"));
                return;
            }

            // 5,000원 되시겠습니다 / 만원 이세요.
            if (previous is not null && (word.StartsWith("되시겠", StringComparison.Ordinal) || word.StartsWith("되십니다", StringComparison.Ordinal) || HonorificCopula(word, 0))
                && IsPrice(s, previous, previousStart))
            {
                findings.Add(new TextFinding(start, word.Length, "'" + previous + " " + word + "' gives the honorific -시- to a price (사물 존대); honorifics are for people: write '" + previous + "입니다'"));
            }
        }

        /// <summary>이세요, 이십니다, 이시고 … at <paramref name="at"/>: the copula with honorific -시-.</summary>
        private static bool HonorificCopula(string word, int at) =>
            string.CompareOrdinal(word, at, "이세", 0, 2) == 0 || string.CompareOrdinal(word, at, "이십", 0, 2) == 0 || string.CompareOrdinal(word, at, "이시", 0, 2) == 0;

        private static bool IsItem(string word)
        {
            if (Array.IndexOf(Items, word) >= 0) return true;
            char last = word[word.Length - 1];
            return word.Length >= 2 && (last == '이' || last == '가' || last == '은' || last == '는') && Array.IndexOf(Items, word.Substring(0, word.Length - 1)) >= 0;
        }

        /// <summary>A whole word that is an amount of won: 만원, 오천원, or 원 right after digits or a placeholder (5,000원, {price}원).</summary>
        private static bool IsPrice(string s, string word, int start)
        {
            return word.Length >= 1 && word[word.Length - 1] == '원' && IsPriceWord(s, start, word);
        }

        /// <summary><paramref name="head"/> (the word up to and with 원) names an amount of money.</summary>
        private static bool IsPriceWord(string s, int start, string head)
        {
            string number = head.Substring(0, head.Length - 1);
            if (number.Length == 0)
            {
                int before = Chars.Before(s, start);
                return Chars.IsAsciiDigit(before) || before == QualityText.Hidden;
            }

            foreach (char c in number)
            {
                if (SinoNumerals.IndexOf(c) < 0) return false;
            }

            // 사원 (employee), 구원, 일원 (member) are words; a single numeral counts only as 십, 백, 천, 만, 억.
            return number.Length >= 2 || "십백천만억".IndexOf(number[0]) >= 0;
        }

        // ---- sentence endings ---------------------------------------------------------------------

        /// <summary>
        /// The sentence-final mark right after a word ('.', '?', '!' or '…', the first of a run), when the
        /// run ends the text or is followed by white space; else '\0'. A mark followed by a closing quote
        /// ends quoted speech inside a sentence, which is not judged.
        /// </summary>
        private static char Terminator(string s, int end)
        {
            if (end >= s.Length) return '\0';
            int i = end;
            bool question = false;
            while (i < s.Length && (s[i] == '.' || s[i] == '?' || s[i] == '!' || s[i] == '…'))
            {
                if (s[i] == '?') question = true;
                i++;
            }

            if (i == end) return '\0';
            if (i < s.Length && !char.IsWhiteSpace(s[i])) return '\0';
            return question ? '?' : s[end];
        }

        /// <summary>Nouns and names that end like a plain-style verb (판다 the panda, 베란다).</summary>
        private static readonly string[] DaNouns =
        {
            "판다", "혼다", "우간다", "르완다", "아만다", "사만다", "미란다", "아젠다", "어젠다", "베란다", "프로파간다", "폰다", "라벤다",
            "린다", "브렌다", "잡다",
        };

        /// <summary>Nouns and postpositions that end in 해 (이해, 새해, 위해, 대해 …) and can close a fragment.</summary>
        private static readonly string[] HaeNouns =
        {
            "이해", "피해", "방해", "손해", "오해", "새해", "올해", "한해", "매해", "재해", "수해", "공해", "상해", "심해", "동해", "서해",
            "남해", "황해", "위해", "대해", "의해", "통해", "관해", "인해", "향해", "비해", "달해", "저해", "침해", "분해", "화해", "견해",
            "독해", "난해", "무해", "유해", "폐해", "박해", "가해", "냉해", "풍해", "발해", "영해", "항해", "근해", "연해", "첫해", "지난해",
            "이듬해", "그해", "병충해",

            // seas
            "지중해", "흑해", "홍해", "북해", "사해", "카리브해", "발트해", "에게해", "카스피해", "베링해", "아라비아해", "남중국해",
            "동중국해", "오호츠크해", "아드리아해", "필리핀해",
        };

        /// <summary>Loanwords ending in 워 (타워, 샤워).</summary>
        private static readonly string[] WoLoanwords = { "타워", "샤워", "파워", "아워", "플라워", "팔로워", "블로워" };

        /// <summary>Adverbs of adjectives whose stem ends in ㄹ (길다 → 길게), which look like the promise -ㄹ게.</summary>
        private static readonly string[] GeAdverbs = { "길게", "달게", "멀게", "힘들게", "가늘게", "둥글게", "드물게", "거칠게", "낯설게", "잘게", "어질게" };

        /// <summary>Whole words that are casual however they end, and their polite form.</summary>
        private static readonly (string Casual, string Polite)[] CasualWords =
        {
            ("안녕", "안녕하십니까"), ("미안", "죄송합니다"), ("몰라", "모르겠습니다"), ("응", "네"), ("아니", "아니요"), ("그래", "그렇습니까 / 알겠습니다"),
            ("뭐야", "무엇입니까"),
        };

        private static void Ending(string word, int start, char terminator, string? previous, int previousStart, List<TextFinding> findings)
        {
            string? polite = Polite(word, terminator, previous, out bool plainStyle);
            if (polite is null) return;

            // 하지 마: the casual ending is the two words together.
            bool two = word == "마" && previous is not null;
            int at = two ? previousStart : start;
            int end = start + word.Length;
            string found = two ? previous + " " + word : word;
            string instead = polite.Length == 0
                ? "end it with -습니까/-ㅂ니까 or -요 (for example 있습니까?, 하십니까?, 괜찮으세요?)"
                : "write '" + polite + "'" + (plainStyle ? string.Empty : ", or end it with -습니다/-ㅂ니다 or -십시오");
            findings.Add(new TextFinding(
                at,
                end - at,
                "'" + found + "' ends the sentence in " + (plainStyle ? "the plain written style (해라체)" : "casual speech (반말)") + ", which is not used with a customer: " + instead));
        }

        /// <summary>
        /// The polite form to suggest when <paramref name="word"/> ends a sentence casually ("" when no
        /// single form fits, as for questions in -냐/-니); null when the ending is not casual beyond doubt.
        /// </summary>
        internal static string? Polite(string word, char terminator, string? previous, out bool plainStyle)
        {
            plainStyle = false;
            foreach (var (casual, polite) in CasualWords)
            {
                if (word == casual) return polite;
            }

            if (word.EndsWith("거야", StringComparison.Ordinal)) return word.Substring(0, word.Length - 2) + "것입니다";
            int n = word.Length;
            char last = word[n - 1];
            char p = n >= 2 ? word[n - 2] : '\0';
            int f = n >= 2 ? Chars.Final(p) : -1;
            switch (last)
            {
                case '다':
                    if (n < 2 || p == '니' || Array.IndexOf(DaNouns, word) >= 0) return null;
                    if (p != '하' && p != '되' && p != '이' && p != '는' && (f <= 0 || f == 21)) return null;
                    plainStyle = true;
                    return PoliteOfDa(word);
                case '냐':
                    return n >= 2 && word != "케냐" ? string.Empty : null;
                case '니':
                    return terminator == '?' && n >= 2 && (p == '하' || p == '되' || (f > 0 && f != 4 && f != 16 && f != 21)) ? string.Empty : null;
                case '까':
                    return terminator == '?' && f == 8 ? word + "요" : null;
                case '지':
                    return n >= 2 && (p == '하' || p == '되' || f == 20 || f == 27 || f == 6 || f == 15 || f == 18 || f == 22) ? word + "요" : null;
                case '어':
                case '아':
                    return n >= 2 && Array.IndexOf(HardFinals, f) >= 0 ? word + "요" : null;
                case '해':
                    return n >= 2 && Array.IndexOf(HaeNouns, word) < 0 ? word + "요" : null;
                case '워':
                    if (n < 2) return null;
                    foreach (var loan in WoLoanwords)
                    {
                        if (word.EndsWith(loan, StringComparison.Ordinal)) return null;
                    }

                    return word + "요";
                case '줘':
                case '봐':
                case '돼':
                    return word + "요";
                case '래':
                    return n >= 2 && f == 8 ? word + "요" : null;
                case '게':
                    return n >= 2 && f == 8 && Array.IndexOf(GeAdverbs, word) < 0 ? word + "요" : null;
                case '마':
                    return n == 1 && previous is not null && previous.EndsWith("지", StringComparison.Ordinal) ? previous + " 마십시오" : null;
                default:
                    return null;
            }
        }

        /// <summary>Final consonants after which 어/아 can only be a verb or adjective ending (있어, 없어, 좋아, 같아 …).</summary>
        private static readonly int[] HardFinals = { 2, 5, 6, 7, 10, 11, 15, 18, 20, 22, 23, 25, 26, 27 };

        /// <summary>The formal polite form of a plain-style predicate: 했다 → 했습니다, 한다 → 합니다, 고객이다 → 고객입니다.</summary>
        private static string PoliteOfDa(string word)
        {
            int n = word.Length;
            char p = word[n - 2];
            string head = word.Substring(0, n - 2);
            int f = Chars.Final(p);
            if (p == '는' && n >= 3 && Chars.Final(word[n - 3]) > 0) return word.Substring(0, n - 2) + "습니다";
            if (f == 0) return head + WithFinal(p, 17) + "니다";                 // 하다 → 합니다, 되다 → 됩니다, 이다 → 입니다
            if (f == 4 || f == 8) return head + WithFinal((char)(p - f), 17) + "니다"; // 한다 → 합니다, 알다 → 압니다
            return word.Substring(0, n - 1) + "습니다";                           // 했다 → 했습니다, 없다 → 없습니다
        }

        private static char WithFinal(char syllable, int final) => (char)(syllable - Chars.Final(syllable) + final);
    }
}
