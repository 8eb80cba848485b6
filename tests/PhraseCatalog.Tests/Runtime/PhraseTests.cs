using System;
using System.Globalization;

namespace PhraseCatalog.Tests.Runtime
{
    public class PhraseTests
    {
        private static readonly PhraseCultures Cultures = new PhraseCultures(new[] { "zh-Hans", "zh-Hant", "ko" }, "zh-Hans");

        private static readonly string[] Texts = { "请您稍等。", "請您稍等。", "잠시만 기다려 주십시오." };

        private static Phrase Hold() => new Phrase("Hold.Ask", Cultures, (string[])Texts.Clone());

        [Theory]
        [InlineData("zh-Hans", 0)]
        [InlineData("zh-CN", 0)]
        [InlineData("zh-TW", 1)]
        [InlineData("zh-HK", 1)]
        [InlineData("ko-KR", 2)]
        [InlineData("en-US", 0)]
        public void Text_resolves_the_culture_name(string culture, int index)
        {
            Assert.Equal(Texts[index], Hold().Text(culture));
        }

        [Fact]
        public void Text_takes_a_CultureInfo_and_null_means_the_default()
        {
            var phrase = Hold();

            Assert.Equal(Texts[1], phrase.Text(CultureInfo.GetCultureInfo("zh-TW")));
            Assert.Equal(Texts[2], phrase.Text(CultureInfo.GetCultureInfo("ko")));
            Assert.Equal(Texts[0], phrase.Text(CultureInfo.InvariantCulture));
            Assert.Equal(Texts[0], phrase.Text((CultureInfo)null!));
            Assert.Equal(Texts[0], phrase.Text((string)null!));
        }

        [Fact]
        public void The_phrase_exposes_its_key_cultures_and_stored_texts()
        {
            var phrase = Hold();

            Assert.Equal("Hold.Ask", phrase.Key);
            Assert.Same(Cultures, phrase.Cultures);
            Assert.Equal(Texts[2], phrase.TextAt(2));
        }

        [Theory]
        [InlineData("zh-TW", 1)]
        [InlineData("zh-CN", 0)]
        [InlineData("ko-KR", 2)]
        [InlineData("en-US", 0)]
        public void ToString_and_the_string_conversion_use_the_current_UI_culture(string uiCulture, int index)
        {
            var phrase = Hold();
            using (new CultureScope(uiCulture, culture: "en-US"))
            {
                Assert.Equal(Texts[index], phrase.ToString());
                string converted = phrase;
                Assert.Equal(Texts[index], converted);
            }
        }

        [Fact]
        public void ToString_follows_the_UI_culture_not_the_formatting_culture()
        {
            using (new CultureScope("ko-KR", culture: "zh-TW"))
            {
                Assert.Equal(Texts[2], Hold().ToString());
            }
        }

        [Fact]
        public void The_string_conversion_of_null_is_null()
        {
            Phrase? phrase = null;
            string converted = phrase!;
            Assert.Null(converted);
        }

        [Fact]
        public void Reading_a_text_returns_the_stored_string_and_allocates_nothing()
        {
            string[] texts = (string[])Texts.Clone();
            var phrase = new Phrase("Hold.Ask", Cultures, texts);
            string zhTw = "zh-TW";
            Assert.Same(texts[1], phrase.Text(zhTw));

            // Warm up, then count this thread's allocations over many reads.
            for (int i = 0; i < 1000; i++) phrase.Text(zhTw);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 10_000; i++) phrase.Text(zhTw);
            long after = GC.GetAllocatedBytesForCurrentThread();

            Assert.Equal(0, after - before);
        }

        [Fact]
        public void Alternating_between_a_few_culture_names_allocates_nothing_after_the_first_reads()
        {
            var phrase = new Phrase("Hold.Ask", Cultures, (string[])Texts.Clone());
            // Names that are not catalog cultures (those are matched by reference before any cache).
            string[] requested = { "zh-TW", "ko-KR", "zh-CN", "en-US" };
            foreach (var name in requested) phrase.Text(name);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 10_000; i++) phrase.Text(requested[i & 3]);
            long after = GC.GetAllocatedBytesForCurrentThread();

            Assert.Equal(0, after - before);
            Assert.Equal(Texts[1], phrase.Text("zh-TW"));
            Assert.Equal(Texts[2], phrase.Text("ko-KR"));
        }

        [Fact]
        public void Constructor_arguments_are_validated()
        {
            Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => new Phrase(null!, Cultures, Texts)).ParamName);
            Assert.Equal("cultures", Assert.Throws<ArgumentNullException>(() => new Phrase("Hold.Ask", null!, Texts)).ParamName);
            Assert.Equal("texts", Assert.Throws<ArgumentNullException>(() => new Phrase("Hold.Ask", Cultures, null!)).ParamName);
            Assert.Equal("texts", Assert.Throws<ArgumentException>(() => new Phrase("Hold.Ask", Cultures, new[] { "a", "b" })).ParamName);
            Assert.Equal("texts", Assert.Throws<ArgumentException>(() => new Phrase("Hold.Ask", Cultures, new[] { "a", "b", "c", "d" })).ParamName);
            Assert.Equal("texts", Assert.Throws<ArgumentException>(() => new Phrase("Hold.Ask", Cultures, new[] { "a", null!, "c" })).ParamName);
        }
    }
}
