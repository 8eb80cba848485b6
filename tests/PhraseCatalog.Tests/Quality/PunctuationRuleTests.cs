using System;
using System.Linq;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Quality
{
    /// <summary>PHR0013: punctuation that does not fit the culture, through CatalogBuilder.Build, at exact columns.</summary>
    public class PunctuationRuleTests
    {
        private const string Id = PhraseRules.PunctuationId;

        [Theory]
        [InlineData("zh-Hans", "您好,请问有什么可以帮您？", ",", "write the full-width '，'")]
        [InlineData("zh-Hans", "请您稍等.", ".", "write the full-width '。'")]
        [InlineData("zh-Hans", "请问有什么可以帮您?", "?", "'？'")]
        [InlineData("zh-Hans", "谢谢您!", "!", "'！'")]
        [InlineData("zh-Hans", "电话:400-800-1234。", ":", "'：'")]
        [InlineData("zh-Hans", "时间到了;请您注意。", ";", "'；'")]
        [InlineData("zh-Hans", "什么?!", "?!", "'？！'")]
        [InlineData("zh-Hant", "您好,請問有什麼可以幫您？", ",", "'，'")]
        [InlineData("zh-Hans", "{surname},您好！", ",", "'，'")]
        [InlineData("zh-Hans", "请拨打400-800-1234,谢谢。", ",", "'，'")]
        public void Half_width_punctuation_next_to_Chinese_text_is_reported(string culture, string text, string found, string advice)
        {
            var problem = QualityCase.Single(culture, text, Id, found);
            Assert.StartsWith("Half-width '" + found + "' in Chinese text", problem.Message, StringComparison.Ordinal);
            Assert.Contains(advice, problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("zh-Hans", "营业时间是9:00至21:00。")]                          // times
        [InlineData("zh-Hans", "利率为3.5%，积分为1,200分。")]                       // decimals and thousands
        [InlineData("zh-Hans", "请访问www.example.com。")]                          // a URL
        [InlineData("zh-Hans", "请登录https://www.example.com/help?id=1查看。")]
        [InlineData("zh-Hans", "请发邮件至service@example.com。")]                   // an e-mail address
        [InlineData("zh-Hans", "请对设备说“Hello, world.”即可。")]                 // Latin text
        [InlineData("zh-Hans", "我们是Apple Inc.的授权服务商。")]                    // an abbreviation
        [InlineData("zh-Hans", "1.请准备好身份证件。")]                               // a numbered list item
        [InlineData("zh-Hans", "他说：“请稍等。”")]
        [InlineData("zh-Hans", "请稍等……")]
        [InlineData("zh-Hans", "明天下午——具体时间另行通知——上门。")]
        [InlineData("zh-Hant", "他說：「請稍候。」")]
        [InlineData("zh-Hant", "請在備註欄寫上『急件』。")]
        [InlineData("zh-Hant", "McDonald’s的優惠券在App領取。")]                     // ’ as an apostrophe
        [InlineData("zh-Hans", "{time}.")]                                            // nothing shows the '.' is Chinese
        [InlineData("ko", "네, 알겠습니다. 감사합니다!")]
        [InlineData("ko", "비율은 3.5%입니다.")]
        [InlineData("ko", "음... 잠시만요.")]
        [InlineData("ko", "잠깐만요…")]
        [InlineData("ko", "1.고객님 정보 확인")]
        [InlineData("ko", "중국어로 “你好。”라고 합니다.")]                           // Chinese quoted in Korean
        [InlineData("ko", "www.example.co.kr에서 확인하실 수 있습니다.")]
        [InlineData("en", "Hello, world.")]
        public void Correct_punctuation_passes(string culture, string text) => QualityCase.None(culture, text, Id);

        [Theory]
        [InlineData("zh-Hans", "他说「您好」。", "「", "'“'")]
        [InlineData("zh-Hans", "请写上『急件』两个字。", "『", "'‘'")]
        [InlineData("zh-Hant", "他說“您好”。", "“", "'「'")]
        [InlineData("zh-Hant", "請寫上‘急件’兩個字。", "‘", "'『'")]
        public void The_other_scripts_quotation_marks_are_reported_each(string culture, string text, string found, string advice)
        {
            var problems = QualityCase.Problems(culture, text, Id);
            Assert.Equal(2, problems.Count);
            QualityCase.AssertAt(problems[0], culture, text, found);
            Assert.Contains(advice, problems[0].Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("zh-Hans", "请说\"人工服务\"。", "“", "”")]
        [InlineData("zh-Hant", "請說\"專人服務\"。", "「", "」")]
        [InlineData("zh-Hans", "请说'人工'。", "‘", "’")]
        [InlineData("zh-Hant", "請說'專人'。", "『", "』")]
        public void Straight_quotes_next_to_Chinese_are_reported_with_the_opening_and_closing_mark(string culture, string text, string opening, string closing)
        {
            string escaped = text.Replace("\"", "&quot;", StringComparison.Ordinal);
            var problems = QualityCase.Problems(culture, escaped, Id);

            Assert.Equal(2, problems.Count);
            Assert.EndsWith("write '" + opening + "'", problems[0].Message, StringComparison.Ordinal);
            Assert.EndsWith("write '" + closing + "'", problems[1].Message, StringComparison.Ordinal);
            Assert.Equal(Resx.ValueColumn(QualityCase.Key) + 2, problems[0].Span!.Column);
            Assert.Equal(escaped.Contains("&quot;", StringComparison.Ordinal) ? 6 : 1, problems[0].Span!.Length);
        }

        [Theory]
        [InlineData("zh-Hans", "请稍等...", "...", "'……'")]
        [InlineData("zh-Hans", "请稍等…", "…", "'……'")]
        [InlineData("zh-Hans", "请稍等。。。", "。。。", "'……'")]
        [InlineData("zh-Hant", "請稍候...", "...", "'……'")]
        [InlineData("zh-Hans", "明天下午--具体时间另行通知", "--", "'——'")]
        [InlineData("zh-Hans", "明天下午—具体时间另行通知", "—", "'——'")]
        public void Ellipsis_and_dash_must_be_the_Chinese_doubled_forms(string culture, string text, string found, string advice)
        {
            var problem = QualityCase.Single(culture, text, Id, found);
            Assert.Contains(advice, problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("ko", "잠시만 기다려 주세요。", "。", "'.'")]
        [InlineData("ko", "네，알겠습니다.", "，", "','")]
        [InlineData("ko", "감사합니다！", "！", "'!'")]
        [InlineData("ko", "괜찮으십니까？", "？", "'?'")]
        [InlineData("ko", "문의：고객센터", "：", "':'")]
        public void Full_width_punctuation_in_Korean_is_reported(string culture, string text, string found, string advice)
        {
            var problem = QualityCase.Single(culture, text, Id, found);
            Assert.StartsWith("Full-width '" + found + "' in Korean text", problem.Message, StringComparison.Ordinal);
            Assert.Contains(advice, problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("네,고객님.", ",", "No space after ','")]
        [InlineData("확인했습니다.감사합니다.", ".", "No space after '.'")]
        [InlineData("네 , 고객님.", " ,", "A space before ','")]
        public void Korean_punctuation_is_followed_by_a_space_and_not_preceded_by_one(string text, string found, string start)
        {
            var problem = QualityCase.Single("ko", text, Id, found);
            Assert.StartsWith(start, problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("zh-Hans", "工号是１２３。", "１２３", "write the half-width '123'")]
        [InlineData("zh-Hant", "請按Ａ鍵。", "Ａ", "'A'")]
        [InlineData("ko", "ＶＩＰ 고객님, 안녕하십니까?", "ＶＩＰ", "'VIP'")]
        [InlineData("en", "Call ｕｓ", "ｕｓ", "'us'")]
        public void Full_width_Latin_letters_and_digits_are_reported_in_every_culture(string culture, string text, string found, string advice)
        {
            var problem = QualityCase.Single(culture, text, Id, found);
            Assert.StartsWith("Full-width ", problem.Message, StringComparison.Ordinal);
            Assert.Contains(advice, problem.Message, StringComparison.Ordinal);
        }

        // ---- full-width placeholder braces: an error -----------------------------------------------

        [Theory]
        [InlineData("zh-Hans", "｛surname｝先生，您好！", "｛surname｝", "{surname}", "full-width braces")]
        [InlineData("zh-Hans", "{surname｝先生，您好！", "{surname｝", "{surname}", "a full-width closing brace")]
        [InlineData("zh-Hant", "｛surname}先生，您好！", "｛surname}", "{surname}", "a full-width opening brace")]
        [InlineData("zh-Hans", "我们会在｛hours:int｝小时内答复您。", "｛hours:int｝", "{hours:int}", "full-width braces")]
        [InlineData("ko", "｛name｝ 고객님, 안녕하십니까?", "｛name｝", "{name}", "full-width braces")]
        public void Full_width_placeholder_braces_are_an_error(string culture, string text, string found, string meant, string which)
        {
            var problem = QualityCase.Single(culture, text, Id, found, RuleSeverity.Error);
            Assert.Equal(RuleSeverity.Error, problem.Severity);
            Assert.Equal(RuleSeverity.Warning, problem.Rule.Severity);
            Assert.Contains("is written with " + which, problem.Message, StringComparison.Ordinal);
            Assert.Contains("write '" + meant + "'", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_full_width_brace_placeholder_is_the_placeholder_meant_so_no_other_rule_fires()
        {
            // Mixed braces would be a PHR0007 (unclosed '{'), and the missing placeholder a PHR0006 in
            // the other cultures; one PHR0013 error tells the whole story.
            var result = Catalogs.Build(
                ("CallCenter.zh-Hans.resx", Resx.Entries(("Greeting.Known", "{surname｝先生，您好！"))),
                ("CallCenter.zh-Hant.resx", Resx.Entries(("Greeting.Known", "｛surname｝先生，您好！"))),
                ("CallCenter.ko.resx", Resx.Entries(("Greeting.Known", "{surname} 고객님, 안녕하십니까?"))));

            Assert.Equal(new[] { Id, Id }, result.Problems.Select(p => p.RuleId));
            Assert.All(result.Problems, p => Assert.Equal(RuleSeverity.Error, p.EffectiveSeverity));
            var phrase = result.Phrase("Greeting.Known");
            Assert.Equal("surname", Assert.Single(phrase.Placeholders).Name);
            Assert.All(phrase.Texts, t => Assert.False(t.IsFallback));
            Assert.Equal(new[] { (true, "surname"), (false, "先生，您好！") }, phrase.Text("zh-Hant").Segments.Select(x => (x.IsPlaceholder, x.Value)));
        }

        [Theory]
        [InlineData("zh-Hans", "请按｛确认｝键。")]          // not a placeholder name: ordinary (odd) text
        [InlineData("zh-Hans", "｛｝")]
        [InlineData("zh-Hans", "{{surname}}先生")]            // literal braces written on purpose
        public void Full_width_braces_around_anything_but_a_placeholder_name_are_not_reported_as_a_placeholder(string culture, string text)
        {
            Assert.DoesNotContain(QualityCase.Problems(culture, text, Id), p => p.Severity == RuleSeverity.Error);
        }

        [Theory]
        [InlineData("｛surname先生，您好！", "｛", "'{surname}'")]
        [InlineData("您好，surname｝先生", "｝", "'{surname}'")]
        public void A_lone_full_width_brace_next_to_a_name_is_a_warning(string text, string found, string advice)
        {
            var problem = QualityCase.Single("zh-Hans", text, Id, found);
            Assert.Contains(advice, problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_malformed_full_width_placeholder_is_one_PHR0007_and_one_PHR0013()
        {
            var result = QualityCase.Build("zh-Hans", "｛hours:integer｝小时");

            Assert.Equal(new[] { PhraseRules.MalformedPlaceholderId, Id }, result.Problems.Select(p => p.RuleId).OrderBy(x => x, StringComparer.Ordinal));
        }

        [Fact]
        public void Forbidden_phrase_files_are_not_read()
        {
            var result = Catalogs.Build(
                ("CallCenter.zh-Hans.resx", Resx.Entries(("Greeting.Hello", "您好！"))),
                ("CallCenter.Forbidden.zh-Hans.resx", Resx.Entries(("Banned.Wei", "喂,说话呀!"))));

            Assert.DoesNotContain(result.Problems, p => p.RuleId == Id);
        }

        [Fact]
        public void Findings_are_located_in_each_cultures_file_at_line_and_column()
        {
            var result = Catalogs.Build(
                ("CallCenter.zh-Hans.resx", Resx.Entries(("Greeting.Hello", "您好!"))),
                ("CallCenter.zh-Hant.resx", Resx.Entries(("Greeting.Hello", "您好！"), ("Greeting.Quote", "他說“您好”。"))),
                ("CallCenter.ko.resx", Resx.Entries(("Greeting.Hello", "안녕하십니까。"))));

            var problems = result.Problems.Where(p => p.RuleId == Id).ToList();
            Assert.Equal(4, problems.Count);
            Located.At(problems[0], PhraseRules.Punctuation, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.zh-Hans.resx"), 3, Resx.ValueColumn("Greeting.Hello") + 2);
            Located.At(problems[1], PhraseRules.Punctuation, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.ko.resx"), 3, Resx.ValueColumn("Greeting.Hello") + 6);
            Located.At(problems[2], PhraseRules.Punctuation, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.zh-Hant.resx"), 4, Resx.ValueColumn("Greeting.Quote") + 2);
            Located.At(problems[3], PhraseRules.Punctuation, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.zh-Hant.resx"), 4, Resx.ValueColumn("Greeting.Quote") + 5);
        }
    }
}
