using System;
using System.Linq;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Model
{
    /// <summary>
    /// Every phrase-file rule, reported through <c>CatalogBuilder.Build</c>: the rule ID, the severity
    /// <see cref="PhraseRules"/> declares, and the exact line and column in the .resx.
    /// </summary>
    public class PhraseRuleTests
    {
        private const string Hans = "CallCenter.zh-Hans.resx";
        private const string Hant = "CallCenter.zh-Hant.resx";
        private const string Ko = "CallCenter.ko.resx";

        private static readonly string HansPath = Catalogs.PathOf(Hans);
        private static readonly string HantPath = Catalogs.PathOf(Hant);
        private static readonly string KoPath = Catalogs.PathOf(Ko);

        [Fact]
        public void The_rules_have_the_documented_ids_and_severities()
        {
            Assert.Equal(
                new[]
                {
                    ("PHR0001", RuleSeverity.Error), ("PHR0002", RuleSeverity.Info), ("PHR0003", RuleSeverity.Error), ("PHR0004", RuleSeverity.Error),
                    ("PHR0005", RuleSeverity.Warning), ("PHR0006", RuleSeverity.Error), ("PHR0007", RuleSeverity.Error), ("PHR0008", RuleSeverity.Error),
                    ("PHR0018", RuleSeverity.Warning),
                    ("PHR0009", RuleSeverity.Warning), ("PHR0010", RuleSeverity.Warning), ("PHR0011", RuleSeverity.Warning), ("PHR0012", RuleSeverity.Warning),
                    ("PHR0013", RuleSeverity.Warning), ("PHR0014", RuleSeverity.Warning), ("PHR0015", RuleSeverity.Warning), ("PHR0016", RuleSeverity.Warning),
                    ("PHR0017", RuleSeverity.Warning),
                    ("PHR0019", RuleSeverity.Error), ("PHR0020", RuleSeverity.Error), ("PHR0021", RuleSeverity.Warning), ("PHR0030", RuleSeverity.Warning),
                },
                PhraseRules.All.Select(r => (r.Id, r.Severity)));
            Assert.All(PhraseRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Title)));
            Assert.All(PhraseRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
            Assert.Equal(PhraseRules.All.Length, PhraseRules.All.Select(r => r.Id).Distinct().Count());
        }

        [Fact]
        public void A_clean_catalog_has_no_problems()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Greeting.InboundCall", "您好！{company}客服中心"), ("Hold.Ask", "请您稍等。"))),
                (Hant, Resx.Entries(("Greeting.InboundCall", "您好！{company}客服中心"), ("Hold.Ask", "請您稍等。"))),
                (Ko, Resx.Entries(("Greeting.InboundCall", "안녕하십니까, {company} 고객센터입니다."), ("Hold.Ask", "잠시만 기다려 주십시오."))));

            Assert.Empty(result.Problems);
            Assert.Equal(new[] { "Greeting.InboundCall", "Hold.Ask" }, result.Model!.Phrases.Select(p => p.Key));
        }

        // PHR0001 ------------------------------------------------------------------------------

        [Fact]
        public void PHR0001_an_unreadable_file_is_reported_where_the_XML_breaks_and_the_other_cultures_still_generate()
        {
            string broken = Resx.Doc(
                Resx.Data("Greeting.InboundCall", "您好"),        // 3
                "  <data name=\"Hold.Ask\"><value>請稍等</data>"); // 4: <value> never closed

            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Greeting.InboundCall", "您好"), ("Hold.Ask", "请稍等"))),
                (Hant, broken));

            var problem = result.Single(PhraseRules.UnreadableId);
            Assert.Equal(RuleSeverity.Error, problem.Rule.Severity);
            Assert.Equal(HantPath, problem.Span!.Path);
            Assert.Equal(4, problem.Span.Line);

            // The zh-Hans texts are there; zh-Hant falls back to them.
            var hold = result.Phrase("Hold.Ask");
            Assert.Equal("请稍等", hold.Text("zh-Hans").Text);
            Assert.True(hold.Text("zh-Hant").IsFallback);
            Assert.Equal("请稍等", hold.Text("zh-Hant").Text);
        }

        [Fact]
        public void PHR0001_a_second_file_for_the_same_culture_is_reported_at_its_start_and_not_used()
        {
            // A neutral file is read as PhraseCatalogDefaultCulture only when the project sets it.
            var result = Catalogs.Build(
                GeneratorOptions.Default with { DefaultCultureSet = true },
                ("CallCenter.resx", Resx.Entries(("Hold.Ask", "请稍等"))),
                (Hans, Resx.Entries(("Hold.Ask", "请您稍等"))));

            var problem = result.Single(PhraseRules.UnreadableId);
            Located.At(problem, PhraseRules.Unreadable, RuleSeverity.Error, HansPath, 1, 1);
            Assert.Contains("second file for culture 'zh-Hans'", problem.Message, StringComparison.Ordinal);
            // Both files sit in one folder (a catalog is one folder's files): the name is enough, and lint prints it the same.
            Assert.Contains("(the first is 'CallCenter.resx' in the same folder)", problem.Message, StringComparison.Ordinal);
            Assert.Equal("请稍等", result.Phrase("Hold.Ask").Text("zh-Hans").Text);
        }

        [Fact]
        public void PHR0001_culture_parts_that_differ_only_in_case_are_the_same_culture()
        {
            var result = Catalogs.Build(
                (Ko, Resx.Entries(("Hold.Ask", "잠시만요"))),
                ("CallCenter.KO.resx", Resx.Entries(("Hold.Ask", "잠시만 기다려 주십시오"))));

            Assert.Equal(Catalogs.PathOf(Ko), result.Single(PhraseRules.UnreadableId).Span!.Path);
            Assert.Single(result.Model!.Cultures);
        }

        // PHR0002 ------------------------------------------------------------------------------

        [Fact]
        public void PHR0002_a_typed_entry_is_reported_at_its_key_and_left_out()
        {
            string ko = Resx.Doc(
                Resx.Data("Greeting.InboundCall", "안녕하십니까"),                                              // 3
                "  <data name=\"Greeting.Logo\" type=\"System.Byte[], mscorlib\"><value>AAEAAAD/////</value></data>"); // 4

            var result = Catalogs.Build((Ko, ko));

            var problem = result.Single(PhraseRules.NotPlainStringId);
            Located.At(problem, PhraseRules.NotPlainString, RuleSeverity.Info, KoPath, 4, Resx.KeyColumn);
            Assert.False(result.HasPhrase("Greeting.Logo"));
            Assert.True(result.HasPhrase("Greeting.InboundCall"));
        }

        // PHR0003 ------------------------------------------------------------------------------

        [Fact]
        public void PHR0003_a_duplicate_key_is_reported_at_the_second_entry_and_the_first_text_is_used()
        {
            var result = Catalogs.Build((Ko, Resx.Entries(
                ("Hold.Ask", "잠시만 기다려 주십시오."),  // 3
                ("Hold.Thanks", "기다려 주셔서 감사합니다."), // 4
                ("Hold.Ask", "잠깐만요."))));             // 5

            var problem = result.Single(PhraseRules.DuplicateKeyId);
            Located.At(problem, PhraseRules.DuplicateKey, RuleSeverity.Error, KoPath, 5, Resx.KeyColumn);
            Assert.Equal("The key 'Hold.Ask' already appears at line 3 of this file; only the first entry is used", problem.Message);
            Assert.Equal("잠시만 기다려 주십시오.", result.Phrase("Hold.Ask").Text("ko").Text);
        }

        [Fact]
        public void PHR0003_the_same_key_in_different_cultures_is_not_a_duplicate()
        {
            var result = Catalogs.Build((Hans, Resx.Entries(("Hold.Ask", "请稍等"))), (Ko, Resx.Entries(("Hold.Ask", "잠시만요"))));

            Assert.Empty(result.Problems);
        }

        // PHR0004 (more cases in KeyRuleTests) ---------------------------------------------------

        [Fact]
        public void PHR0004_an_invalid_key_is_reported_at_the_key_in_the_default_culture_file()
        {
            var result = Catalogs.Build(
                (Ko, Resx.Entries(("Hold.Ask", "잠시만요"), ("Hold.ToString", "다시 잠시만요"))),
                (Hans, Resx.Entries(("Hold.Ask", "请稍等"), ("Hold.ToString", "请再稍等"))));

            var problem = result.Single(PhraseRules.InvalidKeyId);
            Located.At(problem, PhraseRules.InvalidKey, RuleSeverity.Error, HansPath, 4, Resx.KeyColumn);
            Assert.Equal(Resx.KeyColumn + "Hold.ToString".Length, problem.Span!.EndColumn);
            Assert.Contains("'ToString'", problem.Message, StringComparison.Ordinal);
            Assert.False(result.HasPhrase("Hold.ToString"));
            Assert.True(result.HasPhrase("Hold.Ask"));
        }

        // PHR0005 ------------------------------------------------------------------------------

        [Fact]
        public void PHR0005_a_key_missing_in_a_culture_is_a_warning_at_the_key_that_exists_and_uses_the_fallback_text()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Greeting.InboundCall", "您好"), ("Hold.Ask", "请您稍等。"))),  // Hold.Ask at line 4
                (Hant, Resx.Entries(("Greeting.InboundCall", "您好"), ("Hold.Ask", "請您稍等。"))),
                (Ko, Resx.Entries(("Greeting.InboundCall", "안녕하십니까"))));

            var problem = result.Single(PhraseRules.MissingTranslationId);
            Located.At(problem, PhraseRules.MissingTranslation, RuleSeverity.Warning, HansPath, 4, Resx.KeyColumn);
            Assert.Equal("The key 'Hold.Ask' has no text in ko (CallCenter.ko.resx); the zh-Hans text is used there instead", problem.Message);

            var hold = result.Phrase("Hold.Ask");
            Assert.True(hold.Text("ko").IsFallback);
            Assert.Equal("请您稍等。", hold.Text("ko").Text);
            Assert.False(hold.Text("zh-Hant").IsFallback);
            Assert.Equal("請您稍等。", hold.Text("zh-Hant").Text);
            Assert.DoesNotContain(result.Phrase("Greeting.InboundCall").Texts, t => t.IsFallback);
        }

        [Fact]
        public void PHR0005_a_key_missing_in_the_default_culture_falls_back_to_the_nearest_culture_that_has_it()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Greeting.InboundCall", "您好"))),
                (Hant, Resx.Entries(("Greeting.InboundCall", "您好"), ("Hold.Ask", "請您稍等。"))),   // Hold.Ask at line 4
                (Ko, Resx.Entries(("Greeting.InboundCall", "안녕하십니까"), ("Hold.Ask", "잠시만요"))));

            var problem = result.Single(PhraseRules.MissingTranslationId);
            Located.At(problem, PhraseRules.MissingTranslation, RuleSeverity.Warning, KoPath, 4, Resx.KeyColumn);
            Assert.Contains("zh-Hans (CallCenter.zh-Hans.resx)", problem.Message, StringComparison.Ordinal);
            // Chinese before another language: zh-Hans readers get the zh-Hant text, not the Korean one.
            Assert.Contains("the zh-Hant text is used", problem.Message, StringComparison.Ordinal);

            var hold = result.Phrase("Hold.Ask");
            Assert.True(hold.Text("zh-Hans").IsFallback);
            Assert.Equal("請您稍等。", hold.Text("zh-Hans").Text);
        }

        [Fact]
        public void PHR0005_placeholder_phrases_fall_back_with_their_segments()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Address.KnownCustomer", "{surname}先生/小姐，您好"))),
                (Ko, Resx.Doc()));

            Assert.Equal(PhraseRules.MissingTranslationId, Assert.Single(result.Problems).RuleId);
            var ko = result.Phrase("Address.KnownCustomer").Text("ko");
            Assert.True(ko.IsFallback);
            Assert.Equal("{surname}先生/小姐，您好", ko.Text);
            Assert.Equal(new[] { (true, "surname"), (false, "先生/小姐，您好") }, ko.Segments.Select(s => (s.IsPlaceholder, s.Value)));
        }

        // PHR0006 ------------------------------------------------------------------------------

        [Fact]
        public void PHR0006_placeholder_names_that_differ_between_cultures_are_reported_at_the_other_cultures_value()
        {
            const string KoValue = "{name} 고객님, 무엇을 도와드릴까요?";
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Address.KnownCustomer", "{surname}先生/小姐，请问有什么可以帮您？"))),
                (Hant, Resx.Entries(("Address.KnownCustomer", "{surname}先生/小姐，請問有什麼可以幫您？"))),
                (Ko, Resx.Entries(("Address.KnownCustomer", KoValue))));

            var problem = result.Single(PhraseRules.PlaceholderMismatchId);
            int column = Resx.ValueColumn("Address.KnownCustomer");
            Located.At(problem, PhraseRules.PlaceholderMismatch, RuleSeverity.Error, KoPath, 3, column);
            Assert.Equal((3, column + KoValue.Length), (problem.Span!.EndLine, problem.Span.EndColumn));
            Assert.Equal("The ko text of 'Address.KnownCustomer' has the placeholders {name}, but the zh-Hans text has {surname}; this text is not used until they match", problem.Message);

            // The mismatching text is not used: ko falls back to the zh-Hans template.
            var phrase = result.Phrase("Address.KnownCustomer");
            Assert.Equal("surname", Assert.Single(phrase.Placeholders).Name);
            Assert.True(phrase.Text("ko").IsFallback);
            Assert.False(phrase.Text("zh-Hant").IsFallback);
        }

        [Fact]
        public void PHR0006_placeholder_types_that_differ_between_cultures_are_a_mismatch()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Complaint.ReplyWithin", "我们会在{hours:int}小时内答复您。"))),
                (Ko, Resx.Entries(("Complaint.ReplyWithin", "{hours}시간 안에 답변드리겠습니다."))));

            var problem = result.Single(PhraseRules.PlaceholderMismatchId);
            Located.At(problem, PhraseRules.PlaceholderMismatch, RuleSeverity.Error, KoPath, 3, Resx.ValueColumn("Complaint.ReplyWithin"));
            Assert.Contains("{hours}", problem.Message, StringComparison.Ordinal);
            Assert.Contains("{hours:int}", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void PHR0006_a_missing_or_extra_placeholder_is_a_mismatch()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Callback.AtTime", "我们会在{time}给您回电。"))),
                (Hant, Resx.Entries(("Callback.AtTime", "我們會給您回電。"))),
                (Ko, Resx.Entries(("Callback.AtTime", "{time}에 {name}님께 다시 전화드리겠습니다."))));

            var problems = result.Problems.Of(PhraseRules.PlaceholderMismatchId).ToList();
            Assert.Equal(new[] { KoPath, HantPath }.OrderBy(p => p, StringComparer.Ordinal), problems.Select(p => p.Span!.Path).OrderBy(p => p, StringComparer.Ordinal));
            Assert.Contains(problems, p => p.Message.Contains("has the placeholders (none)", StringComparison.Ordinal));
        }

        [Fact]
        public void PHR0006_the_same_placeholders_in_another_order_are_fine()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Callback.AtTime", "{surname}先生，我们会在{time}给您回电。"))),
                (Ko, Resx.Entries(("Callback.AtTime", "{time}에 {surname} 고객님께 다시 전화드리겠습니다."))));

            Assert.Empty(result.Problems);
            Assert.Equal(new[] { "surname", "time" }, result.Phrase("Callback.AtTime").Placeholders.Select(p => p.Name));
        }

        // PHR0007 (parser cases in PlaceholderParserTests) ---------------------------------------

        [Theory]
        [InlineData("您好{surname", 2, 1, "never closed")]
        [InlineData("您好}先生", 2, 1, "no matching '{'")]
        [InlineData("您好{}先生", 2, 2, "no name")]
        [InlineData("{:int}先生", 0, 6, "no name")]
        [InlineData("第{1x}位", 1, 4, "is not written {index}")]
        [InlineData("{first name}您好", 0, 12, "not a valid C# identifier")]
        [InlineData("共{hours:float}小时", 1, 13, "the type 'float'")]
        [InlineData("共{hours:}小时", 1, 8, "the type ''")]
        [InlineData("{n}和{n:int}", 4, 7, "'string' and as 'int'")]
        [InlineData("{na{me}", 0, 1, "never closed")]
        public void PHR0007_a_malformed_placeholder_is_reported_at_its_exact_column(string value, int index, int length, string message)
        {
            const string Key = "Address.KnownCustomer";
            var result = Catalogs.Build((Hans, Resx.Entries(("Hold.Ask", "请稍等"), (Key, value))));

            var problem = result.Single(PhraseRules.MalformedPlaceholderId);
            int column = Resx.ValueColumn(Key) + index;
            Located.At(problem, PhraseRules.MalformedPlaceholder, RuleSeverity.Error, HansPath, 4, column);
            Assert.Equal((4, column + length), (problem.Span!.EndLine, problem.Span.EndColumn));
            Assert.Contains(message, problem.Message, StringComparison.Ordinal);

            // The only culture is unusable, so the key is left out; the rest of the catalog is not.
            Assert.False(result.HasPhrase(Key));
            Assert.True(result.HasPhrase("Hold.Ask"));
        }

        [Fact]
        public void PHR0007_every_malformed_placeholder_of_a_text_is_reported()
        {
            var result = Catalogs.Build((Hans, Resx.Entries(("Hold.Ask", "}{}{x:float}"))));

            var columns = result.Problems.Of(PhraseRules.MalformedPlaceholderId).Select(p => p.Span!.Column - Resx.ValueColumn("Hold.Ask")).ToArray();
            Assert.Equal(new[] { 0, 1, 3 }, columns);
        }

        [Fact]
        public void PHR0007_the_column_counts_entities_as_written_in_the_file()
        {
            const string Raw = "A&amp;B &lt;{bad";
            var result = Catalogs.Build((Hans, Resx.Entries(("Hold.Ask", Raw))));

            var problem = result.Single(PhraseRules.MalformedPlaceholderId);
            Assert.Equal(Resx.ValueColumn("Hold.Ask") + Raw.IndexOf('{', StringComparison.Ordinal), problem.Span!.Column);
        }

        [Fact]
        public void PHR0007_in_one_culture_falls_back_to_another_without_a_PHR0005()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Address.KnownCustomer", "{surname}先生，您好"))),
                (Ko, Resx.Entries(("Address.KnownCustomer", "{surname 고객님, 안녕하십니까"))));

            Assert.Equal(PhraseRules.MalformedPlaceholderId, Assert.Single(result.Problems).RuleId);
            var ko = result.Phrase("Address.KnownCustomer").Text("ko");
            Assert.True(ko.IsFallback);
            Assert.Equal("{surname}先生，您好", ko.Text);
        }

        [Fact]
        public void PHR0007_escaped_braces_and_well_formed_placeholders_are_fine()
        {
            var result = Catalogs.Build((Hans, Resx.Entries(("Complaint.ReplyWithin", "{{工单}} {surname}，我们会在{hours:int}小时内答复，{{{ticket}}}"))));

            Assert.Empty(result.Problems);
            var phrase = result.Phrase("Complaint.ReplyWithin");
            Assert.Equal(new[] { ("surname", "string"), ("hours", "int"), ("ticket", "string") }, phrase.Placeholders.Select(p => (p.Name, p.Type)));
        }

        // PHR0008 ------------------------------------------------------------------------------

        [Fact]
        public void PHR0008_an_empty_value_is_reported_where_the_text_would_be()
        {
            var result = Catalogs.Build((Ko, Resx.Entries(("Hold.Ask", "잠시만요"), ("Hold.Thanks", string.Empty))));

            var problem = result.Single(PhraseRules.EmptyTextId);
            Located.At(problem, PhraseRules.EmptyText, RuleSeverity.Error, KoPath, 4, Resx.ValueColumn("Hold.Thanks"));
            Assert.Equal("The key 'Hold.Thanks' has an empty text", problem.Message);
            Assert.False(result.HasPhrase("Hold.Thanks"));
            Assert.True(result.HasPhrase("Hold.Ask"));
        }

        [Fact]
        public void PHR0008_a_self_closing_value_is_reported_at_the_value_element()
        {
            string ko = Resx.Doc("    <data name=\"Hold.Thanks\" xml:space=\"preserve\"><value/></data>");

            var problem = Catalogs.Build((Ko, ko)).Single(PhraseRules.EmptyTextId);

            Located.At(problem, PhraseRules.EmptyText, RuleSeverity.Error, KoPath, 3, Resx.Find(ko, "<value/>").Column);
        }

        [Fact]
        public void PHR0008_an_entry_without_a_value_is_reported_at_its_data_element()
        {
            string ko = Resx.Doc("  <data name=\"Hold.Thanks\"><comment>to do</comment></data>");

            var problem = Catalogs.Build((Ko, ko)).Single(PhraseRules.EmptyTextId);

            Located.At(problem, PhraseRules.EmptyText, RuleSeverity.Error, KoPath, 3, Resx.DataColumn);
        }

        [Theory]
        [InlineData(" ")]
        [InlineData("\n  ")]
        [InlineData("&#x20;&#x3000;")]
        public void PHR0008_a_value_of_only_white_space_is_empty(string value)
        {
            var result = Catalogs.Build((Ko, Resx.Entries(("Hold.Thanks", value))));

            var problem = result.Single(PhraseRules.EmptyTextId);
            Located.At(problem, PhraseRules.EmptyText, RuleSeverity.Error, KoPath, 3, Resx.ValueColumn("Hold.Thanks"));
            Assert.False(result.HasPhrase("Hold.Thanks"));
        }

        [Fact]
        public void PHR0008_an_empty_text_in_one_culture_falls_back_to_another()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Hold.Thanks", "谢谢您的耐心等待。"))),
                (Ko, Resx.Entries(("Hold.Thanks", string.Empty))));

            Assert.Equal(PhraseRules.EmptyTextId, Assert.Single(result.Problems).RuleId);
            Assert.Equal("谢谢您的耐心等待。", result.Phrase("Hold.Thanks").Text("ko").Text);
            Assert.True(result.Phrase("Hold.Thanks").Text("ko").IsFallback);
        }

        [Fact]
        public void PHR0008_an_empty_forbidden_phrase_is_reported_and_left_out()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Hold.Ask", "请稍等"))),
                ("CallCenter.Forbidden.zh-Hans.resx", Resx.Entries(("Banned.Wei", "喂"), ("Banned.Nothing", " "))));

            var problem = result.Single(PhraseRules.EmptyTextId);
            Located.At(problem, PhraseRules.EmptyText, RuleSeverity.Error, Catalogs.PathOf("CallCenter.Forbidden.zh-Hans.resx"), 4, Resx.ValueColumn("Banned.Nothing"));
            Assert.Equal(new[] { "Banned.Wei" }, result.Model!.Forbidden.Select(f => f.Key));
        }

        // PHR0018 ------------------------------------------------------------------------------

        [Fact]
        public void PHR0018_an_Instead_line_naming_an_unknown_key_is_a_warning_at_the_forbidden_key()
        {
            const string Forbidden = "CallCenter.Forbidden.zh-Hans.resx";
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Greeting.InboundCall", "您好！"), ("Information.LookingUp", "我帮您查一下。"))),
                (Forbidden, Resx.Doc(
                    Resx.Data("Banned.Wei", "喂", "Instead: Greeting.InboundCall"),                                                       // 3
                    Resx.Data("Banned.DontKnow", "不知道", "Never say it.\nInstead: Information.LookingUp, Information.AskColleague")))); // 4

            var problem = result.Single(PhraseRules.UnknownReplacementId);
            Located.At(problem, PhraseRules.UnknownReplacement, RuleSeverity.Warning, Catalogs.PathOf(Forbidden), 4, Resx.KeyColumn);
            Assert.Equal("The forbidden phrase 'Banned.DontKnow' says 'Instead: Information.AskColleague', but catalog 'CallCenter' has no approved key 'Information.AskColleague'", problem.Message);

            // Known replacements are kept, unknown ones dropped.
            var dontKnow = Assert.Single(result.Model!.Forbidden, f => f.Key == "Banned.DontKnow");
            Assert.Equal(new[] { "Information.LookingUp" }, dontKnow.Instead);
            Assert.Equal(new[] { "Greeting.InboundCall" }, Assert.Single(result.Model.Forbidden, f => f.Key == "Banned.Wei").Instead);
        }

        [Fact]
        public void PHR0018_a_replacement_that_was_itself_rejected_is_unknown()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Greeting.InboundCall", "{bad"))),
                ("CallCenter.Forbidden.zh-Hans.resx", Resx.Doc(Resx.Data("Banned.Wei", "喂", "Instead: Greeting.InboundCall"))));

            Assert.Single(result.Problems.Of(PhraseRules.MalformedPlaceholderId));
            Assert.Single(result.Problems.Of(PhraseRules.UnknownReplacementId));
        }
    }
}
