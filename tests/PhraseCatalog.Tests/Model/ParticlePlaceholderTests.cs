using System;
using System.Linq;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Model
{
    /// <summary>The Korean particle form of placeholders, <c>{name|을/를}</c>: parsing, cultures, and the model it produces.</summary>
    public class ParticlePlaceholderTests
    {
        private static (bool, string, string?)[] Segments(ParsedTemplate template) =>
            template.Segments.Select(s => (s.IsPlaceholder, s.Value, s.Particle?.Member)).ToArray();

        [Theory]
        [InlineData("을/를", "EulReul")]
        [InlineData("를/을", "EulReul")]
        [InlineData("이/가", "IGa")]
        [InlineData("가/이", "IGa")]
        [InlineData("은/는", "EunNeun")]
        [InlineData("과/와", "GwaWa")]
        [InlineData("와/과", "GwaWa")]
        [InlineData("으로/로", "EuroRo")]
        [InlineData("로/으로", "EuroRo")]
        [InlineData("으로서/로서", "EuroseoRoseo")]
        [InlineData("으로써/로써", "EurosseoRosseo")]
        [InlineData("아/야", "AYa")]
        [InlineData("이여/여", "IyeoYeo")]
        [InlineData("이나/나", "InaNa")]
        [InlineData("이랑/랑", "IrangRang")]
        [InlineData("이며/며", "ImyeoMyeo")]
        [InlineData("이라고/라고", "IragoRago")]
        [InlineData("이라는/라는", "IraneunRaneun")]
        [InlineData("이라도/라도", "IradoRado")]
        [InlineData("이에요/예요", "IeyoYeyo")]
        [InlineData("예요/이에요", "IeyoYeyo")]
        [InlineData("이야/야", "IyaYa")]
        public void Every_pair_is_accepted_in_either_order(string pair, string member)
        {
            var template = PlaceholderParser.Parse("{department|" + pair + "} 연결해 드리겠습니다.", "ko");

            Assert.Empty(template.Errors);
            Assert.Equal(new Placeholder("department", "string"), Assert.Single(template.Placeholders));
            Assert.Equal(new[] { (true, "department", (string?)member), (false, " 연결해 드리겠습니다.", null) }, Segments(template));
        }

        [Fact]
        public void The_pair_table_is_the_runtime_enum_in_the_same_order()
        {
            var members = KoreanParticleForms.Pairs.Select(p => p.Member).ToArray();
            Assert.Equal(Enum.GetNames(typeof(KoreanParticle)), members);
            for (int i = 0; i < members.Length; i++)
            {
                var pair = KoreanParticleForms.Pairs[i];
                var particle = (KoreanParticle)Enum.Parse(typeof(KoreanParticle), pair.Member);
                Assert.Equal(i, (int)particle);
                Assert.Equal(pair.AfterConsonant, KoreanParticles.Pick(KoreanEnding.Consonant, particle));
                Assert.Equal(pair.AfterVowel, KoreanParticles.Pick(KoreanEnding.Vowel, particle));
            }
        }

        [Theory]
        [InlineData("int")]
        [InlineData("long")]
        [InlineData("decimal")]
        [InlineData("double")]
        [InlineData("string")]
        public void A_typed_placeholder_takes_the_pair_after_its_type(string type)
        {
            var template = PlaceholderParser.Parse("대기 고객 {count:" + type + "|이/가} 있습니다.", "ko");

            Assert.Empty(template.Errors);
            Assert.Equal(new Placeholder("count", type), Assert.Single(template.Placeholders));
            Assert.Equal("IGa", template.Segments[1].Particle!.Member);
        }

        [Fact]
        public void The_same_placeholder_with_and_without_a_particle_is_one_parameter()
        {
            var template = PlaceholderParser.Parse("{name} 고객님, {name|이/가} 맞으십니까?", "ko");

            Assert.Empty(template.Errors);
            Assert.Equal(new Placeholder("name", "string"), Assert.Single(template.Placeholders));
            Assert.Equal(new[] { (true, "name", (string?)null), (false, " 고객님, ", null), (true, "name", "IGa"), (false, " 맞으십니까?", null) }, Segments(template));
        }

        [Fact]
        public void Uses_give_each_placeholder_its_place_in_the_text()
        {
            var template = PlaceholderParser.Parse("{{x}} {a}를 {b:int|이/가}", "ko");

            Assert.Equal(new[] { (6, 3, "a", (string?)null), (11, 11, "b", "IGa") }, template.Uses.Select(u => (u.Index, u.Length, u.Placeholder.Name, u.Particle?.Member)));
        }

        [Theory]
        [InlineData("{name|을를}")]
        [InlineData("{name|을/}")]
        [InlineData("{name|/를}")]
        [InlineData("{name|}")]
        [InlineData("{name|을/를/이}")]
        [InlineData("{name|을 / 를}")]
        [InlineData("{name|이/를}")]
        [InlineData("{name|에/에서}")]
        [InlineData("{name|도/도}")]
        [InlineData("{name|을/를|이/가}")]
        public void An_unknown_pair_is_malformed_and_the_message_lists_the_pairs(string placeholder)
        {
            var template = PlaceholderParser.Parse("고객님, " + placeholder + " 확인했습니다.", "ko");

            var error = Assert.Single(template.Errors);
            Assert.Equal((5, placeholder.Length), (error.Index, error.Length));
            Assert.Contains("을/를, 이/가, 은/는, 과/와, 으로/로", error.Message, StringComparison.Ordinal);
            Assert.Contains("the form after a final consonant, '/', the form after a vowel", error.Message, StringComparison.Ordinal);
            Assert.Empty(template.Placeholders);
        }

        [Theory]
        [InlineData("{|을/를}", "has no name")]
        [InlineData("{1x|을/를}", "is not written {index}")]
        [InlineData("{n:float|이/가}", "the types are")]
        [InlineData("{n|이/가:int}", "is not one of")]
        public void Names_and_types_are_still_checked(string placeholder, string expected)
        {
            var error = Assert.Single(PlaceholderParser.Parse(placeholder, "ko").Errors);
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("ko")]
        [InlineData("ko-KR")]
        [InlineData("KO-kr")]
        [InlineData(null)]
        public void Korean_cultures_accept_particle_forms(string? culture)
        {
            Assert.Empty(PlaceholderParser.Parse("{name|을/를}", culture).Errors);
        }

        [Theory]
        [InlineData("zh-Hans")]
        [InlineData("zh-Hant")]
        [InlineData("en")]
        [InlineData("kok")] // Konkani is not Korean
        public void Other_cultures_report_particle_forms_as_malformed(string culture)
        {
            var error = Assert.Single(PlaceholderParser.Parse("请{department|을/를}处理", culture).Errors);

            Assert.Equal((1, 16), (error.Index, error.Length));
            Assert.Contains("this is a " + culture + " text", error.Message, StringComparison.Ordinal);
            Assert.Contains("write {department}", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Cultures_compare_placeholders_without_their_particles()
        {
            var result = Catalogs.Build(
                ("CallCenter.zh-Hans.resx", Resx.Entries(("Transfer.ToDepartment", "正在为您转接{department}。"), ("Queue.Waiting", "前面还有{count:int}位客户。"))),
                ("CallCenter.ko.resx", Resx.Entries(("Transfer.ToDepartment", "{department|으로/로} 연결해 드리겠습니다."), ("Queue.Waiting", "대기 고객 {count:int|이/가} 있습니다."))));

            Assert.Empty(result.Problems);
            var phrase = result.Phrase("Transfer.ToDepartment");
            Assert.Equal(new Placeholder("department", "string"), Assert.Single(phrase.Placeholders));
            Assert.False(phrase.Text("ko").IsFallback);
            Assert.Equal("EuroRo", phrase.Text("ko").Segments[0].Particle!.Member);
            Assert.False(result.Phrase("Queue.Waiting").Text("ko").IsFallback);
        }

        [Fact]
        public void A_particle_form_in_a_Chinese_file_is_PHR0007_there_and_that_text_falls_back()
        {
            string hans = Resx.Entries(("Transfer.ToDepartment", "正在为您转接{department|을/를}。"));
            var result = Catalogs.Build(
                ("CallCenter.ko.resx", Resx.Entries(("Transfer.ToDepartment", "{department|으로/로} 연결해 드리겠습니다."))),
                ("CallCenter.zh-Hans.resx", hans));

            var problem = result.Single(PhraseRules.MalformedPlaceholderId);
            var (line, column) = Resx.Find(hans, "{department|");
            Located.At(problem, PhraseRules.MalformedPlaceholder, RuleSeverity.Error, Catalogs.PathOf("CallCenter.zh-Hans.resx"), line, column);
            Assert.Contains("zh-Hans", problem.Message, StringComparison.Ordinal);
            Assert.True(result.Phrase("Transfer.ToDepartment").Text("zh-Hans").IsFallback);
        }
    }
}
