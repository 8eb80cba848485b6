using System;
using System.Linq;
using PhraseCatalog.Core.Model;

namespace PhraseCatalog.Tests.Model
{
    public class PlaceholderParserTests
    {
        private static (bool, string)[] Segments(ParsedTemplate template) => template.Segments.Select(s => (s.IsPlaceholder, s.Value)).ToArray();

        [Fact]
        public void Plain_text_is_one_literal_segment()
        {
            var template = PlaceholderParser.Parse("请您稍等。");

            Assert.Empty(template.Errors);
            Assert.False(template.HasPlaceholders);
            Assert.Equal(new[] { (false, "请您稍等。") }, Segments(template));
        }

        [Fact]
        public void Empty_text_has_no_segments()
        {
            var template = PlaceholderParser.Parse(string.Empty);
            Assert.Empty(template.Segments);
            Assert.Empty(template.Errors);
        }

        [Fact]
        public void A_named_placeholder_is_a_string_by_default()
        {
            var template = PlaceholderParser.Parse("{surname}先生/小姐，请问有什么可以帮您？");

            Assert.Empty(template.Errors);
            Assert.Equal(new[] { new Placeholder("surname", "string") }, template.Placeholders);
            Assert.Equal(new[] { (true, "surname"), (false, "先生/小姐，请问有什么可以帮您？") }, Segments(template));
        }

        [Theory]
        [InlineData("string")]
        [InlineData("int")]
        [InlineData("long")]
        [InlineData("decimal")]
        [InlineData("double")]
        public void A_typed_placeholder_keeps_its_type(string type)
        {
            var template = PlaceholderParser.Parse("我们会在{hours:" + type + "}小时内答复您。");

            Assert.Empty(template.Errors);
            Assert.Equal(new Placeholder("hours", type), Assert.Single(template.Placeholders));
            Assert.Equal(new[] { (false, "我们会在"), (true, "hours"), (false, "小时内答复您。") }, Segments(template));
        }

        [Fact]
        public void Doubled_braces_are_literal_braces()
        {
            var template = PlaceholderParser.Parse("{{工单}} {{{ticket}}} }}{{");

            Assert.Empty(template.Errors);
            Assert.Equal(new[] { (false, "{工单} {"), (true, "ticket"), (false, "} }{") }, Segments(template));
        }

        [Fact]
        public void A_placeholder_used_twice_with_one_type_is_one_parameter_and_two_segments()
        {
            var template = PlaceholderParser.Parse("{name}，{name}！");

            Assert.Empty(template.Errors);
            Assert.Equal(new Placeholder("name", "string"), Assert.Single(template.Placeholders));
            Assert.Equal(new[] { (true, "name"), (false, "，"), (true, "name"), (false, "！") }, Segments(template));
        }

        [Fact]
        public void Placeholders_are_listed_in_order_of_first_use()
        {
            var template = PlaceholderParser.Parse("{time}에 {surname} 고객님께 {time} 전화드리겠습니다. {count:int}");

            Assert.Equal(new[] { "time", "surname", "count" }, template.Placeholders.Select(p => p.Name));
        }

        [Fact]
        public void Hangul_and_Han_placeholder_names_are_valid()
        {
            var template = PlaceholderParser.Parse("{성함} 고객님 {姓氏}");

            Assert.Empty(template.Errors);
            Assert.Equal(new[] { "성함", "姓氏" }, template.Placeholders.Select(p => p.Name));
        }

        [Theory]
        [InlineData("您好{surname", 2, 1)]
        [InlineData("您好}先生", 2, 1)]
        [InlineData("{}", 0, 2)]
        [InlineData("{1x}", 0, 4)]
        [InlineData("{x:float}", 0, 9)]
        [InlineData("{x:Int}", 0, 7)]
        [InlineData("{ x }", 0, 5)]
        [InlineData("{a.b}", 0, 5)]
        [InlineData("a{", 1, 1)]
        [InlineData("}", 0, 1)]
        public void Malformed_placeholders_are_errors_with_their_position(string text, int index, int length)
        {
            var template = PlaceholderParser.Parse(text);

            var error = Assert.Single(template.Errors);
            Assert.Equal((index, length), (error.Index, error.Length));
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
        }

        [Fact]
        public void The_same_name_with_two_types_is_an_error_at_the_second_use()
        {
            var template = PlaceholderParser.Parse("{n} 和 {n:int}");

            var error = Assert.Single(template.Errors);
            Assert.Equal((6, 7), (error.Index, error.Length));
            Assert.Contains("'string' and as 'int'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_unclosed_brace_before_another_placeholder_does_not_swallow_it()
        {
            var template = PlaceholderParser.Parse("{a {b}");

            var error = Assert.Single(template.Errors);
            Assert.Equal(0, error.Index);
            Assert.Equal("b", Assert.Single(template.Placeholders).Name);
        }

        [Fact]
        public void Error_messages_give_one_based_character_numbers()
        {
            Assert.Contains("at character 3", Assert.Single(PlaceholderParser.Parse("ab{").Errors).Message, StringComparison.Ordinal);
            Assert.Contains("at character 1", Assert.Single(PlaceholderParser.Parse("}ab").Errors).Message, StringComparison.Ordinal);
        }
    }
}
