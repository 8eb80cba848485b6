using System;
using PhraseCatalog.Core.Model;

namespace PhraseCatalog.Tests.Model
{
    public class PhraseFileNameTests
    {
        [Theory]
        [InlineData("CallCenter.zh-Hans.resx", "CallCenter", "zh-Hans", false)]
        [InlineData("CallCenter.zh-Hant.resx", "CallCenter", "zh-Hant", false)]
        [InlineData("CallCenter.ko.resx", "CallCenter", "ko", false)]
        [InlineData("CallCenter.zh-Hant-TW.resx", "CallCenter", "zh-Hant-TW", false)]
        [InlineData("CallCenter.resx", "CallCenter", null, false)]
        [InlineData("CallCenter.ko.RESX", "CallCenter", "ko", false)]
        [InlineData("CallCenter.Forbidden.zh-Hans.resx", "CallCenter", "zh-Hans", true)]
        [InlineData("CallCenter.Forbidden.ko.resx", "CallCenter", "ko", true)]
        [InlineData("CallCenter.Forbidden.resx", "CallCenter", null, true)]
        [InlineData("콜센터.ko.resx", "콜센터", "ko", false)]
        [InlineData("客服.zh-Hans.resx", "客服", "zh-Hans", false)]
        [InlineData("Sales_2.en-001.resx", "Sales_2", "en-001", false)]
        public void Valid_names_split_into_catalog_culture_and_kind(string fileName, string catalog, string? culture, bool forbidden)
        {
            var name = PhraseFileName.Parse(fileName, out var error);

            Assert.Null(error);
            Assert.Equal(new PhraseFileName(catalog, culture, forbidden ? PhraseFileKind.Forbidden : PhraseFileKind.Approved), name);
        }

        [Theory]
        [InlineData("Call-Center.ko.resx", "not a valid C# identifier")]
        [InlineData("1CallCenter.ko.resx", "not a valid C# identifier")]
        [InlineData(".ko.resx", "not a valid C# identifier")]
        [InlineData("CallCenter..resx", "not a culture name")]
        [InlineData("CallCenter.zh Hans.resx", "not a culture name")]
        [InlineData("CallCenter.zh+Hans.resx", "not a culture name")]
        [InlineData("CallCenter.Forbidden..resx", "not a culture name")]
        [InlineData("CallCenter.a.b.resx", "too many parts")]
        [InlineData("CallCenter.Forbidden.zh-Hans.extra.resx", "too many parts")]
        public void Unusable_names_are_explained(string fileName, string because)
        {
            var name = PhraseFileName.Parse(fileName, out var error);

            Assert.Null(name);
            Assert.NotNull(error);
            Assert.Contains(because, error, StringComparison.Ordinal);
            Assert.Contains(fileName, error, StringComparison.Ordinal);
        }

        // Wrong but name-like culture parts are read as written, so the file's texts are still used and
        // checked; PHR0015 (CultureNameCheck) reports the name and suggests the right one.
        [Theory]
        [InlineData("CallCenter.x.resx", "x", false)]
        [InlineData("CallCenter.123.resx", "123", false)]
        [InlineData("CallCenter.zh-.resx", "zh-", false)]
        [InlineData("CallCenter.zh_TW.resx", "zh_TW", false)]
        [InlineData("CallCenter.zh-Hans-toolongsubtag.resx", "zh-Hans-toolongsubtag", false)]
        [InlineData("CallCenter.kr.resx", "kr", false)]
        [InlineData("CallCenter.Forbidden.k.resx", "k", true)]
        public void Wrong_but_name_like_culture_parts_are_kept_as_written(string fileName, string culture, bool forbidden)
        {
            var name = PhraseFileName.Parse(fileName, out var error);

            Assert.Null(error);
            Assert.Equal(new PhraseFileName("CallCenter", culture, forbidden ? PhraseFileKind.Forbidden : PhraseFileKind.Approved), name);
        }

        [Theory]
        [InlineData("ko", true)]
        [InlineData("zh-Hans", true)]
        [InlineData("zh-Hant-HK", true)]
        [InlineData("yue", true)]
        [InlineData("es-419", true)]
        [InlineData("k", false)]
        [InlineData("kore", false)]
        [InlineData("1a", false)]
        [InlineData("zh--Hans", false)]
        [InlineData("zh-", false)]
        [InlineData("zh-Hans-123456789", false)]
        [InlineData("", false)]
        public void Culture_names_are_checked_for_their_BCP_47_shape(string value, bool valid)
        {
            Assert.Equal(valid, PhraseFileName.IsCultureName(value));
        }
    }
}
