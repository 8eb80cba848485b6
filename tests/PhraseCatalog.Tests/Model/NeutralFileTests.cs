using System;
using System.Linq;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Tests.Support;

namespace PhraseCatalog.Tests.Model
{
    /// <summary>
    /// A resx app's files as they are: an English neutral <c>Resources.resx</c> and regional
    /// translations (zh-CN, zh-TW, ko-KR). The neutral file is the fallback, never zh-Hans, and
    /// requests resolve by the table in docs/phrase-files.md; the model and the runtime agree.
    /// </summary>
    public class NeutralFileTests
    {
        private static (string, string) File(string name, params (string Key, string Value)[] entries) => (name, Resx.Entries(entries));

        private static CatalogResult RealApp(GeneratorOptions options) => Catalogs.Build(
            options,
            File("Resources.resx", ("ButtonOK", "OK"), ("Title", "Settings"), ("OnlyNeutral", "Only in English")),
            File("Resources.zh-CN.resx", ("ButtonOK", "确定"), ("Title", "设置")),
            File("Resources.zh-TW.resx", ("ButtonOK", "確定"), ("Title", "設定"), ("OnlyNeutral", "只有繁體")),
            File("Resources.ko-KR.resx", ("ButtonOK", "확인"), ("Title", "설정")));

        private static PhraseCultures Runtime(CatalogModel model) => new PhraseCultures(model.Cultures.ToArray(), model.DefaultCulture);

        [Theory]
        [InlineData("zh-Hans", "设置")]
        [InlineData("zh-CN", "设置")]
        [InlineData("zh-SG", "设置")]
        [InlineData("zh", "设置")]
        [InlineData("zh-Hant", "設定")]
        [InlineData("zh-TW", "設定")]
        [InlineData("zh-HK", "設定")]
        [InlineData("zh-MO", "設定")]
        [InlineData("ko", "설정")]
        [InlineData("ko-KR", "설정")]
        [InlineData("en", "Settings")]
        [InlineData("en-US", "Settings")]
        [InlineData("fr-FR", "Settings")]
        [InlineData("", "Settings")]
        public void Each_request_gets_the_text_of_the_file_that_serves_it(string request, string expected)
        {
            var result = RealApp(GeneratorOptions.Default);
            var model = result.Model!;
            var cultures = Runtime(model);

            Assert.Equal(new[] { string.Empty, "ko-KR", "zh-CN", "zh-TW" }, model.Cultures);
            Assert.Equal(string.Empty, model.DefaultCulture);
            var title = result.Phrase("Title");
            Assert.Equal(expected, title.Texts[cultures.Resolve(request)].Text);
        }

        [Fact]
        public void The_neutral_file_takes_NeutralLanguage_when_the_project_sets_it()
        {
            var result = RealApp(GeneratorOptions.Default with { NeutralLanguage = "en" });
            var model = result.Model!;
            Assert.Equal("en", model.DefaultCulture);
            Assert.Equal(new[] { "en", "ko-KR", "zh-CN", "zh-TW" }, model.Cultures);
            Assert.Equal("Settings", result.Phrase("Title").Texts[Runtime(model).Resolve("en-GB")].Text);
        }

        [Fact]
        public void A_key_missing_in_a_translation_falls_back_to_the_nearest_Chinese_text_then_to_the_neutral_file()
        {
            var result = RealApp(GeneratorOptions.Default);
            var phrase = result.Phrase("OnlyNeutral");

            // zh-CN has no text: zh-TW's Chinese before the English neutral text; ko-KR gets the neutral text.
            Assert.Equal("只有繁體", phrase.Text("zh-CN").Text);
            Assert.True(phrase.Text("zh-CN").IsFallback);
            Assert.Equal("Only in English", phrase.Text("ko-KR").Text);
            var missing = result.Problems.Where(p => p.RuleId == "PHR0005").Select(p => p.Message).ToList();
            Assert.Contains(missing, m => m.Contains("zh-CN (Resources.zh-CN.resx)", StringComparison.Ordinal) && m.EndsWith("the zh-TW text is used there instead", StringComparison.Ordinal));
            Assert.Contains(missing, m => m.Contains("ko-KR (Resources.ko-KR.resx)", StringComparison.Ordinal) && m.EndsWith("the neutral text is used there instead", StringComparison.Ordinal));
        }

        [Fact]
        public void Without_a_neutral_file_a_zh_Hans_request_never_gets_Korean_while_a_Chinese_text_exists()
        {
            var result = Catalogs.Build(
                File("Resources.ko-KR.resx", ("Title", "설정")),
                File("Resources.zh-TW.resx", ("Title", "設定")));
            var model = result.Model!;
            var cultures = Runtime(model);

            Assert.Equal("設定", result.Phrase("Title").Texts[cultures.Resolve("zh-Hans")].Text);
            Assert.Equal("설정", result.Phrase("Title").Texts[cultures.Resolve("ko")].Text);
        }

        [Fact]
        public void The_neutral_file_is_never_read_as_zh_Hans_so_a_real_zh_Hans_file_is_kept()
        {
            var result = Catalogs.Build(
                File("Resources.resx", ("Title", "Settings")),
                File("Resources.zh-Hans.resx", ("Title", "设置")),
                File("Resources.zh-Hant.resx", ("Title", "設定")),
                File("Resources.ko.resx", ("Title", "설정")));
            var cultures = Runtime(result.Model!);

            Assert.DoesNotContain(result.Problems, p => p.RuleId == "PHR0001");
            Assert.Equal("设置", result.Phrase("Title").Texts[cultures.Resolve("zh-Hans")].Text);
            Assert.Equal("設定", result.Phrase("Title").Texts[cultures.Resolve("zh-HK")].Text);
            Assert.Equal("설정", result.Phrase("Title").Texts[cultures.Resolve("ko-KR")].Text);
            Assert.Equal("Settings", result.Phrase("Title").Texts[cultures.Resolve("de")].Text);
        }

        [Fact]
        public void A_region_with_its_own_file_is_served_before_the_other_regions_of_its_script()
        {
            var cultures = new PhraseCultures(new[] { string.Empty, "zh-HK", "zh-TW" }, string.Empty);
            Assert.Equal("zh-HK", cultures.ResolveName("zh-HK"));
            Assert.Equal("zh-HK", cultures.ResolveName("zh-MO"));
            Assert.Equal("zh-TW", cultures.ResolveName("zh-TW"));
            Assert.Equal("zh-TW", cultures.ResolveName("zh-Hant"));
        }
    }
}
