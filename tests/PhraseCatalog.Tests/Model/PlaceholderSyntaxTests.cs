using System.Collections.Generic;
using System.Linq;
using PhraseCatalog.Core.Model;

namespace PhraseCatalog.Tests.Model
{
    /// <summary>
    /// What the parser tells the quality rules: where template syntax lies, and how it reads a
    /// placeholder whose braces a CJK input method made full-width.
    /// </summary>
    public class PlaceholderSyntaxTests
    {
        private static (List<TemplateSyntax> Syntax, ParsedTemplate Template) Parse(string text)
        {
            var syntax = new List<TemplateSyntax>();
            var template = PlaceholderParser.Parse(text, culture: null, syntax);
            return (syntax, template);
        }

        private static (int, int, TemplateSyntaxKind)[] Spans(List<TemplateSyntax> syntax) =>
            syntax.Select(s => (s.Index, s.Length, s.Kind)).ToArray();

        [Fact]
        public void Placeholders_escapes_and_malformed_groups_are_recorded_in_order()
        {
            var (syntax, template) = Parse("{{x}} {name}先生 {hours:int}{ bad }}}");

            Assert.Equal(
                new[]
                {
                    (0, 2, TemplateSyntaxKind.Escape), (3, 2, TemplateSyntaxKind.Escape), (6, 6, TemplateSyntaxKind.Placeholder),
                    (15, 11, TemplateSyntaxKind.Placeholder), (26, 7, TemplateSyntaxKind.Malformed), (33, 2, TemplateSyntaxKind.Escape),
                },
                Spans(syntax));
            Assert.Single(template.Errors);
        }

        [Fact]
        public void The_result_is_the_same_with_or_without_a_syntax_list()
        {
            const string text = "{a}，{{b}} {c:int} ｛d｝ {e";
            var with = Parse(text).Template;
            var without = PlaceholderParser.Parse(text);

            Assert.Equal(without, with);
        }

        [Fact]
        public void A_lone_brace_is_text_not_syntax()
        {
            var (syntax, template) = Parse("您好{surname先生");

            Assert.Empty(syntax);
            Assert.Single(template.Errors);
        }

        [Fact]
        public void A_group_with_a_particle_part_is_one_stretch_of_syntax_however_it_parses()
        {
            var (syntax, _) = Parse("{department|을/를} 연결해 드리겠습니다.");

            var span = Assert.Single(syntax);
            Assert.Equal((0, 16), (span.Index, span.Length));
        }

        [Theory]
        [InlineData("｛surname｝先生", 0, 9, "surname", "string")]
        [InlineData("{surname｝先生", 0, 9, "surname", "string")]
        [InlineData("您好｛surname}", 2, 9, "surname", "string")]
        [InlineData("在｛hours:int｝小时内", 1, 11, "hours", "int")]
        [InlineData("｛_x1｝", 0, 5, "_x1", "string")]
        public void Full_width_braces_around_a_placeholder_name_read_as_that_placeholder(string text, int index, int length, string name, string type)
        {
            var (syntax, template) = Parse(text);

            Assert.Empty(template.Errors);
            Assert.Equal(new Placeholder(name, type), Assert.Single(template.Placeholders));
            Assert.Equal(new[] { (index, length, TemplateSyntaxKind.FullWidthBrace) }, Spans(syntax));
            Assert.Contains(template.Segments, s => s.IsPlaceholder && s.Value == name);
        }

        [Theory]
        [InlineData("请按｛确认｝键")]    // a Han word: ordinary (odd) text
        [InlineData("｛｝")]
        [InlineData("｛1x｝")]
        [InlineData("｛a b｝")]
        [InlineData("｛surname")]
        [InlineData("surname｝")]
        [InlineData("｛hours:｝")]
        public void Full_width_braces_around_anything_else_stay_text(string text)
        {
            var (syntax, template) = Parse(text);

            Assert.Empty(syntax);
            Assert.Empty(template.Placeholders);
            Assert.Empty(template.Errors);
            Assert.Equal(text, string.Concat(template.Segments.Select(s => s.Value)));
        }

        [Fact]
        public void A_full_width_placeholder_with_an_unknown_type_is_a_malformed_placeholder()
        {
            var (syntax, template) = Parse("｛hours:integer｝");

            Assert.Equal(TemplateSyntaxKind.FullWidthBrace, Assert.Single(syntax).Kind);
            Assert.Equal((0, 15), (Assert.Single(template.Errors).Index, template.Errors[0].Length));
        }
    }
}
