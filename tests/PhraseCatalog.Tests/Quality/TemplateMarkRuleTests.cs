using System;
using System.Linq;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Quality
{
    /// <summary>PHR0012: leftover template marks in approved text, through CatalogBuilder.Build, at exact columns.</summary>
    public class TemplateMarkRuleTests
    {
        private const string Id = PhraseRules.TemplateMarkId;

        [Theory]
        [InlineData("zh-Hans", "××先生，您好！", "××", "{surname}先生")]
        [InlineData("zh-Hans", "您好，我是XX公司的客服。", "XX", "{company}")]
        [InlineData("zh-Hans", "您好，我是xx公司的客服。", "xx", "{company}")]
        [InlineData("zh-Hans", "请拨打***咨询。", "***", "{name}")]
        [InlineData("zh-Hans", "您的工号是＊＊。", "＊＊", "{name}")]
        [InlineData("zh-Hans", "○○女士，您好！", "○○", "{surname}女士")]
        [InlineData("zh-Hans", "某某先生，您好！", "某某先生", "{surname}先生")]
        [InlineData("zh-Hans", "某先生，您好！", "某先生", "{surname}先生")]
        [InlineData("zh-Hans", "请联系某部门。", "某部门", "{department}")]
        [InlineData("zh-Hans", "您好，我是张某。", "张某", "{name}")]
        [InlineData("zh-Hans", "我们将于某年某月某日回复您。", "某年某月某日", "{date}")]
        [InlineData("zh-Hant", "××小姐，您好！", "××", "{surname}小姐")]
        [InlineData("zh-Hant", "請聯絡某部門。", "某部門", "{department}")]
        [InlineData("zh-Hant", "我是ＸＸ公司的客服。", "ＸＸ", "{company}")]
        [InlineData("ko", "OOO 고객님, 안녕하십니까?", "OOO", "{name} 고객님")]
        [InlineData("ko", "○○ 고객님, 안녕하십니까?", "○○", "{name} 고객님")]
        [InlineData("ko", "000 고객님, 안녕하십니까?", "000", "{name} 고객님")]
        [InlineData("ko", "ㅇㅇㅇ님, 주문이 완료되었습니다.", "ㅇㅇㅇ", "{name}님")]
        [InlineData("ko", "XX 회사 상담원입니다.", "XX", "{company}")]
        [InlineData("ko", "연락처는 010-0000-0000입니다.", "010-0000-0000", "{phoneNumber}")]
        [InlineData("zh-Hans", "请拨打000-0000。", "000-0000", "{phoneNumber}")]
        [InlineData("zh-Hans", "000先生，您好！", "000", "{surname}先生")]
        public void Template_marks_are_reported_with_a_named_placeholder_to_write_instead(string culture, string text, string found, string suggestion)
        {
            var problem = QualityCase.Single(culture, text, Id, found);
            Assert.StartsWith("'" + found + "' looks like a template mark", problem.Message, StringComparison.Ordinal);
            Assert.Contains("e.g. " + suggestion + ",", problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("zh-Hans", "衣服尺码有XL和XXL两种。")]              // sizes
        [InlineData("zh-Hans", "型号是RTX-XX100。")]                      // a model number
        [InlineData("zh-Hans", "Xbox手柄已发货。")]
        [InlineData("zh-Hans", "3×4的规格。")]                            // one × is a multiplication sign
        [InlineData("zh-Hans", "某些地区暂时无法配送。")]                 // 某些 "some"
        [InlineData("zh-Hans", "如果遇到某种特殊情况，请联系我们。")]
        [InlineData("zh-Hans", "系统在某个环节出了问题。")]
        [InlineData("zh-Hans", "请向某些部门反映。")]
        [InlineData("zh-Hans", "提高某些服务的质量。")]
        [InlineData("zh-Hans", "系统允许某用户登录。")]                   // 许 is a surname, but 许某 is no name here
        [InlineData("zh-Hans", "本周某天会有工作人员联系您。")]
        [InlineData("zh-Hans", "您的卡号为****{lastDigits}。")]           // a masked number shown on purpose
        [InlineData("zh-Hans", "二〇〇八年成立。")]                        // 〇 as a digit
        [InlineData("zh-Hans", "价格为1000元。")]
        [InlineData("zh-Hans", "余额为0.00元。")]
        [InlineData("zh-Hant", "某些地區暫時無法配送。")]
        [InlineData("ko", "10,000원입니다.")]
        [InlineData("zh-Hans", "您的初始服务密码为000000。")]          // a real default PIN
        [InlineData("ko", "초기 비밀번호는 0000입니다.")]
        [InlineData("ko", "좋아요 GOOD ZOO")]
        [InlineData("ko", "전화번호는 02-1234-5678입니다.")]
        [InlineData("ko", "{name} 고객님, 안녕하십니까?")]
        public void Ordinary_words_sizes_numbers_and_masks_pass(string culture, string text) => QualityCase.None(culture, text, Id);

        [Fact]
        public void Forbidden_phrase_files_are_not_read()
        {
            var result = Catalogs.Build(
                ("CallCenter.zh-Hans.resx", Resx.Entries(("Greeting.Hello", "您好！"))),
                ("CallCenter.Forbidden.zh-Hans.resx", Resx.Entries(("Banned.Placeholder", "××先生"))));

            Assert.DoesNotContain(result.Problems, p => p.RuleId == Id);
        }

        [Fact]
        public void Findings_are_located_in_each_cultures_file_at_line_and_column()
        {
            var result = Catalogs.Build(
                ("CallCenter.zh-Hans.resx", Resx.Entries(("Greeting.Known", "××先生，您好！"))),
                ("CallCenter.zh-Hant.resx", Resx.Entries(("Greeting.Known", "{surname}先生，您好！我是XX公司的客服。"))),
                ("CallCenter.ko.resx", Resx.Entries(("Greeting.Known", "{surname} 고객님, OOO 상담원입니다."))));

            var problems = result.Problems.Where(p => p.RuleId == Id).ToList();
            Assert.Equal(3, problems.Count);
            int column = Resx.ValueColumn("Greeting.Known");
            Located.At(problems[0], PhraseRules.TemplateMark, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.zh-Hans.resx"), 3, column);
            Located.At(problems[1], PhraseRules.TemplateMark, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.ko.resx"), 3, column + "{surname} 고객님, ".Length);
            Located.At(problems[2], PhraseRules.TemplateMark, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.zh-Hant.resx"), 3, column + "{surname}先生，您好！我是".Length);
        }
    }
}
