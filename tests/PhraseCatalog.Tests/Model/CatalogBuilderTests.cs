using System;
using System.Linq;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Model
{
    public class CatalogBuilderTests
    {
        private const string Hans = "CallCenter.zh-Hans.resx";
        private const string Hant = "CallCenter.zh-Hant.resx";
        private const string Ko = "CallCenter.ko.resx";

        private static (string, string) File(string name, params (string Key, string Value)[] entries) => (name, Resx.Entries(entries));

        [Fact]
        public void Cultures_come_from_the_files_with_the_default_first_whatever_the_file_order()
        {
            var result = Catalogs.Build(
                File(Ko, ("Hold.Ask", "잠시만요")),
                File(Hant, ("Hold.Ask", "請稍候")),
                File(Hans, ("Hold.Ask", "请稍候")));

            Assert.Equal("zh-Hans", result.Model!.DefaultCulture);
            Assert.Equal(new[] { "zh-Hans", "ko", "zh-Hant" }, result.Model.Cultures);
            Assert.Equal(new[] { "zh-Hans", "ko", "zh-Hant" }, result.Phrase("Hold.Ask").Texts.Select(t => t.Culture));
            Assert.Equal(new[] { "请稍候", "잠시만요", "請稍候" }, result.Phrase("Hold.Ask").Texts.Select(t => t.Text));
        }

        [Fact]
        public void PhraseCatalogDefaultCulture_chooses_the_default_culture()
        {
            var options = GeneratorOptions.Default with { DefaultCulture = "ko" };
            var result = Catalogs.Build(options, File(Hans, ("Hold.Ask", "请稍候")), File(Hant, ("Hold.Ask", "請稍候")), File(Ko, ("Hold.Ask", "잠시만요")));

            Assert.Equal("ko", result.Model!.DefaultCulture);
            Assert.Equal(new[] { "ko", "zh-Hans", "zh-Hant" }, result.Model.Cultures);
        }

        [Fact]
        public void The_default_culture_matches_a_file_culture_case_insensitively_and_keeps_the_file_spelling()
        {
            var options = GeneratorOptions.Default with { DefaultCulture = "ZH-hant" };
            var result = Catalogs.Build(options, File(Hans, ("Hold.Ask", "请稍候")), File(Hant, ("Hold.Ask", "請稍候")));

            Assert.Equal("zh-Hant", result.Model!.DefaultCulture);
            Assert.Equal(new[] { "zh-Hant", "zh-Hans" }, result.Model.Cultures);
        }

        [Fact]
        public void When_no_file_has_the_default_culture_the_first_culture_in_ordinal_order_is_the_default()
        {
            var result = Catalogs.Build(File(Hant, ("Hold.Ask", "請稍候")), File(Ko, ("Hold.Ask", "잠시만요")));

            Assert.Equal("ko", result.Model!.DefaultCulture);
            Assert.Equal(new[] { "ko", "zh-Hant" }, result.Model.Cultures);
        }

        [Fact]
        public void A_file_without_a_culture_part_is_the_default_culture_when_the_project_sets_one()
        {
            var options = GeneratorOptions.Default with { DefaultCulture = "ko", DefaultCultureSet = true };
            var result = Catalogs.Build(options, File("CallCenter.resx", ("Hold.Ask", "잠시만요")), File(Hans, ("Hold.Ask", "请稍候")));

            Assert.Equal(new[] { "ko", "zh-Hans" }, result.Model!.Cultures);
            Assert.Equal("잠시만요", result.Phrase("Hold.Ask").Text("ko").Text);
        }

        [Fact]
        public void Phrases_are_in_ordinal_key_order_with_their_path_comment_and_placeholders()
        {
            string hans = Resx.Doc(
                Resx.Data("Hold.Ask", "请您稍等。", "Before every hold."),
                Resx.Data("Address.KnownCustomer", "{surname}先生/小姐，您好"));
            var result = Catalogs.Build((Hans, hans), File(Ko, ("Hold.Ask", "잠시만요"), ("Address.KnownCustomer", "{surname} 고객님, 안녕하십니까")));

            Assert.Empty(result.Problems);
            Assert.Equal(new[] { "Address.KnownCustomer", "Hold.Ask" }, result.Model!.Phrases.Select(p => p.Key));
            var hold = result.Phrase("Hold.Ask");
            Assert.Equal(new[] { "Hold", "Ask" }, hold.Path);
            Assert.Equal("Before every hold.", hold.Comment);
            Assert.Empty(hold.Placeholders);
            Assert.Null(result.Phrase("Address.KnownCustomer").Comment);
        }

        [Fact]
        public void The_comment_comes_from_the_first_culture_that_has_one()
        {
            string ko = Resx.Doc(Resx.Data("Hold.Ask", "잠시만요", "Say before every hold."));
            var result = Catalogs.Build(File(Hans, ("Hold.Ask", "请稍候")), (Ko, ko));

            Assert.Equal("Say before every hold.", result.Phrase("Hold.Ask").Comment);
        }

        [Fact]
        public void A_catalog_with_some_bad_entries_still_generates_the_good_ones()
        {
            string hans = Resx.Doc(
                Resx.Data("Greeting.InboundCall", "您好！{company}客服中心"),                              // good
                Resx.Data("Greeting.InboundCall", "重复"),                                                 // PHR0003
                "  <data name=\"Greeting.Logo\" type=\"System.Byte[], mscorlib\"><value>AAEA</value></data>", // PHR0002
                Resx.Data("Greeting.InboundCall.Again", "一段"),                                         // PHR0004
                Resx.Data("Hold.Ask", "请您稍等{"),                                                        // PHR0007
                Resx.Data("Hold.Thanks", string.Empty),                                                  // PHR0008
                Resx.Data("Address.KnownCustomer", "{surname}先生，您好"),                                 // PHR0006 with ko
                Resx.Data("Closing.Thanks", "感谢您的来电。"));                                              // good, PHR0005 for ko
            string ko = Resx.Doc(
                Resx.Data("Greeting.InboundCall", "안녕하십니까, {company} 고객센터입니다."),
                Resx.Data("Address.KnownCustomer", "{name} 고객님, 안녕하십니까"));

            var result = Catalogs.Build((Hans, hans), (Ko, ko));

            Assert.Equal(
                new[] { "PHR0002", "PHR0003", "PHR0004", "PHR0005", "PHR0006", "PHR0007", "PHR0008" },
                result.Problems.Select(p => p.RuleId).OrderBy(id => id, StringComparer.Ordinal));
            Assert.Equal(new[] { "Address.KnownCustomer", "Closing.Thanks", "Greeting.InboundCall" }, result.Model!.Phrases.Select(p => p.Key));
            Assert.Equal("안녕하십니까, {company} 고객센터입니다.", result.Phrase("Greeting.InboundCall").Text("ko").Text);
        }

        [Fact]
        public void A_catalog_whose_files_are_all_unreadable_has_a_model_with_no_phrases()
        {
            var result = Catalogs.Build((Hans, "<root>"), (Ko, "not xml"));

            Assert.Equal(2, result.Problems.Of(PhraseRules.UnreadableId).Count());
            Assert.NotNull(result.Model);
            Assert.Empty(result.Model!.Phrases);
        }

        [Fact]
        public void Forbidden_files_give_forbidden_phrases_per_culture_and_no_members()
        {
            string forbiddenHans = Resx.Doc(
                Resx.Data("Banned.Wei", "喂，说话呀！", "Rude opening.\nInstead: Greeting.InboundCall"),
                Resx.Data("Banned.DontKnow", "不知道", "instead:  Information.LookingUp ,Greeting.InboundCall, Information.LookingUp"));
            string forbiddenKo = Resx.Doc(Resx.Data("Banned.What", "뭐?", "Instead: Greeting.InboundCall"));

            var result = Catalogs.Build(
                File(Hans, ("Greeting.InboundCall", "您好"), ("Information.LookingUp", "我帮您查一下")),
                File(Ko, ("Greeting.InboundCall", "안녕하십니까"), ("Information.LookingUp", "확인해 드리겠습니다")),
                ("CallCenter.Forbidden.zh-Hans.resx", forbiddenHans),
                ("CallCenter.Forbidden.ko.resx", forbiddenKo));

            // Forbidden keys exist in only some cultures: no PHR0005 for them.
            Assert.Empty(result.Problems);
            var model = result.Model!;
            Assert.Equal(new[] { "zh-Hans", "ko" }, model.Cultures);
            Assert.Equal(new[] { "Greeting.InboundCall", "Information.LookingUp" }, model.Phrases.Select(p => p.Key));
            Assert.Equal(
                new[] { ("Banned.What", "ko", "뭐?"), ("Banned.DontKnow", "zh-Hans", "不知道"), ("Banned.Wei", "zh-Hans", "喂，说话呀！") },
                model.Forbidden.Select(f => (f.Key, f.Culture, f.Text)));

            var wei = model.Forbidden.Single(f => f.Key == "Banned.Wei");
            Assert.Equal(new[] { "Greeting.InboundCall" }, wei.Instead);
            Assert.Equal("Rude opening.\nInstead: Greeting.InboundCall", wei.Comment);
            Assert.Equal(new[] { "Information.LookingUp", "Greeting.InboundCall" }, model.Forbidden.Single(f => f.Key == "Banned.DontKnow").Instead);
        }

        [Fact]
        public void A_forbidden_file_without_a_culture_part_is_the_default_culture()
        {
            var result = Catalogs.Build(File(Hans, ("Hold.Ask", "请稍候")), File("CallCenter.Forbidden.resx", ("Banned.Wei", "喂")));

            Assert.Equal("zh-Hans", Assert.Single(result.Model!.Forbidden).Culture);
            Assert.Equal(new[] { "zh-Hans" }, result.Model.Cultures);
        }

        [Theory]
        [InlineData(null, new string[0])]
        [InlineData("", new string[0])]
        [InlineData("Say something kinder.", new string[0])]
        [InlineData("Instead: Greeting.InboundCall", new[] { "Greeting.InboundCall" })]
        [InlineData("Instead:Greeting.InboundCall,Hold.Ask", new[] { "Greeting.InboundCall", "Hold.Ask" })]
        [InlineData("Why.\r\n  INSTEAD: Hold.Ask , , Hold.Ask\r\nInstead: Closing.Thanks", new[] { "Hold.Ask", "Closing.Thanks" })]
        [InlineData("Not Instead: Hold.Ask", new string[0])]
        [InlineData("Instead:", new string[0])]
        public void Instead_lines_are_parsed_from_the_comment(string? comment, string[] expected)
        {
            Assert.Equal(expected, CatalogBuilder.ParseInstead(comment));
        }

        [Fact]
        public void The_catalog_carries_its_name_namespace_and_hint_name()
        {
            var options = GeneratorOptions.Default with { Namespace = "Contoso.Phrases" };
            var result = Catalogs.Build(options, File(Hans, ("Hold.Ask", "请稍候")));

            Assert.Equal("CallCenter", result.Model!.Name);
            Assert.Equal("Contoso.Phrases", result.Model.Namespace);
            Assert.Equal("CallCenter.g.cs", result.Model.HintName);
        }

        [Fact]
        public void The_same_input_gives_an_equal_model()
        {
            (string, string)[] files = { File(Hans, ("Hold.Ask", "请稍候"), ("Address.Known", "{surname}先生")), File(Ko, ("Hold.Ask", "잠시만요")) };

            Assert.Equal(Catalogs.Build(files), Catalogs.Build(files));
            Assert.Equal(Catalogs.Build(files), Catalogs.Build(files.Reverse().ToArray()));
        }
    }
}
