using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace PhraseCatalog.Tests.Runtime
{
    public class PhraseCulturesTests
    {
        private static readonly PhraseCultures Catalog = new PhraseCultures(new[] { "zh-Hans", "zh-Hant", "ko" }, "zh-Hans");

        [Theory]
        [InlineData("zh-Hant", "zh-Hant")]
        [InlineData("zh-TW", "zh-Hant")]
        [InlineData("zh-HK", "zh-Hant")]
        [InlineData("zh-MO", "zh-Hant")]
        [InlineData("zh-Hant-TW", "zh-Hant")]
        [InlineData("zh-Hant-HK", "zh-Hant")]
        [InlineData("zh-Hant-CN", "zh-Hant")]
        [InlineData("zh-Hans", "zh-Hans")]
        [InlineData("zh-CN", "zh-Hans")]
        [InlineData("zh-SG", "zh-Hans")]
        [InlineData("zh-Hans-CN", "zh-Hans")]
        [InlineData("zh-Hans-HK", "zh-Hans")]
        [InlineData("zh", "zh-Hans")]
        [InlineData("ko", "ko")]
        [InlineData("ko-KR", "ko")]
        [InlineData("ko-KP", "ko")]
        [InlineData("ko-Kore-KR", "ko")]
        [InlineData("en-US", "zh-Hans")]
        [InlineData("en", "zh-Hans")]
        [InlineData("ja-JP", "zh-Hans")]
        [InlineData("", "zh-Hans")]
        [InlineData(null, "zh-Hans")]
        [InlineData("garbage", "zh-Hans")]
        [InlineData("-", "zh-Hans")]
        [InlineData("--ko", "zh-Hans")]
        [InlineData("kor", "zh-Hans")]
        [InlineData("zhx-TW", "zh-Hans")]
        public void Culture_names_resolve_as_the_design_says(string? name, string expected)
        {
            Assert.Equal(expected, Catalog.ResolveName(name));
            Assert.Equal(Catalog.Names.ToList().IndexOf(expected), Catalog.Resolve(name));
        }

        [Theory]
        [InlineData("ZH-tw", "zh-Hant")]
        [InlineData("zh-hant", "zh-Hant")]
        [InlineData("ZH-HANT-tw", "zh-Hant")]
        [InlineData("zh-cn", "zh-Hans")]
        [InlineData("ZH", "zh-Hans")]
        [InlineData("KO-kr", "ko")]
        [InlineData("KO", "ko")]
        public void Resolution_is_case_insensitive(string name, string expected)
        {
            Assert.Equal(expected, Catalog.ResolveName(name));
        }

        [Theory]
        [InlineData("zh_TW", "zh-Hant")]
        [InlineData("zh_HK", "zh-Hant")]
        [InlineData("zh_Hant_TW", "zh-Hant")]
        [InlineData("zh_CN", "zh-Hans")]
        [InlineData("ko_KR", "ko")]
        [InlineData("en_US", "zh-Hans")]
        public void POSIX_underscores_count_as_hyphens(string name, string expected)
        {
            Assert.Equal(expected, Catalog.ResolveName(name));
        }

        [Fact]
        public void CultureInfo_resolves_by_its_name()
        {
            Assert.Equal("zh-Hant", Catalog.ResolveName(CultureInfo.GetCultureInfo("zh-TW").Name));
            Assert.Equal(1, Catalog.Resolve(CultureInfo.GetCultureInfo("zh-HK")));
            Assert.Equal(2, Catalog.Resolve(CultureInfo.GetCultureInfo("ko-KR")));
            Assert.Equal(0, Catalog.Resolve(CultureInfo.InvariantCulture));
            Assert.Equal(0, Catalog.Resolve((CultureInfo?)null));
        }

        [Fact]
        public void Repeated_calls_with_new_string_instances_resolve_each_by_its_content()
        {
            // The resolver caches the last name by reference; new instances with other content must never hit it.
            string[] names = { "zh-TW", "ko-KR", "zh-CN", "en-US", "zh-HK", "ko", "zh-Hant-TW" };
            string[] expected = { "zh-Hant", "ko", "zh-Hans", "zh-Hans", "zh-Hant", "ko", "zh-Hant" };
            var cultures = new PhraseCultures(new[] { "zh-Hans", "zh-Hant", "ko" }, "zh-Hans");

            for (int round = 0; round < 3; round++)
            {
                for (int i = 0; i < names.Length; i++)
                {
                    string copy = new string(names[i].ToCharArray());
                    Assert.NotSame(names[i], copy);
                    Assert.Equal(expected[i], cultures.ResolveName(copy));
                    Assert.Equal(expected[i], cultures.ResolveName(copy));
                    Assert.Equal(expected[i], cultures.ResolveName(names[i]));
                }
            }
        }

        [Fact]
        public void Resolving_from_many_threads_always_gives_the_right_culture()
        {
            string[] names = { "zh-TW", "ko-KR", "zh-CN", "en-US", "zh_HK", "ko", "zh-Hant-TW", "zh" };
            int[] expected = names.Select(n => Catalog.Resolve(n)).ToArray();
            var cultures = new PhraseCultures(new[] { "zh-Hans", "zh-Hant", "ko" }, "zh-Hans");
            int wrong = 0;

            Parallel.For(0, 200_000, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount) }, i =>
            {
                int n = i % names.Length;
                // Half the calls use the shared instance (cache hits), half a fresh copy (cache misses).
                string name = (i & 1) == 0 ? names[n] : new string(names[n].ToCharArray());
                if (cultures.Resolve(name) != expected[n]) System.Threading.Interlocked.Increment(ref wrong);
            });

            Assert.Equal(0, wrong);
            Assert.Equal(new[] { 1, 2, 0, 0, 1, 2, 1, 0 }, expected);
        }

        [Theory]
        [InlineData("en-US", "ko")]
        [InlineData("", "ko")]
        [InlineData(null, "ko")]
        [InlineData("ko-KR", "ko")]
        [InlineData("zh", "zh-Hans")]
        [InlineData("zh-TW", "zh-Hant")]
        [InlineData("zh-SG", "zh-Hans")]
        public void A_catalog_whose_default_is_ko_falls_back_to_ko(string? name, string expected)
        {
            var cultures = new PhraseCultures(new[] { "ko", "zh-Hans", "zh-Hant" }, "ko");

            Assert.Equal("ko", cultures.DefaultCulture);
            Assert.Equal(0, cultures.DefaultIndex);
            Assert.Equal(expected, cultures.ResolveName(name));
        }

        [Theory]
        [InlineData("zh-TW", "zh-Hans")]
        [InlineData("zh-Hant", "zh-Hans")]
        [InlineData("zh", "zh-Hans")]
        [InlineData("ja", "ko")]
        public void A_Chinese_script_the_catalog_lacks_gets_the_other_Chinese_text_not_another_language(string name, string expected)
        {
            var cultures = new PhraseCultures(new[] { "zh-Hans", "ko" }, "ko");
            Assert.Equal(expected, cultures.ResolveName(name));
        }

        [Fact]
        public void An_exact_culture_of_the_catalog_wins_over_the_script_table()
        {
            var cultures = new PhraseCultures(new[] { "zh-Hans", "zh-Hant", "zh-HK" }, "zh-Hans");

            Assert.Equal("zh-HK", cultures.ResolveName("zh-HK"));
            Assert.Equal("zh-HK", cultures.ResolveName("zh_hk"));
            Assert.Equal("zh-Hant", cultures.ResolveName("zh-TW"));
        }

        [Fact]
        public void Regional_variants_drop_subtags_from_the_right()
        {
            var cultures = new PhraseCultures(new[] { "en", "sr-Latn" }, "en");

            Assert.Equal("sr-Latn", cultures.ResolveName("sr-Latn-RS"));
            Assert.Equal("en", cultures.ResolveName("sr-Cyrl-RS"));
            Assert.Equal("en", cultures.ResolveName("en-GB"));
        }

        [Fact]
        public void The_table_exposes_names_count_and_default()
        {
            Assert.Equal(new[] { "zh-Hans", "zh-Hant", "ko" }, Catalog.Names);
            Assert.Equal(3, Catalog.Count);
            Assert.Equal("zh-Hans", Catalog.DefaultCulture);
            Assert.Equal(0, Catalog.DefaultIndex);
        }

        [Fact]
        public void The_names_array_is_copied()
        {
            string[] names = { "zh-Hans", "ko" };
            var cultures = new PhraseCultures(names, "ko");
            names[1] = "ja";

            Assert.Equal("ko", cultures.ResolveName("ko-KR"));
            Assert.Equal(new[] { "zh-Hans", "ko" }, cultures.Names);
        }

        [Fact]
        public void Constructor_arguments_are_validated()
        {
            Assert.Equal("names", Assert.Throws<ArgumentNullException>(() => new PhraseCultures(null!, "ko")).ParamName);
            Assert.Equal("names", Assert.Throws<ArgumentException>(() => new PhraseCultures(Array.Empty<string>(), "ko")).ParamName);
            Assert.Equal("names", Assert.Throws<ArgumentException>(() => new PhraseCultures(new[] { "ko", null! }, "ko")).ParamName);
            // "" is allowed: the invariant culture of a neutral file (Resources.resx) of undeclared language.
            Assert.Equal(1, new PhraseCultures(new[] { "ko", string.Empty }, "ko").Resolve(string.Empty));
            Assert.Equal("defaultCulture", Assert.Throws<ArgumentNullException>(() => new PhraseCultures(new[] { "ko" }, null!)).ParamName);
            Assert.Equal("defaultCulture", Assert.Throws<ArgumentException>(() => new PhraseCultures(new[] { "ko" }, "zh-Hans")).ParamName);
        }

        [Fact]
        public void The_default_culture_matches_a_name_case_insensitively()
        {
            var cultures = new PhraseCultures(new[] { "zh-Hans", "ko" }, "KO");
            Assert.Equal("ko", cultures.DefaultCulture);
        }
    }
}
