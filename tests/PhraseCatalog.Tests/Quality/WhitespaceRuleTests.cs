using System;
using System.Linq;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Quality
{
    /// <summary>PHR0014: white space that does not belong in a phrase, through CatalogBuilder.Build, at exact columns.</summary>
    public class WhitespaceRuleTests
    {
        private const string Id = PhraseRules.WhitespaceId;

        [Theory]
        [InlineData("zh-Hans", " 您好！", " ", "The text starts with a space")]
        [InlineData("zh-Hans", "您好！ ", " ", "The text ends with a space")]
        [InlineData("zh-Hant", "您好！  ", "  ", "The text ends with 2 spaces")]
        [InlineData("ko", "\t안녕하십니까?", "\t", "The text starts with a tab")]
        [InlineData("ko", "안녕하십니까,  고객님.", "  ", "2 spaces in a row: write one space")]
        [InlineData("ko", "안녕하십니까,\t고객님.", "\t", "A tab inside the text: write one normal space")]
        [InlineData("zh-Hans", "您好\t请稍等。", "\t", "A tab inside the text: write nothing")]
        [InlineData("zh-Hans", "您好 请稍等。", " ", "A space between Chinese characters (after '您好')")]
        [InlineData("zh-Hant", "您好，  請稍候。", "  ", "A space between Chinese characters")]
        [InlineData("zh-Hans", "您好\u3000请稍等。", "\u3000", "An ideographic space (U+3000")]
        [InlineData("ko", "안녕하십니까,\u3000고객님.", "\u3000", "An ideographic space (U+3000, the full-width space of a CJK input method): write one normal space instead")]
        [InlineData("ko", "안녕하십니까,\u00A0고객님.", "\u00A0", "A non-breaking space (U+00A0): write one normal space")]
        [InlineData("ko", "고객\u200B님, 안녕하십니까?", "\u200B", "An invisible zero-width space (U+200B)")]
        [InlineData("zh-Hans", "您好\uFEFF，请稍等。", "\uFEFF", "An invisible byte-order mark (U+FEFF)")]
        [InlineData("zh-Hans", "您好\u2060，请稍等。", "\u2060", "An invisible word joiner (U+2060)")]
        public void White_space_that_does_not_belong_is_reported_once_per_run(string culture, string text, string found, string start)
        {
            var problem = QualityCase.Single(culture, text, Id, found);
            Assert.StartsWith(start, problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("zh-Hans", "您好！{surname} 先生")]                  // next to a placeholder: a style choice
        [InlineData("zh-Hans", "您购买的是iPhone 15 Pro，对吗？")]       // between Latin words and digits
        [InlineData("zh-Hans", "请打开 App 设置。")]                      // around a Latin word
        [InlineData("zh-Hans", "您的预约时间是{date} {time}。")]
        [InlineData("ko", "{surname} {title}님, 안녕하십니까? 무엇을 도와드릴까요?")]
        [InlineData("ko", "안녕하십니까?\n무엇을 도와드릴까요?")]         // a line break after a full sentence
        [InlineData("zh-Hans", "您好！\n\n请问有什么可以帮您？")]
        [InlineData("zh-Hans", "尊敬的客户：\n您好！")]
        [InlineData("ko", "👨‍👩‍👧 가족 요금제입니다.")]                       // the zero-width joiner of an emoji
        public void Spaces_between_words_placeholders_and_deliberate_line_breaks_pass(string culture, string text) =>
            QualityCase.None(culture, text, Id);

        [Fact]
        public void A_line_break_in_the_middle_of_a_sentence_is_reported_where_it_is()
        {
            var result = QualityCase.Build("zh-Hans", "请您\n稍等。");

            var problem = Assert.Single(result.Problems, p => p.RuleId == Id);
            Assert.StartsWith("A line break in the middle of a sentence (after '请您')", problem.Message, StringComparison.Ordinal);
            Assert.Equal((3, Resx.ValueColumn(QualityCase.Key) + 2), (problem.Span!.Line, problem.Span.Column));
            Assert.Equal((4, 1), (problem.Span.EndLine, problem.Span.EndColumn));
        }

        [Fact]
        public void A_line_break_with_indentation_from_XML_formatting_is_reported()
        {
            // <value> written over several lines, as some editors format XML.
            var result = QualityCase.Build("ko", "안녕하십니까?\n      무엇을 도와드릴까요?");

            var problem = Assert.Single(result.Problems, p => p.RuleId == Id);
            Assert.StartsWith("A line break with spaces or tabs around it", problem.Message, StringComparison.Ordinal);
            Assert.Equal((3, Resx.ValueColumn(QualityCase.Key) + 7), (problem.Span!.Line, problem.Span.Column));
            Assert.Equal((4, 7), (problem.Span.EndLine, problem.Span.EndColumn));
        }

        [Fact]
        public void Leading_white_space_written_as_a_line_break_and_indentation_is_one_finding()
        {
            var result = QualityCase.Build("zh-Hans", "\n    您好！\n  ");

            var problems = result.Problems.Where(p => p.RuleId == Id).ToList();
            Assert.Equal(2, problems.Count);
            Assert.StartsWith("The text starts with white space (5 characters)", problems[0].Message, StringComparison.Ordinal);
            Assert.Equal((3, Resx.ValueColumn(QualityCase.Key)), (problems[0].Span!.Line, problems[0].Span!.Column));
            Assert.StartsWith("The text ends with white space (3 characters)", problems[1].Message, StringComparison.Ordinal);
            Assert.Equal((4, 8), (problems[1].Span!.Line, problems[1].Span!.Column));
        }

        [Fact]
        public void A_blank_text_is_PHR0008_only()
        {
            var result = QualityCase.Build("zh-Hans", "   ");

            Assert.Equal(new[] { PhraseRules.EmptyTextId }, result.Problems.Select(p => p.RuleId));
        }

        [Fact]
        public void Forbidden_phrases_are_read_too_because_a_stray_space_stops_them_matching()
        {
            var result = Catalogs.Build(
                ("CallCenter.zh-Hans.resx", Resx.Entries(("Greeting.Hello", "您好！"))),
                ("CallCenter.Forbidden.zh-Hans.resx", Resx.Entries(("Banned.DontKnow", "不知道 "))));

            var problem = Assert.Single(result.Problems, p => p.RuleId == Id);
            Located.At(problem, PhraseRules.Whitespace, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.Forbidden.zh-Hans.resx"), 3, Resx.ValueColumn("Banned.DontKnow") + 3);
        }

        [Fact]
        public void Findings_are_located_in_each_cultures_file_at_line_and_column()
        {
            var result = Catalogs.Build(
                ("CallCenter.zh-Hans.resx", Resx.Entries(("Greeting.Hello", "您好 ！"))),
                ("CallCenter.zh-Hant.resx", Resx.Entries(("Greeting.Hello", "您好！\u3000"))),
                ("CallCenter.ko.resx", Resx.Entries(("Greeting.Hello", "안녕하십니까?  네."))));

            var problems = result.Problems.Where(p => p.RuleId == Id).ToList();
            Assert.Equal(3, problems.Count);
            int column = Resx.ValueColumn("Greeting.Hello");
            Located.At(problems[0], PhraseRules.Whitespace, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.zh-Hans.resx"), 3, column + 2);
            Located.At(problems[1], PhraseRules.Whitespace, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.ko.resx"), 3, column + 7);
            Located.At(problems[2], PhraseRules.Whitespace, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.zh-Hant.resx"), 3, column + 3);
        }
    }
}
