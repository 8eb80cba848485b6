using System;
using System.Linq;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Quality
{
    /// <summary>PHR0010: the customer addressed in the wrong register, through CatalogBuilder.Build, at exact columns.</summary>
    public class AddressRegisterRuleTests
    {
        private const string Id = PhraseRules.AddressRegisterId;

        // ---- Chinese -------------------------------------------------------------------------------

        [Theory]
        [InlineData("zh-Hans", "你好，请问有什么可以帮您？", "你", "write '您' ('你好' → '您好')")]
        [InlineData("zh-Hans", "请问您贵姓？我帮你查一下。", "你", "write '您'")]
        [InlineData("zh-Hant", "請問你需要什麼服務？", "你", "write '您'")]
        [InlineData("zh-Hant", "妳好，請問有什麼可以幫您？", "妳", "write '您' ('妳好' → '您好')")]
        [InlineData("zh-Hans", "你们好，欢迎光临！", "你们", "write '各位' when speaking to several people, or '您' to one customer")]
        [InlineData("zh-Hant", "感謝你們的耐心等候。", "你們", "write '各位'")]
        [InlineData("zh-CN", "你的订单已发货。", "你", "write '您'")]
        [InlineData("zh-TW", "你的訂單已出貨。", "你", "write '您'")]
        [InlineData("zh", "谢谢你的耐心。", "你", "write '您'")]
        [InlineData("zh-Hans", "{surname}先生，你好！", "你", "'你好' → '您好'")]
        public void Chinese_ni_addressing_the_customer_is_reported_at_the_character(string culture, string text, string found, string advice)
        {
            var problem = QualityCase.Single(culture, text, Id, found);
            Assert.Contains("'" + found + "' addresses", problem.Message, StringComparison.Ordinal);
            Assert.Contains(advice, problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Every_ni_of_a_text_is_reported_in_order()
        {
            const string text = "你好，你们的包裹到了，你签收一下。";
            var problems = QualityCase.Problems("zh-Hans", text, Id);

            Assert.Equal(3, problems.Count);
            QualityCase.AssertAt(problems[0], "zh-Hans", text, "你");
            QualityCase.AssertAt(problems[1], "zh-Hans", text, "你们");
            QualityCase.AssertAt(problems[2], "zh-Hans", text, "你", occurrence: 3);
        }

        [Theory]
        [InlineData("zh-Hans", "您好，请问有什么可以帮您？")]
        [InlineData("zh-Hans", "各位来宾，大家好！")]
        [InlineData("zh-Hans", "这款迷你音箱支持蓝牙。")]                 // 迷你 is "mini"
        [InlineData("zh-Hant", "這款迷你喇叭支援藍牙。")]
        [InlineData("zh-Hans", "请说“你好小助手”唤醒设备。")]             // quoted words are a name
        [InlineData("zh-Hant", "請說「你好」開始對話。")]
        [InlineData("zh-Hans", "电影《你好，李焕英》正在热映。")]         // a title
        [InlineData("zh-Hans", "大家你追我赶，气氛热烈。")]                 // an idiom: nobody is addressed
        [InlineData("zh-Hant", "雙方你來我往，討論熱烈。")]
        [InlineData("ko", "你好는 중국어 인사입니다.")]                    // not a Chinese text
        [InlineData("en", "你好")]
        public void Polite_address_and_the_documented_exceptions_pass(string culture, string text) =>
            QualityCase.None(culture, text, Id);

        [Fact]
        public void A_placeholder_named_ni_is_not_text()
        {
            // A Han placeholder name is hidden before the text is read.
            QualityCase.None("zh-Hans", "{你}先生，您好", Id);
        }

        [Fact]
        public void Forbidden_phrase_files_may_list_ni()
        {
            var result = Catalogs.Build(
                ("CallCenter.zh-Hans.resx", Resx.Entries(("Greeting.Hello", "您好！"))),
                ("CallCenter.Forbidden.zh-Hans.resx", Resx.Entries(("Banned.Ni", "你"), ("Banned.WhatDidYouSay", "你说什么"))));

            Assert.DoesNotContain(result.Problems, p => p.RuleId == Id);
        }

        // ---- Korean: pronouns ----------------------------------------------------------------------

        [Theory]
        [InlineData("너 지금 전화 받을 수 있습니까?", "너")]
        [InlineData("너는 확인하셨습니까?", "너는")]
        [InlineData("너희 주문은 접수되었습니다.", "너희")]
        [InlineData("니가 신청하셨습니까?", "니가")]
        [InlineData("네가 말씀하신 내용을 확인하겠습니다.", "네가")]
        [InlineData("당신의 주문이 완료되었습니다.", "당신의")]
        [InlineData("당신께서 요청하신 자료입니다.", "당신께서")]
        public void Korean_pronouns_for_the_customer_are_reported_as_whole_words(string text, string found)
        {
            var problem = QualityCase.Single("ko", text, Id, found);
            Assert.Contains("'" + found + "' (you)", problem.Message, StringComparison.Ordinal);
            Assert.Contains("고객님", problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("너무 오래 기다리시게 해서 죄송합니다.")]   // 너무 "too"
        [InlineData("너비 30cm 제품입니다.")]                    // 너비 "width"
        [InlineData("네, 알겠습니다.")]                          // 네 "yes"
        [InlineData("네.")]
        [InlineData("고객님께서 요청하신 자료입니다.")]
        [InlineData("{surname} 고객님, 안녕하십니까?")]
        public void Words_that_only_begin_like_a_pronoun_pass(string text) => QualityCase.None("ko", text, Id);

        // ---- Korean: sentence endings --------------------------------------------------------------

        [Theory]
        [InlineData("알았어.", "알았어", "'알았어요'")]
        [InlineData("잠시만요. 확인해 볼게.", "볼게", "'볼게요'")]
        [InlineData("확인했다.", "확인했다", "'확인했습니다'")]
        [InlineData("처리가 완료되었다.", "완료되었다", "'완료되었습니다'")]
        [InlineData("오늘은 처리가 어렵다.", "어렵다", "'어렵습니다'")]
        [InlineData("제가 처리한다.", "처리한다", "'처리합니다'")]
        [InlineData("이것은 고객님 물건이다.", "물건이다", "'물건입니다'")]
        [InlineData("감사하다.", "감사하다", "'감사합니다'")]
        [InlineData("주문하셨냐?", "주문하셨냐", "-습니까/-ㅂ니까 or -요")]
        [InlineData("확인했니?", "확인했니", "-습니까/-ㅂ니까 or -요")]
        [InlineData("도와드릴까?", "도와드릴까", "'도와드릴까요'")]
        [InlineData("그렇지?", "그렇지", "'그렇지요'")]
        [InlineData("괜찮아?", "괜찮아", "'괜찮아요'")]
        [InlineData("미안해.", "미안해", "'미안해요'")]
        [InlineData("고마워!", "고마워", "'고마워요'")]
        [InlineData("다시 걸어 줘.", "줘", "'줘요'")]
        [InlineData("내일 연락할게.", "연락할게", "'연락할게요'")]
        [InlineData("안녕?", "안녕", "'안녕하십니까'")]
        [InlineData("걱정하지 마.", "걱정하지 마", "'걱정하지 마십시오'")]
        public void A_casual_sentence_ending_is_reported_at_the_last_word(string text, string found, string? advice)
        {
            var problem = QualityCase.Single("ko", text, Id, found);
            Assert.Contains("'" + found + "' ends the sentence", problem.Message, StringComparison.Ordinal);
            if (advice is not null) Assert.Contains(advice, problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("상담원 연결은 0번")]                          // IVR menu line: no predicate
        [InlineData("요금 안내")]                                    // a heading
        [InlineData("주의 사항.")]
        [InlineData("잠시만 기다려 주십시오.")]
        [InlineData("잠시만 기다려 주세요.")]
        [InlineData("실례지만 성함이 어떻게 되십니까?")]
        [InlineData("도와드릴까요?")]
        [InlineData("그렇죠?")]
        [InlineData("네, 그렇습니다.")]
        [InlineData("아니요, 괜찮습니다.")]
        [InlineData("바로 처리해 드릴게요.")]
        [InlineData("별말씀을요.")]
        [InlineData("새해 복 많이 받으십시오. 즐거운 새해.")]       // 새해 is a noun
        [InlineData("고객님의 이해.")]
        [InlineData("고객님을 위해.")]
        [InlineData("판다 인형은 품절입니다. 판다.")]
        [InlineData("영어 상담.")]
        [InlineData("N서울타워.")]
        [InlineData("메시지.")]
        [InlineData("\"알았어.\"라고 말씀하시면 됩니다.")]         // quoted speech inside a sentence
        [InlineData("'확인했다'라고 적혀 있습니다.")]
        [InlineData("합시다.")]
        [InlineData("언니?")]
        [InlineData("설명이 조금 길게.")]                         // an adverb, not the promise -ㄹ게
        [InlineData("여행지는 지중해.")]
        [InlineData("새로운 팔로워.")]
        public void Polite_endings_headings_and_nouns_pass(string text) => QualityCase.None("ko", text, Id);

        // ---- Korean: honorifics given to things ----------------------------------------------------

        [Theory]
        [InlineData("해당 상품은 품절이세요.", "품절이세요", "'품절입니다'")]
        [InlineData("주문하신 상품이 배송되셨습니다.", "배송되셨", "'배송되었'")]
        [InlineData("주문하신 커피 나오셨습니다.", "나오셨습니다", "'커피 나왔습니다'")]
        [InlineData("주문하신 음료가 나오셨습니다.", "나오셨습니다", "'음료가 나왔습니다'")]
        [InlineData("가격은 만원이세요.", "만원이세요", "'만원입니다'")]
        [InlineData("결제 금액은 5,000원이십니다.", "원이십니다", "'원입니다'")]
        [InlineData("총 {amount:decimal}원 되시겠습니다.", "되시겠습니다", "'원입니다'")]
        public void Honorifics_given_to_items_and_prices_are_reported(string text, string found, string advice)
        {
            var problem = QualityCase.Single("ko", text, Id, found);
            Assert.Contains("사물 존대", problem.Message, StringComparison.Ordinal);
            Assert.Contains(advice, problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("회원이세요?")]                             // a person: right
        [InlineData("신입 사원이세요?")]                        // 사원 is "employee", not 4 won
        [InlineData("고객님께서 직접 나오셨습니까?")]
        [InlineData("주문하신 커피 나왔습니다.")]
        [InlineData("가격은 만 원입니다.")]
        [InlineData("해당 상품은 품절입니다.")]
        public void Honorifics_for_people_and_plain_statements_about_items_pass(string text) => QualityCase.None("ko", text, Id);

        // ---- Korean: spellings that are never correct ----------------------------------------------

        [Theory]
        [InlineData("그렇게 하시면 되요.", "되요", "'돼요'")]
        [InlineData("처리가 완료됬습니다.", "됬", "'됐'")]
        [InlineData("확인해 드릴께요.", "릴께", "'릴게'")]
        [InlineData("제가 연락할께요.", "할께", "'할게'")]
        [InlineData("몇일 걸립니까?", "몇일", "'며칠'")]
        [InlineData("어떻해요?", "어떻해", "'어떡해'")]
        [InlineData("그건 않되요.", "않되", "'안 되'")]
        [InlineData("웬지 연결이 느립니다.", "웬지", "'왠지'")]
        [InlineData("금새 처리해 드리겠습니다.", "금새", "'금세'")]
        [InlineData("내일 뵈요.", "뵈요", "'봬요'")]
        [InlineData("접수되었읍니다.", "읍니다", "'습니다'")]
        public void Spellings_that_are_never_correct_are_reported(string text, string found, string advice)
        {
            var problem = QualityCase.Single("ko", text, Id, found);
            Assert.Contains(advice, problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("그렇게 하시면 돼요.")]
        [InlineData("고객님께 연락드리겠습니다.")]          // 께 the honorific particle
        [InlineData("어르신들께 감사드립니다.")]           // 들께: plural + particle
        [InlineData("이달 말께 연락드리겠습니다.")]         // 께 "around" a time
        [InlineData("10일께 도착합니다.")]
        [InlineData("하지 않되, 필요하면 진행합니다.")]     // the old connective -되
        [InlineData("금새가 비쌉니다.")]                    // 금새 the noun ("price"), with a particle
        [InlineData("며칠 걸립니다. 금세 끝납니다.")]
        public void Correct_spellings_that_look_alike_pass(string text) => QualityCase.None("ko", text, Id);

        // ---- located in every culture's file ------------------------------------------------------

        [Fact]
        public void Findings_are_located_in_each_cultures_file_at_line_and_column()
        {
            var result = Catalogs.Build(
                ("CallCenter.zh-Hans.resx", Resx.Entries(("Greeting.Hello", "您好！"), ("Hold.Ask", "请你稍等。"))),
                ("CallCenter.zh-Hant.resx", Resx.Entries(("Greeting.Hello", "你好！"), ("Hold.Ask", "請您稍候。"))),
                ("CallCenter.ko.resx", Resx.Entries(("Greeting.Hello", "안녕하십니까?"), ("Hold.Ask", "잠깐 기다려 줘."))));

            var problems = result.Problems.Where(p => p.RuleId == Id).ToList();
            Assert.Equal(3, problems.Count);
            Located.At(problems[0], PhraseRules.AddressRegister, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.zh-Hans.resx"), 4, Resx.ValueColumn("Hold.Ask") + 1);
            Located.At(problems[1], PhraseRules.AddressRegister, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.ko.resx"), 4, Resx.ValueColumn("Hold.Ask") + 7);
            Located.At(problems[2], PhraseRules.AddressRegister, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.zh-Hant.resx"), 3, Resx.ValueColumn("Greeting.Hello"));
            Assert.All(problems, p => Assert.Null(p.Severity));
        }
    }
}
