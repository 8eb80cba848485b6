using System;
using System.Linq;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Core.Validation.Quality;
using PhraseCatalog.Tests.Support;

namespace PhraseCatalog.Tests.Quality
{
    /// <summary>PHR0030: a translation still in the source language, at its line with the source quoted.</summary>
    public class UntranslatedTextRuleTests
    {
        private static (string, string) File(string name, params (string Key, string Value)[] entries) => (name, Resx.Entries(entries));

        [Fact]
        public void A_translation_equal_to_the_neutral_text_is_reported_at_its_value_with_the_source_quoted()
        {
            var result = Catalogs.Build(
                File("Resources.resx", ("Title", "Settings"), ("SaveChanges", "Save changes")),
                File("Resources.zh-TW.resx", ("Title", "設定"), ("SaveChanges", "Save changes")));

            var problem = result.Single(PhraseRules.UntranslatedTextId);
            Assert.Equal(Catalogs.PathOf("Resources.zh-TW.resx"), problem.Span!.Path);
            Assert.Equal(4, problem.Span.Line);
            Assert.Equal(RuleSeverity.Warning, problem.EffectiveSeverity);
            Assert.Equal("The zh-TW text of 'SaveChanges' is the neutral text 'Save changes' unchanged; it was probably never translated: translate it, or remove the entry so the neutral text is used openly", problem.Message);
        }

        [Theory]
        [InlineData("Resources.ko-KR.resx", "Sign in to continue", "Hangul")]
        [InlineData("Resources.zh-CN.resx", "Open Recent File", "Chinese characters")]
        [InlineData("Resources.zh-Hant.resx", "Check for updates", "Chinese characters")]
        public void English_in_a_Chinese_or_Korean_file_is_reported_even_when_it_differs_from_the_source(string file, string text, string script)
        {
            var result = Catalogs.Build(
                File("Resources.resx", ("Prompt", "Please sign in")),
                File(file, ("Prompt", text)));

            var problem = result.Single(PhraseRules.UntranslatedTextId);
            Assert.Contains("has no " + script + " at all (the neutral text is 'Please sign in')", problem.Message, StringComparison.Ordinal);
            Assert.Contains("'" + text + "'", problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("OK")]
        [InlineData("URL")]
        [InlineData("GitHub")]
        [InlineData("Visual Studio")]
        [InlineData("GitHub Desktop")]
        [InlineData("yyyy-MM-dd HH:mm")]
        [InlineData("{0} / {1}")]
        [InlineData("https://example.com/help/getting-started")]
        [InlineData("support@example.com")]
        [InlineData("readme.txt")]
        [InlineData("v2.1 (x64)")]
        public void Tokens_product_names_formats_and_addresses_pass(string text)
        {
            Assert.False(UntranslatedTextCheck.ReadsAsWords(text));
            var result = Catalogs.Build(
                File("Resources.resx", ("Value", text)),
                File("Resources.zh-CN.resx", ("Value", text)),
                File("Resources.ko-KR.resx", ("Value", text)));
            Assert.DoesNotContain(result.Problems, p => p.RuleId == PhraseRules.UntranslatedTextId);
        }

        [Theory]
        [InlineData("Save changes")]
        [InlineData("Open Recent File")]
        [InlineData("Are you sure you want to delete {0}?")]
        [InlineData("Don't show again")]
        public void Sentences_and_labels_read_as_words(string text)
        {
            Assert.True(UntranslatedTextCheck.ReadsAsWords(text));
        }

        [Fact]
        public void A_translated_text_with_a_product_name_inside_passes()
        {
            var result = Catalogs.Build(
                File("Resources.resx", ("Open", "Open in Visual Studio Code")),
                File("Resources.zh-CN.resx", ("Open", "在 Visual Studio Code 中打开")),
                File("Resources.ko-KR.resx", ("Open", "Visual Studio Code에서 열기")));
            Assert.DoesNotContain(result.Problems, p => p.RuleId == PhraseRules.UntranslatedTextId);
        }

        [Fact]
        public void Each_entry_is_reported_once_even_when_both_findings_hold()
        {
            var result = Catalogs.Build(
                File("Resources.resx", ("A", "Save changes"), ("B", "Discard all changes")),
                File("Resources.ko-KR.resx", ("A", "Save changes"), ("B", "Discard all changes")));
            Assert.Equal(2, result.Problems.Count(p => p.RuleId == PhraseRules.UntranslatedTextId));
        }

        [Fact]
        public void A_regional_file_of_the_source_language_may_share_its_texts_but_another_language_may_not()
        {
            var result = Catalogs.Build(
                File("Resources.resx", ("A", "Save changes"), ("B", "Colour settings")),
                File("Resources.en-GB.resx", ("A", "Save changes"), ("B", "Colour preferences")),
                File("Resources.de-DE.resx", ("A", "Save changes"), ("B", "Farbeinstellungen")));
            var problem = result.Single(PhraseRules.UntranslatedTextId);
            Assert.Equal(Catalogs.PathOf("Resources.de-DE.resx"), problem.Span!.Path);
            Assert.Contains("'A'", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void PHR0016_two_keys_with_one_source_text_are_not_a_paste_in_the_translation()
        {
            // "Close" under two keys in the English source, "关闭" under both in zh-CN: same text by design.
            var result = Catalogs.Build(
                File("Resources.resx", ("Menu.Close", "Close"), ("Menu.CloseWindow", "Close"), ("Menu.Exit", "Exit")),
                File("Resources.zh-CN.resx", ("Menu.Close", "关闭"), ("Menu.CloseWindow", "关闭"), ("Menu.Exit", "关闭")));

            var pasted = result.Problems.Where(p => p.RuleId == PhraseRules.UntranslatedId).ToList();
            var only = Assert.Single(pasted);
            Assert.Contains("'Menu.Exit' has the same zh-CN text as 'Menu.Close'", only.Message, StringComparison.Ordinal);
        }
    }
}
