using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Validation.Quality;

namespace PhraseCatalog.Tests.Architecture
{
    /// <summary>
    /// Culture names have one home (src/Shared/CultureNames.cs). These are the names on which the
    /// runtime, the model and the rules used to disagree: every consumer must now give the same answer.
    /// </summary>
    public class CultureKnowledgeTests
    {
        public static TheoryData<string, string> Names => new()
        {
            { "zh_TW", "zh-Hant" },
            { "zh-TW", "zh-Hant" },
            { "zh-HK", "zh-Hant" },
            { "zh-MO", "zh-Hant" },
            { "zh_hk", "zh-Hant" },
            { "zh-Hant-HK", "zh-Hant" },
            { "zh-SG", "zh-Hans" },
            { "zh-CN", "zh-Hans" },
            { "zh", "zh-Hans" },
            { "zh-Hans-TW", "zh-Hans" },
            { "ko", "ko" },
            { "ko_KR", "ko" },
            { "en-US", "other" },
        };

        [Theory]
        [MemberData(nameof(Names))]
        public void Runtime_resolution_model_and_rules_agree(string name, string expected)
        {
            var cultures = new PhraseCultures(new[] { "zh-Hans", "zh-Hant", "ko" }, "zh-Hans");
            string resolved = cultures.ResolveName(name);
            Assert.Equal(expected == "other" ? "zh-Hans" : expected, resolved);

            var textCulture = TextCultures.Of(name);
            var script = CultureScripts.Of(name);
            switch (expected)
            {
                case "zh-Hant":
                    Assert.Equal(TextCulture.TraditionalChinese, textCulture);
                    Assert.Equal(TextScript.Traditional, script);
                    break;
                case "zh-Hans":
                    Assert.Equal(TextCulture.SimplifiedChinese, textCulture);
                    Assert.Equal(TextScript.Simplified, script);
                    break;
                case "ko":
                    Assert.Equal(TextCulture.Korean, textCulture);
                    Assert.Equal(TextScript.Korean, script);
                    break;
                default:
                    Assert.Equal(TextCulture.Other, textCulture);
                    Assert.Equal(TextScript.None, script);
                    break;
            }

            Assert.Equal(expected == "ko", KoreanParticleForms.IsKorean(name));
        }

        [Theory]
        [InlineData("zh-HK", true)]
        [InlineData("zh_MO", true)]
        [InlineData("zh-Hant-HK", true)]
        [InlineData("zh-TW", false)]
        [InlineData("zh-Hant", false)]
        [InlineData("en-HK", false)]
        public void Hong_Kong_and_Macau_are_told_apart_from_Taiwan(string name, bool expected) =>
            Assert.Equal(expected, CultureScripts.IsHongKongOrMacau(name));
    }
}
