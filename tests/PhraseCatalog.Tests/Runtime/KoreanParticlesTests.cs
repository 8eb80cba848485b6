using System;
using System.Linq;

namespace PhraseCatalog.Tests.Runtime
{
    public class KoreanParticlesTests
    {
        private const KoreanEnding V = KoreanEnding.Vowel;
        private const KoreanEnding C = KoreanEnding.Consonant;
        private const KoreanEnding L = KoreanEnding.Rieul;
        private const KoreanEnding U = KoreanEnding.Unknown;

        // ---- Hangul -----------------------------------------------------------------------------

        [Theory]
        [InlineData("사과", V)]
        [InlineData("고객지원부", V)]
        [InlineData("김민수", V)]
        [InlineData("가", V)]
        [InlineData("힣", C)] // U+D7A3, the last syllable: final ㅎ
        [InlineData("책", C)]
        [InlineData("영업팀", C)]
        [InlineData("서비스센터 상담팀", C)]
        [InlineData("서비스센터 상담실", L)]
        [InlineData("박", C)]
        [InlineData("강", C)]
        [InlineData("서울", L)]
        [InlineData("물", L)]
        [InlineData("이메일", L)]
        [InlineData("갈", L)]
        [InlineData("닭", C)] // final ㄺ is not ㄹ alone
        [InlineData("값", C)]
        public void Hangul_syllables_are_read_by_their_final_consonant(string value, KoreanEnding expected)
        {
            Assert.Equal(expected, KoreanParticles.GetEnding(value));
        }

        [Fact]
        public void Every_syllable_block_follows_the_final_index()
        {
            // Check the arithmetic against the decomposition Unicode defines (NFD gives the trailing jamo U+11A8..U+11C2).
            for (char c = '\uAC00'; c <= '\uD7A3'; c++)
            {
                string decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
                KoreanEnding expected = decomposed.Length == 2 ? V : decomposed[2] == '\u11AF' ? L : C;
                Assert.Equal(expected, KoreanParticles.GetEnding(c.ToString()));
            }
        }

        [Theory]
        [InlineData("ㄱ", C)] // 기역
        [InlineData("ㅎ", C)] // 히읗
        [InlineData("ㄲ", C)] // 쌍기역
        [InlineData("ㄹ", L)] // 리을
        [InlineData("ㅏ", V)] // 아
        [InlineData("ㅣ", V)] // 이
        [InlineData("ㄳ", U)] // a cluster has no name
        [InlineData("ㅀ", U)]
        public void A_lone_jamo_is_read_by_its_name(string value, KoreanEnding expected)
        {
            Assert.Equal(expected, KoreanParticles.GetEnding(value));
        }

        // ---- digits -----------------------------------------------------------------------------

        [Theory]
        [InlineData("0", C)] // 영
        [InlineData("1", L)] // 일
        [InlineData("2", V)] // 이
        [InlineData("3", C)] // 삼
        [InlineData("4", V)] // 사
        [InlineData("5", V)] // 오
        [InlineData("6", C)] // 육
        [InlineData("7", L)] // 칠
        [InlineData("8", L)] // 팔
        [InlineData("9", V)] // 구
        [InlineData("10", C)] // 십
        [InlineData("11", L)] // 십일
        [InlineData("12", V)] // 십이
        [InlineData("20", C)] // 이십
        [InlineData("30", C)] // 삼십
        [InlineData("99", V)] // 구십구
        [InlineData("100", C)] // 백
        [InlineData("101", L)] // 백일
        [InlineData("250", C)] // 이백오십
        [InlineData("1000", C)] // 천
        [InlineData("1,000", C)] // 천
        [InlineData("2024", V)] // 이천이십사
        [InlineData("10000", C)] // 만
        [InlineData("10001", L)] // 만일
        [InlineData("200000", C)] // 이십만
        [InlineData("1,000,000", C)] // 백만
        [InlineData("10000000", C)] // 천만
        [InlineData("100000000", C)] // 억
        [InlineData("300000000", C)] // 삼억
        [InlineData("1000000000000", V)] // 조
        [InlineData("30000000000000", V)] // 삼십조
        [InlineData("10000000000000000", C)] // 경
        [InlineData("100000000000000000000", V)] // 해
        [InlineData("1000000000000000000000000", U)] // 10²⁴: beyond the units read here
        [InlineData("00", C)] // 영영
        [InlineData("007", L)] // 공공칠
        [InlineData("3.5", V)] // 삼 점 오
        [InlineData("2.0", C)] // 이 점 영
        [InlineData("1,234.58", L)] // … 점 오팔
        [InlineData("0.1", L)] // 영 점 일
        [InlineData("010-1234-5678", L)] // … 오육칠팔
        [InlineData("02-123-4560", C)] // … 사오육공 or 사천오백육십: either way a consonant
        [InlineData("-5", V)] // 마이너스 오
        [InlineData("１０", C)] // full-width digits
        [InlineData("７", L)]
        [InlineData("제2", V)]
        [InlineData("강남3", C)]
        [InlineData("갤럭시 S24", V)] // 이십사
        [InlineData("50%", V)] // 오십 퍼센트
        [InlineData("1E+20", C)] // how double.ToString writes large numbers: … 이십
        public void Digits_are_read_as_Sino_Korean_numbers(string value, KoreanEnding expected)
        {
            Assert.Equal(expected, KoreanParticles.GetEnding(value));
        }

        [Fact]
        public void Numbers_formatted_by_the_generated_code_read_as_their_spoken_form()
        {
            // Typed placeholders format with the invariant culture; these are the strings the picker sees.
            Assert.Equal("이", KoreanParticles.Pick(3.ToString(System.Globalization.CultureInfo.InvariantCulture), KoreanParticle.IGa));
            Assert.Equal("가", KoreanParticles.Pick(2L.ToString(System.Globalization.CultureInfo.InvariantCulture), KoreanParticle.IGa));
            Assert.Equal("를", KoreanParticles.Pick(3.5.ToString(System.Globalization.CultureInfo.InvariantCulture), KoreanParticle.EulReul));
            Assert.Equal("을", KoreanParticles.Pick(1000.00m.ToString(System.Globalization.CultureInfo.InvariantCulture), KoreanParticle.EulReul));
            Assert.Equal("로", KoreanParticles.Pick(int.MinValue.ToString(System.Globalization.CultureInfo.InvariantCulture), KoreanParticle.EuroRo)); // …육백사십팔
        }

        // ---- Latin letters ------------------------------------------------------------------------

        [Theory]
        [InlineData("KT", V)] // 케이티
        [InlineData("LG", V)] // 엘지
        [InlineData("SK", V)] // 에스케이
        [InlineData("KB", V)] // 케이비
        [InlineData("ATM", C)] // 에이티엠
        [InlineData("CNN", C)] // 씨엔엔
        [InlineData("DSLR", L)] // 디에스엘알: no vowel, so letter by letter
        [InlineData("HL", L)] // 에이치엘
        [InlineData("KTX", V)] // 케이티엑스
        [InlineData("CEO", V)] // 시이오
        [InlineData("Plan B", V)] // 비
        [InlineData("5G", V)] // 오지
        [InlineData("4K", V)] // 포케이
        [InlineData("갤럭시S", V)] // 에스
        [InlineData("M", C)]
        [InlineData("N", C)]
        [InlineData("L", L)]
        [InlineData("R", L)]
        [InlineData("x", V)] // 엑스
        public void Acronyms_are_read_letter_by_letter(string value, KoreanEnding expected)
        {
            Assert.Equal(expected, KoreanParticles.GetEnding(value));
        }

        [Fact]
        public void Every_letter_has_the_ending_of_its_Korean_name()
        {
            // 에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 더블유 엑스 와이 제트
            const string Expected = "VVVVVVVVVVVLCCVVVLVVVVVVVV";
            for (char c = 'A'; c <= 'Z'; c++)
            {
                var ending = Expected[c - 'A'] switch { 'V' => V, 'C' => C, _ => L };
                Assert.Equal(ending, KoreanParticles.GetEnding(c.ToString()));
                Assert.Equal(ending, KoreanParticles.GetEnding(char.ToLowerInvariant(c).ToString()));
            }
        }

        [Theory]
        [InlineData("team", C)] // 팀
        [InlineData("Zoom", C)] // 줌
        [InlineData("design", C)] // 디자인
        [InlineData("LinkedIn", C)] // 링크드인
        [InlineData("meeting", C)] // 미팅
        [InlineData("Samsung", C)] // 삼성
        [InlineData("SAMSUNG", C)] // a word in capitals: four or more letters with a vowel
        [InlineData("email", L)] // 이메일
        [InlineData("Gmail", L)] // 지메일
        [InlineData("PayPal", L)] // 페이팔
        [InlineData("Google", L)] // 구글
        [InlineData("mobile", L)] // 모바일
        [InlineData("SALE", L)] // 세일
        [InlineData("pizza", V)] // 피자
        [InlineData("Kakao", V)] // 카카오
        [InlineData("NAVER", V)] // 네이버
        [InlineData("center", V)] // 센터
        [InlineData("news", V)] // 뉴스
        [InlineData("Netflix", V)] // 넷플릭스
        [InlineData("golf", V)] // 골프
        [InlineData("cash", V)] // 캐시
        [InlineData("card", V)] // 카드
        [InlineData("board", V)] // 보드
        [InlineData("brand", V)] // 브랜드
        [InlineData("world", V)] // 월드
        [InlineData("coffee", V)] // 커피
        [InlineData("delivery", V)] // 딜리버리
        [InlineData("music", C)] // 뮤직
        [InlineData("Facebook", C)] // 페이스북
        public void English_words_follow_the_spelling_rule_where_it_decides(string value, KoreanEnding expected)
        {
            Assert.Equal(expected, KoreanParticles.GetEnding(value));
        }

        [Theory]
        [InlineData("God")] // 갓: the d is a 받침 (God이에요), never 예요
        [InlineData("good")] // 굿
        [InlineData("Food")] // 푸드, but God 갓: d after a vowel cannot be told
        [InlineData("iPad")] // 패드
        [InlineData("kid")]
        [InlineData("ㅋㅋㅋ")] // a run of jamo is read as sounds (크크크), not as the last letter's name 키읔
        [InlineData("ㅎㅎ")]
        [InlineData("ㅇㅇ")] // 응응 ends in ㅇ: runs go either way
        [InlineData("ㅠㅠ")]
        public void English_words_with_a_final_d_after_a_vowel_and_runs_of_jamo_are_unknown_never_a_vowel(string value)
        {
            Assert.Equal(U, KoreanParticles.GetEnding(value));
            Assert.Equal("이에요(예요)", KoreanParticles.Pick(value, KoreanParticle.IeyoYeyo));
        }

        [Theory]
        [InlineData("chat")] // 챗, but cart 카트
        [InlineData("check")] // 체크, but click 클릭
        [InlineData("shop")] // 숍, but help 헬프
        [InlineData("phone")] // 폰, but site 사이트
        [InlineData("YouTube")] // 유튜브, but tube could be anything
        [InlineData("blog")] // 블로그, but bag 백
        [InlineData("club")]
        [InlineData("HOME")] // a word in capitals that the rule cannot decide
        [InlineData("Mac")]
        [InlineData("café")] // not ASCII
        public void English_words_the_spelling_cannot_decide_are_unknown(string value)
        {
            Assert.Equal(U, KoreanParticles.GetEnding(value));
        }

        // ---- what is not read -----------------------------------------------------------------------

        [Theory]
        [InlineData("서울.", L)]
        [InlineData("사과!", V)]
        [InlineData("책?!", C)]
        [InlineData("책…", C)]
        [InlineData("서울 ", L)]
        [InlineData("\"서울\"", L)]
        [InlineData("‘사과’", V)]
        [InlineData("「책」", C)]
        [InlineData("『사과』", V)]
        [InlineData("[공지]", V)]
        [InlineData("【책】", C)]
        [InlineData("커피(coffee)", V)] // a gloss: the word before it is read
        [InlineData("홍길동(팀장)", C)]
        [InlineData("서울(Seoul)", L)]
        [InlineData("사과 (책)", V)]
        [InlineData("(주)", V)] // nothing before the brackets: what is inside is read
        [InlineData("삼성전자(주)", V)]
        [InlineData("책（冊）", C)] // full-width brackets
        [InlineData("LG전자 (LG)", V)]
        [InlineData("3)", C)] // no opening bracket: the closing one is skipped
        [InlineData("서울。", L)]
        public void Trailing_punctuation_quotes_and_glosses_are_not_read(string value, KoreanEnding expected)
        {
            Assert.Equal(expected, KoreanParticles.GetEnding(value));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("...")]
        [InlineData("()")]
        [InlineData(")")]
        [InlineData("(((")]
        [InlineData("감사합니다😊")]
        [InlineData("王")] // Hanja
        [InlineData("東京")]
        [InlineData("さくら")]
        [InlineData("Москва")]
        [InlineData("A-")]
        [InlineData("#")]
        [InlineData("\0")]
        public void Values_that_cannot_be_read_are_unknown_and_never_throw(string? value)
        {
            Unknown(value);
        }

        // Malformed UTF-16 is written escaped: xUnit shows every lone surrogate as U+FFFD, so rows
        // given as real strings would share one ID and only one of them would run.
        [Theory]
        [InlineData("\\uD800")] // a lone high surrogate
        [InlineData("\\uDC00")] // a lone low surrogate
        [InlineData("책\\uD83D")]
        public void Malformed_UTF16_values_are_unknown_and_never_throw(string escaped)
        {
            Unknown(System.Text.RegularExpressions.Regex.Unescape(escaped));
        }

        private static void Unknown(string? value)
        {
            Assert.Equal(U, KoreanParticles.GetEnding(value));
            Assert.Equal("을(를)", KoreanParticles.Pick(value, KoreanParticle.EulReul));
            Assert.Equal("(으)로", KoreanParticles.Pick(value, KoreanParticle.EuroRo));
            Assert.False(KoreanParticles.EndsWithFinalConsonant(value));
            Assert.False(KoreanParticles.EndsWithRieul(value));
        }

        [Fact]
        public void Long_runs_of_brackets_and_digits_are_walked_without_recursion()
        {
            Assert.Equal(U, KoreanParticles.GetEnding(new string(')', 200_000)));
            Assert.Equal(V, KoreanParticles.GetEnding("사과" + string.Concat(Enumerable.Repeat("(x)", 50_000))));
            Assert.Equal(C, KoreanParticles.GetEnding("1" + new string('0', 100_000).Substring(0, 3)));
            Assert.Equal(U, KoreanParticles.GetEnding("1" + new string('0', 100_000)));
        }

        // ---- picking forms --------------------------------------------------------------------------

        [Theory]
        [InlineData(KoreanParticle.EulReul, "을", "를", "을", "을(를)")]
        [InlineData(KoreanParticle.IGa, "이", "가", "이", "이(가)")]
        [InlineData(KoreanParticle.EunNeun, "은", "는", "은", "은(는)")]
        [InlineData(KoreanParticle.GwaWa, "과", "와", "과", "과(와)")]
        [InlineData(KoreanParticle.EuroRo, "으로", "로", "로", "(으)로")]
        [InlineData(KoreanParticle.EuroseoRoseo, "으로서", "로서", "로서", "(으)로서")]
        [InlineData(KoreanParticle.EurosseoRosseo, "으로써", "로써", "로써", "(으)로써")]
        [InlineData(KoreanParticle.AYa, "아", "야", "아", "아(야)")]
        [InlineData(KoreanParticle.IyeoYeo, "이여", "여", "이여", "(이)여")]
        [InlineData(KoreanParticle.InaNa, "이나", "나", "이나", "(이)나")]
        [InlineData(KoreanParticle.IrangRang, "이랑", "랑", "이랑", "(이)랑")]
        [InlineData(KoreanParticle.ImyeoMyeo, "이며", "며", "이며", "(이)며")]
        [InlineData(KoreanParticle.IragoRago, "이라고", "라고", "이라고", "(이)라고")]
        [InlineData(KoreanParticle.IraneunRaneun, "이라는", "라는", "이라는", "(이)라는")]
        [InlineData(KoreanParticle.IradoRado, "이라도", "라도", "이라도", "(이)라도")]
        [InlineData(KoreanParticle.IeyoYeyo, "이에요", "예요", "이에요", "이에요(예요)")]
        [InlineData(KoreanParticle.IyaYa, "이야", "야", "이야", "(이)야")]
        public void Each_particle_has_its_forms(KoreanParticle particle, string afterConsonant, string afterVowel, string afterRieul, string combined)
        {
            Assert.Equal(afterConsonant, KoreanParticles.Pick(KoreanEnding.Consonant, particle));
            Assert.Equal(afterVowel, KoreanParticles.Pick(KoreanEnding.Vowel, particle));
            Assert.Equal(afterRieul, KoreanParticles.Pick(KoreanEnding.Rieul, particle));
            Assert.Equal(combined, KoreanParticles.Pick(KoreanEnding.Unknown, particle));
        }

        [Fact]
        public void Every_particle_member_is_covered_above()
        {
            Assert.Equal(17, Enum.GetValues(typeof(KoreanParticle)).Length);
        }

        [Theory]
        [InlineData("고객지원부", KoreanParticle.EulReul, "를")]
        [InlineData("영업팀", KoreanParticle.EulReul, "을")]
        [InlineData("서울", KoreanParticle.EulReul, "을")]
        [InlineData("서울", KoreanParticle.EuroRo, "로")]
        [InlineData("부산", KoreanParticle.EuroRo, "으로")]
        [InlineData("대구", KoreanParticle.EuroRo, "로")]
        [InlineData("1", KoreanParticle.EuroRo, "로")] // 일로
        [InlineData("3", KoreanParticle.EuroRo, "으로")] // 삼으로
        [InlineData("10", KoreanParticle.EuroRo, "으로")] // 십으로
        [InlineData("KT", KoreanParticle.IGa, "가")]
        [InlineData("ATM", KoreanParticle.IGa, "이")]
        [InlineData("URL", KoreanParticle.EuroRo, "로")] // 유알엘로
        [InlineData("김민수", KoreanParticle.AYa, "야")]
        [InlineData("민준", KoreanParticle.AYa, "아")]
        [InlineData("사과", KoreanParticle.IeyoYeyo, "예요")]
        [InlineData("책", KoreanParticle.IeyoYeyo, "이에요")]
        [InlineData("서울", KoreanParticle.IeyoYeyo, "이에요")]
        [InlineData("phone", KoreanParticle.EulReul, "을(를)")]
        public void Pick_chooses_the_form_that_fits_the_value(string value, KoreanParticle particle, string expected)
        {
            Assert.Equal(expected, KoreanParticles.Pick(value, particle));
        }

        [Fact]
        public void Final_consonant_helpers_agree_with_the_ending()
        {
            Assert.True(KoreanParticles.EndsWithFinalConsonant("책"));
            Assert.True(KoreanParticles.EndsWithFinalConsonant("서울"));
            Assert.False(KoreanParticles.EndsWithFinalConsonant("사과"));
            Assert.True(KoreanParticles.EndsWithRieul("서울"));
            Assert.True(KoreanParticles.EndsWithRieul("7"));
            Assert.False(KoreanParticles.EndsWithRieul("책"));
            Assert.False(KoreanParticles.EndsWithRieul("사과"));
        }

        [Fact]
        public void An_undefined_particle_is_an_argument_error()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => KoreanParticles.Pick("책", (KoreanParticle)17));
            Assert.Throws<ArgumentOutOfRangeException>(() => KoreanParticles.Pick(KoreanEnding.Vowel, (KoreanParticle)(-1)));
        }

        [Fact]
        public void Picked_forms_are_shared_constants()
        {
            Assert.Same(KoreanParticles.Pick("책", KoreanParticle.EulReul), KoreanParticles.Pick("영업팀", KoreanParticle.EulReul));
            Assert.Same(KoreanParticles.Pick("phone", KoreanParticle.EulReul), KoreanParticles.Pick("王", KoreanParticle.EulReul));
        }

        [Fact]
        public void Reading_and_picking_allocate_nothing()
        {
            string[] values = { "고객지원부", "서울", "10000", "3.5", "KT", "Samsung", "커피(coffee)", "「책」", "王", string.Empty, "1,000,000" };
            foreach (var value in values) KoreanParticles.Pick(value, KoreanParticle.EuroRo);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int round = 0; round < 100; round++)
            {
                foreach (var value in values)
                {
                    KoreanParticles.Pick(value, KoreanParticle.EuroRo);
                    KoreanParticles.GetEnding(value);
                }
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        [Fact]
        public void The_machine_culture_changes_nothing()
        {
            string[] values = { "SAMSUNG", "Google", "ATM", "İstanbul", "1,000.5" };
            var expected = values.Select(KoreanParticles.GetEnding).ToArray();
            foreach (var culture in new[] { "tr-TR", "ko-KR", "de-DE", "ar-SA" })
            {
                using (new CultureScope(culture, culture))
                {
                    Assert.Equal(expected, values.Select(KoreanParticles.GetEnding).ToArray());
                }
            }
        }
    }
}
