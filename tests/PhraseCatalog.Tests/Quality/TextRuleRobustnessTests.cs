using System;
using System.Linq;
using System.Text;
using CsCheck;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Core.Validation.Quality;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Quality
{
    /// <summary>Phrase files are untrusted: the text rules never throw, and every finding lies inside its text.</summary>
    public class TextRuleRobustnessTests
    {
        /// <summary>The characters the rules look at, plus anything at all (lone surrogates included).</summary>
        private static readonly Gen<char> Character = Gen.Frequency(
            (6, Gen.Char["你您们們迷某张先生请稍等好吗各位너당신니가네다요어해지까냐줘원이세요품절되됬께몇일않금새고객님"]),
            (6, Gen.Char[",.?!:;，。！？：；、“”‘’「」『』《》\"'…—-*×○〇ㅇXxO0１Ｘ＊"]),
            (4, Gen.Char[" \t\n\r\u3000\u00A0\u200B\uFEFF\u2060"]),
            (4, Gen.Char["{}｛｝|:abc_"]),
            (2, Gen.Char['\uD800', '\uDFFF']),
            (2, Gen.Char));

        private static readonly Gen<string> Text = Character.Array[0, 48].Select(chars => new string(chars));

        private static readonly Gen<string> Culture = Gen.OneOfConst("zh-Hans", "zh-Hant", "zh-TW", "zh", "ko", "en", "");

        private static readonly TextRuleRunner.Scan[] Scans =
        {
            AddressRegisterCheck.Scan, TemplateMarkCheck.Scan, PunctuationCheck.Scan, WhitespaceCheck.Scan,
        };

        [Fact]
        public void Any_text_in_any_culture_gives_findings_inside_the_text_in_order_and_the_same_each_time()
        {
            Gen.Select(Culture, Text).Sample((culture, text) =>
            {
                foreach (var scan in Scans)
                {
                    var first = TextRuleRunner.Find(scan, culture, text);
                    var second = TextRuleRunner.Find(scan, culture, text);
                    Assert.Equal(first.Select(f => f.ToString()), second.Select(f => f.ToString()));
                    int last = 0;
                    foreach (var finding in first)
                    {
                        Assert.True(finding.Index >= 0 && finding.Length > 0 && finding.Index + finding.Length <= text.Length, $"{finding} outside '{text}'");
                        Assert.True(finding.Index >= last, "findings out of order");
                        Assert.False(string.IsNullOrWhiteSpace(finding.Message));
                        last = finding.Index;
                    }
                }
            }, iter: 3000);
        }

        [Fact]
        public void Any_text_goes_through_the_catalog_builder_and_every_finding_is_located_in_the_file()
        {
            Gen.Select(Gen.OneOfConst("zh-Hans", "zh-Hant", "ko"), Text).Sample((culture, text) =>
            {
                // Characters XML cannot carry are written as they would be refused; the rest escaped.
                var raw = new StringBuilder();
                foreach (char c in text)
                {
                    if (c == '&') raw.Append("&amp;");
                    else if (c == '<') raw.Append("&lt;");
                    else if (c == '\r') raw.Append("&#xD;");
                    else if (char.IsSurrogate(c) || (c < ' ' && c != '\t' && c != '\n') || c == '\uFFFE' || c == '\uFFFF') raw.Append('?');
                    else raw.Append(c);
                }

                var result = QualityCase.Build(culture, raw.ToString());
                foreach (var problem in result.Problems)
                {
                    Assert.NotNull(problem.Span);
                    Assert.True(problem.Span!.Line >= 3 && problem.Span.Column >= 1, problem.ToString());
                    Assert.True(problem.Span.EndLine > problem.Span.Line || problem.Span.EndColumn >= problem.Span.Column, problem.ToString());
                }
            }, iter: 500);
        }

        [Theory]
        [InlineData("")]
        // Malformed UTF-16 is written escaped and unescaped here: xUnit shows every lone surrogate as
        // U+FFFD, so rows given as real strings would share one ID and only one of them would run.
        [InlineData("\\uD800")]
        [InlineData("\\uDC00你")]
        [InlineData("你\\uD800们")]
        [InlineData("\\uD83D")]
        [InlineData("다\\uDC00.")]
        [InlineData("{")]
        [InlineData("｛")]
        [InlineData("｛a")]
        [InlineData("{a|")]
        [InlineData("某")]
        [InlineData("0-")]
        [InlineData("-0-0-0")]
        [InlineData("\u200B")]
        public void Odd_texts_never_throw(string text)
        {
            text = System.Text.RegularExpressions.Regex.Unescape(text);
            foreach (var culture in new[] { "zh-Hans", "zh-Hant", "ko", "en" })
            {
                foreach (var scan in Scans)
                {
                    var findings = TextRuleRunner.Find(scan, culture, text);
                    Assert.All(findings, f => Assert.True(f.Index + f.Length <= text.Length));
                }
            }
        }

        [Fact]
        public void A_huge_text_is_read_in_one_pass_and_its_findings_are_all_there()
        {
            // 200,000 repetitions of a mistake in each culture's way: every one is found.
            const int count = 200_000;
            string hans = string.Concat(Enumerable.Repeat("你好,", count));
            string ko = string.Concat(Enumerable.Repeat("알았어. ", count)).TrimEnd();

            Assert.Equal(count, AddressRegisterCheck.Find("zh-Hans", hans).Count);
            Assert.Equal(count, PunctuationCheck.Find("zh-Hans", hans).Count);
            Assert.Equal(count, AddressRegisterCheck.Find("ko", ko).Count);
            Assert.Empty(WhitespaceCheck.Find("ko", ko));

            string unclosed = new string('“', count) + new string('你', count);
            Assert.Equal(count, AddressRegisterCheck.Find("zh-Hans", unclosed).Count);
        }

        [Fact]
        public void A_text_with_a_lone_surrogate_is_still_checked_around_it()
        {
            Assert.Single(AddressRegisterCheck.Find("zh-Hans", "\uD800你好"));
            Assert.Single(PunctuationCheck.Find("zh-Hans", "您好\uDC00,请稍等"));
        }

        [Fact]
        public void Rule_findings_carry_the_rule_and_message_through_the_builder()
        {
            var problem = QualityCase.Single("zh-Hans", "您好,请稍等。", PhraseRules.PunctuationId, ",");
            Assert.Equal(PhraseRules.Punctuation, problem.Rule);
            Assert.Equal(PunctuationCheck.Find("zh-Hans", "您好,请稍等。").Single().Message, problem.Message);
            Assert.Equal(Resx.ValueColumn(QualityCase.Key) + 2, problem.Span!.Column);
        }
    }
}
