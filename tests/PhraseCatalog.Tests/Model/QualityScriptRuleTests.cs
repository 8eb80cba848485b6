using System;
using System.Collections.Generic;
using System.Linq;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Core.Validation.Quality;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Model
{
    /// <summary>
    /// PHR0009 (script), PHR0011 (forbidden phrase in an approved text), PHR0015 (culture name) and
    /// PHR0016 (untranslated or pasted twice), through <c>CatalogBuilder.Build</c>: rule, severity,
    /// exact line and column in the .resx, and what the message tells the translator to write.
    /// </summary>
    public class QualityScriptRuleTests
    {
        private const string Hans = "CallCenter.zh-Hans.resx";
        private const string Hant = "CallCenter.zh-Hant.resx";
        private const string Ko = "CallCenter.ko.resx";
        private const string Key = "Hold.Ask";

        private static readonly string HansPath = Catalogs.PathOf(Hans);
        private static readonly string HantPath = Catalogs.PathOf(Hant);
        private static readonly string KoPath = Catalogs.PathOf(Ko);

        private static readonly string[] MyRules = { PhraseRules.ScriptMismatchId, PhraseRules.ForbiddenInApprovedId, PhraseRules.CultureNameId, PhraseRules.UntranslatedId };

        private static List<PhraseProblem> Of(CatalogResult result, string id) => result.Problems.Of(id).ToList();

        private static List<PhraseProblem> Mine(CatalogResult result) => result.Problems.Where(p => MyRules.Contains(p.RuleId)).ToList();

        private static void Spans(PhraseProblem problem, int line, int column, int length)
        {
            Assert.Equal((line, column), (problem.Span!.Line, problem.Span.Column));
            Assert.Equal((line, column + length), (problem.Span.EndLine, problem.Span.EndColumn));
        }

        // PHR0009 ------------------------------------------------------------------------------

        [Fact]
        public void PHR0009_a_Simplified_character_in_zh_Hant_is_reported_at_its_column_with_the_Traditional_form()
        {
            const string Text = "請稍等，我马上幫您查。";
            var result = Catalogs.Build((Hant, Resx.Entries(("Hold.Thanks", "謝謝您的耐心等待。"), (Key, Text))));

            var problem = result.Single(PhraseRules.ScriptMismatchId);
            Located.At(problem, PhraseRules.ScriptMismatch, RuleSeverity.Warning, HantPath, 4, Resx.ValueColumn(Key) + Text.IndexOf('马'));
            Spans(problem, 4, Resx.ValueColumn(Key) + 5, 1);
            Assert.Equal("'马' is written in Simplified Chinese characters, which a zh-Hant text does not use; write 馬 instead", problem.Message);
            Assert.Null(problem.Severity);
        }

        [Fact]
        public void PHR0009_adjacent_wrong_characters_are_one_finding_naming_the_whole_run()
        {
            const string Text = "您好，这个问题我們會用电话處理。";
            var result = Catalogs.Build((Hant, Resx.Entries((Key, Text))));

            var problems = Of(result, PhraseRules.ScriptMismatchId);
            Assert.Equal(2, problems.Count);
            Spans(problems[0], 3, Resx.ValueColumn(Key) + 3, 4);
            Assert.StartsWith("'这个问题' is written in Simplified", problems[0].Message, StringComparison.Ordinal);
            Assert.EndsWith("write the Traditional form the word needs: 这 → 這, 个 → 個 or 箇, 问 → 問, 题 → 題", problems[0].Message, StringComparison.Ordinal);
            Spans(problems[1], 3, Resx.ValueColumn(Key) + 11, 2);
            Assert.EndsWith("'电话' is written in Simplified Chinese characters, which a zh-Hant text does not use; write 電話 instead", problems[1].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void PHR0009_a_character_with_several_forms_names_each_choice()
        {
            var result = Catalogs.Build((Hant, Resx.Entries((Key, "您的头发很好看。"))));

            var problem = result.Single(PhraseRules.ScriptMismatchId);
            Spans(problem, 3, Resx.ValueColumn(Key) + 2, 2);
            Assert.EndsWith("write the Traditional form the word needs: 头 → 頭, 发 → 發 or 髮", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void PHR0009_a_Traditional_character_in_zh_Hans_is_reported_with_the_Simplified_form()
        {
            const string Text = "请稍等，我馬上帮您查。";
            var result = Catalogs.Build((Hans, Resx.Entries((Key, Text))));

            var problem = result.Single(PhraseRules.ScriptMismatchId);
            Located.At(problem, PhraseRules.ScriptMismatch, RuleSeverity.Warning, HansPath, 3, Resx.ValueColumn(Key) + 5);
            Assert.Equal("'馬' is written in Traditional Chinese characters, which a zh-Hans text does not use; write 马 instead", problem.Message);
        }

        [Fact]
        public void PHR0009_Hanja_in_a_Korean_text_is_reported()
        {
            const string Text = "고객님, 電話 주셔서 감사합니다.";
            var result = Catalogs.Build((Ko, Resx.Entries((Key, Text))));

            var problem = result.Single(PhraseRules.ScriptMismatchId);
            Located.At(problem, PhraseRules.ScriptMismatch, RuleSeverity.Warning, KoPath, 3, Resx.ValueColumn(Key) + 5);
            Spans(problem, 3, Resx.ValueColumn(Key) + 5, 2);
            Assert.Equal("'電話' is written in Chinese characters (Hanja), but a ko text is read in Hangul; write the word in Hangul", problem.Message);
        }

        [Fact]
        public void PHR0009_Hangul_in_a_Chinese_text_is_reported()
        {
            var result = Catalogs.Build((Hans, Resx.Entries((Key, "您好，고객님。"))));

            var problem = result.Single(PhraseRules.ScriptMismatchId);
            Spans(problem, 3, Resx.ValueColumn(Key) + 3, 3);
            Assert.Equal("'고객님' is Korean (Hangul) in a zh-Hans text; write the words in Chinese", problem.Message);
        }

        [Fact]
        public void PHR0009_correct_texts_in_all_three_cultures_have_no_finding()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries((Key, "请您稍等，我马上为您查询。"), ("Hold.Thanks", "感谢您的耐心等待，{surname}先生。"))),
                (Hant, Resx.Entries((Key, "請您稍等，我馬上為您查詢。"), ("Hold.Thanks", "感謝您的耐心等待，{surname}先生。"))),
                (Ko, Resx.Entries((Key, "잠시만 기다려 주십시오. KT 고객센터입니다."), ("Hold.Thanks", "{surname} 고객님, 기다려 주셔서 감사합니다."))));

            Assert.Empty(Mine(result));
        }

        // Characters that are right in both scripts in some words, surnames, and Taiwan/Hong Kong forms.
        [Theory]
        [InlineData(Hant, "皇后娘娘與太后，若干年後，干擾與干涉都已過去。")]
        [InlineData(Hant, "台北電視台在公里外，只有一隻貓，我了解了。")]
        [InlineData(Hant, "批准後，才能進入系統；游泳池的風采依舊，采邑在上游。")]
        [InlineData(Hant, "余先生、范小姐、于經理、沈主任、郁先生、涂小姐、叶先生、万俟先生，您好！")]
        [InlineData(Hant, "床邊的群組秘書在山峰上。")]
        [InlineData(Hant, "請確認户口、温度與税務資料。")]
        [InlineData(Hans, "著名的乾隆皇帝，瞭望台，慰藉，覆盖。")]
        [InlineData(Hans, "皇后只有若干公里，才能批准系统游泳，风采依旧，了解一下。")]
        [InlineData(Hans, "余先生、范小姐、于经理、沈主任、郁先生、涂小姐、叶先生、万先生，您好！")]
        [InlineData(Ko, "{surname} {title}님, Galaxy S24 문의 감사합니다.")]
        public void PHR0009_trap_characters_are_never_reported(string file, string text)
        {
            var result = Catalogs.Build((file, Resx.Entries((Key, text))));

            Assert.Empty(Of(result, PhraseRules.ScriptMismatchId));
        }

        [Fact]
        public void PHR0009_placeholders_are_hidden_even_when_the_parser_rejects_them()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries((Key, "{電話}号码是{號碼|這}。"))),
                (Ko, Resx.Entries((Key, "{電話} 번호는 {번호|을/를} 확인했습니다."))));

            Assert.Empty(Of(result, PhraseRules.ScriptMismatchId));
            Assert.NotEmpty(Of(result, PhraseRules.MalformedPlaceholderId));
        }

        [Fact]
        public void PHR0009_compatibility_ideographs_and_radicals_are_checked_as_their_unified_character()
        {
            // U+F902 is a compatibility form of 車, U+2FA8 the Kangxi radical 門: both Traditional-only once unified.
            var result = Catalogs.Build((Hans, Resx.Entries((Key, "请\uF902辆\u2FA8口"))));

            var problems = Of(result, PhraseRules.ScriptMismatchId);
            Assert.Equal(2, problems.Count);
            Spans(problems[0], 3, Resx.ValueColumn(Key) + 1, 1);
            Assert.Contains("write 车 instead", problems[0].Message, StringComparison.Ordinal);
            Spans(problems[1], 3, Resx.ValueColumn(Key) + 3, 1);
            Assert.Contains("write 门 instead", problems[1].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void PHR0009_characters_beyond_the_BMP_are_located_by_their_UTF16_column()
        {
            // U+2003E is Simplified-only (its Traditional form is U+2005E); it takes two UTF-16 units.
            var result = Catalogs.Build((Hant, Resx.Entries((Key, "您好\U0002003E先生，这"))));

            var problems = Of(result, PhraseRules.ScriptMismatchId);
            Assert.Equal(2, problems.Count);
            Spans(problems[0], 3, Resx.ValueColumn(Key) + 2, 2);
            Assert.Contains("write \U0002005E instead", problems[0].Message, StringComparison.Ordinal);
            Spans(problems[1], 3, Resx.ValueColumn(Key) + 7, 1);
        }

        [Fact]
        public void PHR0009_the_column_counts_entities_as_written()
        {
            const string Raw = "&quot;您好&quot;，这";
            var result = Catalogs.Build((Hant, Resx.Entries((Key, Raw))));

            var problem = result.Single(PhraseRules.ScriptMismatchId);
            Spans(problem, 3, Resx.ValueColumn(Key) + Raw.IndexOf('这'), 1);
        }

        [Fact]
        public void PHR0009_forbidden_phrase_files_are_checked_too()
        {
            var result = Catalogs.Build(
                (Hant, Resx.Entries((Key, "請稍等。"))),
                ("CallCenter.Forbidden.zh-Hant.resx", Resx.Entries(("Banned.DontKnow", "不知道"), ("Banned.Wei", "喂，说话呀！"))));

            var problem = result.Single(PhraseRules.ScriptMismatchId);
            Located.At(problem, PhraseRules.ScriptMismatch, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.Forbidden.zh-Hant.resx"), 4, Resx.ValueColumn("Banned.Wei") + 2);
        }

        [Fact]
        public void PHR0009_Taiwan_standard_forms_are_checked_only_when_the_project_opts_in_and_never_in_Hong_Kong_files()
        {
            var files = new[]
            {
                (Hant, Resx.Entries((Key, "這裏是客服中心，請確認户口資料。"))),
                ("CallCenter.zh-HK.resx", Resx.Entries((Key, "這裏是客服中心，請確認户口資料。"))),
            };

            Assert.Empty(Of(Catalogs.Build(files), PhraseRules.ScriptMismatchId));

            var result = Catalogs.Build(GeneratorOptions.Default with { TaiwanStandard = true }, files);
            var problems = Of(result, PhraseRules.ScriptMismatchId);
            Assert.Equal(2, problems.Count);
            Assert.All(problems, p => Assert.Equal(HantPath, p.Span!.Path));
            Spans(problems[0], 3, Resx.ValueColumn(Key) + 1, 1);
            Assert.Equal("'裏' is not written in Taiwan's standard character forms (PhraseCatalogTaiwanStandard is on); write 裡 instead", problems[0].Message);
            Spans(problems[1], 3, Resx.ValueColumn(Key) + 11, 1);
            Assert.EndsWith("write 戶 instead", problems[1].Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("")]
        [InlineData("\uD800")]
        [InlineData("\uDC00这\uD800")]
        [InlineData("{")]
        [InlineData("}{{这}}{")]
        [InlineData("{这")]
        public void PHR0009_odd_text_never_throws(string text)
        {
            foreach (var script in new[] { TextScript.Simplified, TextScript.Traditional, TextScript.Korean })
            {
                var findings = new List<ScriptFinding>();
                ScriptMismatchCheck.Find(text, script, taiwanStandard: true, "x", findings);
                Assert.All(findings, f => Assert.InRange(f.Index + f.Length, 1, text.Length));
            }

            var huge = string.Concat(Enumerable.Repeat("这個", 100_000));
            var many = new List<ScriptFinding>();
            ScriptMismatchCheck.Find(huge, TextScript.Traditional, false, "zh-Hant", many);
            Assert.Equal(100_000, many.Count);
        }

        // Issue 14: characters OpenCC maps one way only but that are right in the other script too.

        [Theory]
        [InlineData("真是倒霉，請稍候，我馬上幫您查。")] // 霉: Taiwan writes 倒霉, 發霉 (OpenCC: 霉 -> 黴 only)
        [InlineData("恒生銀行的客戶您好，請稍候。")] // 恒: Hong Kong names keep 恒 (OpenCC: 恒 -> 恆 only)
        public void PHR0009_Traditional_characters_in_their_own_right_pass_in_zh_Hant(string text)
        {
            var result = Catalogs.Build((Hant, Resx.Entries((Key, text))));

            Assert.Empty(Of(result, PhraseRules.ScriptMismatchId));
        }

        [Fact]
        public void PHR0009_a_Hong_Kong_name_form_passes_in_zh_Hant_but_not_under_the_Taiwan_standard()
        {
            // 恒 is Traditional in Hong Kong names (恒生), but Taiwan writes 恆.
            const string Text = "恒生銀行的客戶您好，請稍候。";
            var files = new[] { (Hant, Resx.Entries((Key, Text))) };
            Assert.Empty(Of(Catalogs.Build(files), PhraseRules.ScriptMismatchId));

            var problem = Catalogs.Build(GeneratorOptions.Default with { TaiwanStandard = true }, files).Single(PhraseRules.ScriptMismatchId);
            Spans(problem, 3, Resx.ValueColumn(Key), 1);
            Assert.EndsWith("write 恆 instead", problem.Message, StringComparison.Ordinal);
        }

        // 通用规范汉字表 (2013) keeps these for names and some words, although OpenCC maps each to another character.
        [Theory]
        [InlineData("陞")]
        [InlineData("昇")]
        [InlineData("甦")]
        [InlineData("祕")]
        [InlineData("脩")]
        [InlineData("蒐")]
        [InlineData("釐")]
        [InlineData("甯")]
        public void PHR0009_characters_of_the_2013_general_table_pass_in_zh_Hans(string character)
        {
            var result = Catalogs.Build((Hans, Resx.Entries((Key, character + "先生，您好，请稍等。"))));

            Assert.Empty(Of(result, PhraseRules.ScriptMismatchId));
        }

        [Fact]
        public void PHR0009_a_Traditional_form_that_OpenCC_knows_only_from_phrases_is_reported_in_zh_Hans()
        {
            // OpenCC's character table has no 幷; its phrases write 幷 for 并 (兼收并蓄 -> 兼收幷蓄).
            const string Text = "我们兼收幷蓄，请稍等。";
            var result = Catalogs.Build((Hans, Resx.Entries((Key, Text))));

            var problem = result.Single(PhraseRules.ScriptMismatchId);
            Spans(problem, 3, Resx.ValueColumn(Key) + Text.IndexOf('幷'), 1);
            Assert.Equal("'幷' is written in Traditional Chinese characters, which a zh-Hans text does not use; write 并 instead", problem.Message);
        }

        // The classes, from the lists tools/text-tables/build-tables.py writes from its sources.

        [Fact]
        public void PHR0009_every_character_of_the_2013_general_table_passes_in_zh_Hans()
        {
            var characters = ClassList("general-standard-2013.txt");
            Assert.Equal(8105, characters.Count);

            var findings = new List<ScriptFinding>();
            ScriptMismatchCheck.Find(string.Concat(characters), TextScript.Simplified, false, "zh-Hans", findings);

            Assert.True(findings.Count == 0, string.Join(", ", findings.Select(f => f.Message)));
        }

        [Fact]
        public void PHR0009_every_Traditional_character_in_its_own_right_passes_in_zh_Hant()
        {
            var characters = ClassList("traditional-own-right.txt");
            Assert.Contains("霉", characters);
            Assert.Contains("恒", characters);

            var findings = new List<ScriptFinding>();
            ScriptMismatchCheck.Find(string.Concat(characters), TextScript.Traditional, false, "zh-Hant", findings);

            Assert.True(findings.Count == 0, string.Join(", ", findings.Select(f => f.Message)));
        }

        [Fact]
        public void PHR0009_every_reviewed_typed_variant_stays_reported_in_zh_Hant()
        {
            // tools/text-tables/still-simplified.tsv: Chewing lists 合并 beside 合併, but Taiwan writes 併.
            var characters = ClassList("tools", "text-tables", "still-simplified.tsv");
            Assert.Contains("并", characters);

            foreach (string c in characters)
            {
                var findings = new List<ScriptFinding>();
                ScriptMismatchCheck.Find(c, TextScript.Traditional, false, "zh-Hant", findings);
                Assert.True(findings.Count == 1, c + " is not reported in zh-Hant");
            }
        }

        [Theory]
        [InlineData("我們會合并您的兩筆訂單，請稍候。", '并')]
        [InlineData("您的問題我們已經記錄，并且會儘快回覆。", '并')]
        public void PHR0009_a_Simplified_leak_that_a_Taiwan_dictionary_also_types_is_reported_in_zh_Hant(string text, char leak)
        {
            var result = Catalogs.Build((Hant, Resx.Entries((Key, text))));

            var problem = result.Single(PhraseRules.ScriptMismatchId);
            Spans(problem, 3, Resx.ValueColumn(Key) + text.IndexOf(leak), 1);
        }

        /// <summary>The first column of a class list in data/script-tables/ (one character per line, '#' comments).</summary>
        private static List<string> ClassList(string name) => ClassList("data", "script-tables", name);

        /// <summary>The first column of a tab-separated class list under the repository root.</summary>
        private static List<string> ClassList(params string[] parts)
        {
            string path = System.IO.Path.Combine(new[] { PhraseCatalog.Tests.Quality.TextRuleCorpusTests.RepoRoot() }.Concat(parts).ToArray());
            return System.IO.File.ReadAllLines(path, System.Text.Encoding.UTF8)
                .Where(line => line.Length > 0 && line[0] != '#')
                .Select(line => line.Substring(0, line.IndexOf('\t', StringComparison.Ordinal)))
                .ToList();
        }

        // PHR0011 ------------------------------------------------------------------------------

        [Fact]
        public void PHR0011_a_forbidden_phrase_inside_an_approved_text_is_reported_where_it_starts()
        {
            const string Text = "您不知道的话，我帮您查。";
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Greeting.Hello", "您好"), (Key, Text))),
                ("CallCenter.Forbidden.zh-Hans.resx", Resx.Entries(("Banned.DontKnow", "不知道"))));

            var problem = result.Single(PhraseRules.ForbiddenInApprovedId);
            Located.At(problem, PhraseRules.ForbiddenInApproved, RuleSeverity.Warning, HansPath, 4, Resx.ValueColumn(Key) + 1);
            Spans(problem, 4, Resx.ValueColumn(Key) + 1, 3);
            Assert.Equal("The approved text of 'Hold.Ask' contains '不知道', which the forbidden phrase 'Banned.DontKnow' (CallCenter.Forbidden.zh-Hans.resx) says an agent must never say; reword the approved text", problem.Message);
        }

        [Fact]
        public void PHR0011_works_in_zh_Hant_and_ko_and_names_the_suggested_phrases()
        {
            string forbiddenKo = Resx.Doc(Resx.Data("Banned.DontKnow", "몰라요", "Instead: Hold.Ask"));
            var result = Catalogs.Build(
                (Hant, Resx.Entries((Key, "請稍等。"), ("Info.Unknown", "這個我也不知道。"))),
                ("CallCenter.Forbidden.zh-Hant.resx", Resx.Entries(("Banned.DontKnow", "不知道"))),
                (Ko, Resx.Entries((Key, "잠시만 기다려 주십시오."), ("Info.Unknown", "저도 잘 몰라요."))),
                ("CallCenter.Forbidden.ko.resx", forbiddenKo));

            var problems = Of(result, PhraseRules.ForbiddenInApprovedId).OrderBy(p => p.Span!.Path, StringComparer.Ordinal).ToList();
            Assert.Equal(2, problems.Count);
            Assert.Equal(KoPath, problems[0].Span!.Path);
            Spans(problems[0], 4, Resx.ValueColumn("Info.Unknown") + 5, 3);
            Assert.EndsWith("(the forbidden entry suggests Hold.Ask)", problems[0].Message, StringComparison.Ordinal);
            Assert.Equal(HantPath, problems[1].Span!.Path);
            Spans(problems[1], 4, Resx.ValueColumn("Info.Unknown") + 4, 3);
        }

        [Fact]
        public void PHR0011_every_match_is_reported_in_text_order_including_overlaps()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries((Key, "我不知道，真不知道。"))),
                ("CallCenter.Forbidden.zh-Hans.resx", Resx.Entries(("Banned.DontKnow", "不知道"), ("Banned.IDontKnow", "我不知道"))));

            var problems = Of(result, PhraseRules.ForbiddenInApprovedId);
            Assert.Equal(new[] { 0, 1, 6 }, problems.Select(p => p.Span!.Column - Resx.ValueColumn(Key)));
            Assert.Contains("'Banned.IDontKnow'", problems[0].Message, StringComparison.Ordinal);
            Assert.Contains("'Banned.DontKnow'", problems[1].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void PHR0011_cultures_are_never_mixed_and_placeholders_never_match()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries((Key, "{name}先生，请稍等。"))),
                ("CallCenter.Forbidden.zh-Hans.resx", Resx.Entries(("Banned.Name", "name"), ("Banned.Across", "}先生"), ("Banned.DontKnow", "不知道"))),
                (Hant, Resx.Entries((Key, "我不知道。"))),
                (Ko, Resx.Entries((Key, "不知道"))),
                ("CallCenter.Forbidden.ko.resx", Resx.Entries(("Banned.Rude", "뭐?"))));

            Assert.Empty(Of(result, PhraseRules.ForbiddenInApprovedId));
        }

        // PHR0015 ------------------------------------------------------------------------------

        [Theory]
        [InlineData("zh-CHS", "请稍等。", "CallCenter.zh-Hans.resx")]
        [InlineData("zh-CHT", "請稍等。", "CallCenter.zh-Hant.resx")]
        [InlineData("kr", "잠시만 기다려 주십시오.", "CallCenter.ko.resx")]
        [InlineData("kr-KR", "잠시만 기다려 주십시오.", "CallCenter.ko-KR.resx")]
        [InlineData("cn", "请稍等。", "CallCenter.zh-Hans.resx")]
        [InlineData("zh-Hanz", "请稍等。", "CallCenter.zh-Hans.resx")]
        [InlineData("zh-Hanz", "請稍等。", "CallCenter.zh-Hant.resx")]
        [InlineData("en-UK", "Please hold.", "CallCenter.en-GB.resx")]
        [InlineData("ZH-hant-tw", "請稍等。", null)]
        public void PHR0015_an_unknown_culture_is_a_warning_at_the_file_start_suggesting_the_name_meant(string culture, string text, string? suggestion)
        {
            string fileName = "CallCenter." + culture + ".resx";
            var result = Catalogs.Build((Hans, Resx.Entries((Key, "请您稍等。"))), (fileName, Resx.Entries((Key, text))));

            if (suggestion is null)
            {
                Assert.Empty(Of(result, PhraseRules.CultureNameId));
                return;
            }

            var problem = result.Single(PhraseRules.CultureNameId);
            Located.At(problem, PhraseRules.CultureName, RuleSeverity.Warning, Catalogs.PathOf(fileName), 1, 1);
            Assert.Null(problem.Severity);
            Assert.Equal($"The culture '{culture}' in the file name '{fileName}' is not a known culture name; name the file {suggestion}", problem.Message);

            // Nothing is dropped: the texts are generated under the culture as written.
            Assert.Equal(text, result.Phrase(Key).Text(culture).Text);
        }

        [Fact]
        public void PHR0015_a_name_that_is_not_shaped_like_a_culture_is_an_error_finding_and_still_read()
        {
            var result = Catalogs.Build((Hans, Resx.Entries((Key, "请稍等。"))), ("CallCenter.zh_TW.resx", Resx.Entries((Key, "請稍等。"))));

            var problem = result.Single(PhraseRules.CultureNameId);
            Located.At(problem, PhraseRules.CultureName, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.zh_TW.resx"), 1, 1);
            Assert.Equal(RuleSeverity.Error, problem.Severity);
            Assert.Equal(RuleSeverity.Error, problem.EffectiveSeverity);
            Assert.Equal("The culture 'zh_TW' in the file name 'CallCenter.zh_TW.resx' is not written as a culture name (letters and digits in parts joined by '-'), so no culture request ever reaches its texts; name the file CallCenter.zh-TW.resx", problem.Message);
            Assert.Equal("請稍等。", result.Phrase(Key).Text("zh_TW").Text);
            Assert.Empty(Of(result, PhraseRules.InvalidKeyId));
        }

        [Theory]
        [InlineData("x")]
        [InlineData("123")]
        [InlineData("zh-Hans-toolongsubtag")]
        public void PHR0015_a_culture_nothing_can_be_suggested_for_asks_for_a_culture_name(string culture)
        {
            string fileName = "CallCenter." + culture + ".resx";
            var problem = Catalogs.Build((fileName, Resx.Entries((Key, "请稍等。")))).Single(PhraseRules.CultureNameId);

            Assert.EndsWith("; name the file after a culture such as zh-Hans, zh-Hant or ko", problem.Message, StringComparison.Ordinal);
            Assert.Equal((1, 1), (problem.Span!.Line, problem.Span.Column));
        }

        [Fact]
        public void PHR0015_a_known_culture_outside_the_declared_set_is_reported_with_the_declared_culture_it_resolves_to()
        {
            var options = GeneratorOptions.Default with { DeclaredCultures = new[] { "zh-Hans", "zh-Hant", "ko" }.ToEquatableArray() };
            var result = Catalogs.Build(
                options,
                (Hans, Resx.Entries((Key, "请稍等。"))),
                ("CallCenter.zh-TW.resx", Resx.Entries((Key, "請稍等。"))),
                ("CallCenter.ko-KR.resx", Resx.Entries((Key, "잠시만 기다려 주십시오."))),
                ("CallCenter.Forbidden.en.resx", Resx.Entries(("Banned.Huh", "Huh?"))));

            var problems = Of(result, PhraseRules.CultureNameId).OrderBy(p => p.Span!.Path, StringComparer.Ordinal).ToList();
            Assert.Equal(3, problems.Count);
            Located.At(problems[0], PhraseRules.CultureName, RuleSeverity.Warning, Catalogs.PathOf("CallCenter.Forbidden.en.resx"), 1, 1);
            Assert.Equal("The culture 'en' in the file name 'CallCenter.Forbidden.en.resx' is not one of the cultures the project declares in PhraseCatalogCultures (zh-Hans, zh-Hant, ko); add en to PhraseCatalogCultures, or remove the file", problems[0].Message);
            Assert.EndsWith("name the file CallCenter.ko.resx, or add ko-KR to PhraseCatalogCultures", problems[1].Message, StringComparison.Ordinal);
            Assert.EndsWith("name the file CallCenter.zh-Hant.resx, or add zh-TW to PhraseCatalogCultures", problems[2].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void PHR0015_declared_and_known_cultures_in_any_case_have_no_finding()
        {
            var options = GeneratorOptions.Default with { DeclaredCultures = new[] { "zh-hans", "ZH-HANT", "ko" }.ToEquatableArray() };
            var result = Catalogs.Build(
                options,
                ("CallCenter.resx", Resx.Entries((Key, "请稍等。"))),
                (Hant, Resx.Entries((Key, "請稍等。"))),
                ("CallCenter.KO.resx", Resx.Entries((Key, "잠시만 기다려 주십시오."))),
                ("CallCenter.Forbidden.ko.resx", Resx.Entries(("Banned.Rude", "뭐?"))));

            Assert.Empty(Of(result, PhraseRules.CultureNameId));
        }

        [Theory]
        [InlineData("zh-Hans")]
        [InlineData("zh-Hant-HK")]
        [InlineData("en-US")]
        [InlineData("es-419")]
        [InlineData("sr-Latn-RS")]
        [InlineData("de-CH-1996")]
        [InlineData("en-US-x-phrases")]
        [InlineData("yue")]
        [InlineData("fil")]
        public void PHR0015_well_formed_known_names_pass(string culture) => Assert.True(KnownCultures.IsKnown(culture), culture);

        [Theory]
        [InlineData("kr")]
        [InlineData("cn")]
        [InlineData("zh-CHS")]
        [InlineData("zh-Hanz")]
        [InlineData("en-UK")]
        [InlineData("zh-Hans-XX")]
        [InlineData("en-US-x")]
        [InlineData("de-CH-abc")]
        [InlineData("")]
        public void PHR0015_unknown_names_fail(string culture) => Assert.False(KnownCultures.IsKnown(culture), culture);

        [Fact]
        public void PHR0015_a_file_without_culture_is_checked_as_the_default_culture()
        {
            var result = Catalogs.Build(GeneratorOptions.Default with { DefaultCulture = "cn", DefaultCultureSet = true }, ("CallCenter.resx", Resx.Entries((Key, "请稍等。"))));

            var problem = result.Single(PhraseRules.CultureNameId);
            Assert.Equal("The file 'CallCenter.resx' has no culture in its name, so it is read as 'cn' (NeutralLanguage, else PhraseCatalogDefaultCulture), and that is not a known culture name; set PhraseCatalogDefaultCulture to zh-Hans", problem.Message);
        }

        // PHR0016 ------------------------------------------------------------------------------

        [Fact]
        public void PHR0016_a_zh_Hant_text_identical_to_its_Simplified_text_is_reported_at_the_zh_Hant_value()
        {
            const string Text = "请您稍等，{surname}先生。";
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Greeting.Hello", "您好！"), (Key, Text))),
                (Hant, Resx.Entries(("Greeting.Hello", "您好！"), (Key, Text))));

            var problem = result.Single(PhraseRules.UntranslatedId);
            Located.At(problem, PhraseRules.Untranslated, RuleSeverity.Warning, HantPath, 4, Resx.ValueColumn(Key));
            Spans(problem, 4, Resx.ValueColumn(Key), Text.Length);
            Assert.Equal("The zh-Hant text of 'Hold.Ask' is the same as its zh-Hans text, which is written in Simplified characters ('请'); it was probably never converted: write the text in Traditional characters", problem.Message);
        }

        [Fact]
        public void PHR0016_a_zh_Hans_text_copied_from_Traditional_is_reported_at_the_zh_Hans_value()
        {
            var result = Catalogs.Build((Hans, Resx.Entries((Key, "請稍等。"))), (Hant, Resx.Entries((Key, "請稍等。"))));

            var problem = result.Single(PhraseRules.UntranslatedId);
            Located.At(problem, PhraseRules.Untranslated, RuleSeverity.Warning, HansPath, 3, Resx.ValueColumn(Key));
            Assert.Contains("written in Traditional characters ('請')", problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("您好！")]
        [InlineData("{surname}先生，您好！")]
        [InlineData("皇后若干公里。")]
        [InlineData("OK")]
        public void PHR0016_texts_that_read_the_same_in_both_scripts_are_not_reported(string text)
        {
            var result = Catalogs.Build((Hans, Resx.Entries((Key, text))), (Hant, Resx.Entries((Key, text))));

            Assert.Empty(Of(result, PhraseRules.UntranslatedId));
        }

        [Fact]
        public void PHR0016_the_same_text_under_two_keys_of_one_scenario_is_reported_at_the_second_key_in_each_culture()
        {
            var result = Catalogs.Build(
                (Hans, Resx.Entries(("Hold.Ask", "请稍等。"), ("Hold.Thanks", "谢谢您的耐心等待。"), ("Hold.Again", "请稍等。"), ("Closing.Ask", "请稍等。"))),
                (Hant, Resx.Entries(("Hold.Ask", "請稍等。"), ("Hold.Thanks", "謝謝您的耐心等待。"), ("Hold.Again", "請再稍等。"), ("Closing.Ask", "請稍等。"))),
                (Ko, Resx.Entries(("Hold.Ask", "잠시만 기다려 주십시오."), ("Hold.Thanks", "잠시만 기다려 주십시오."), ("Hold.Again", "다시 잠시만 기다려 주십시오."), ("Closing.Ask", "잠시만 기다려 주십시오."))));

            var problems = Of(result, PhraseRules.UntranslatedId).OrderBy(p => p.Span!.Path, StringComparer.Ordinal).ToList();
            Assert.Equal(2, problems.Count);
            Located.At(problems[0], PhraseRules.Untranslated, RuleSeverity.Warning, KoPath, 4, Resx.KeyColumn);
            Assert.Equal("'Hold.Thanks' has the same ko text as 'Hold.Ask' (line 3) in scenario 'Hold': '잠시만 기다려 주십시오.'; it was probably pasted twice: write the text this phrase needs", problems[0].Message);
            Located.At(problems[1], PhraseRules.Untranslated, RuleSeverity.Warning, HansPath, 5, Resx.KeyColumn);
            Assert.Contains("'Hold.Again' has the same zh-Hans text as 'Hold.Ask' (line 3)", problems[1].Message, StringComparison.Ordinal);
        }

        [Fact]
        public void PHR0016_a_key_that_PHR0004_refuses_is_not_a_first_copy()
        {
            var result = Catalogs.Build((Ko, Resx.Entries(("Hold.ToString", "잠시만 기다려 주십시오."), ("Hold.Ask", "잠시만 기다려 주십시오."))));

            Assert.Single(Of(result, PhraseRules.InvalidKeyId));
            Assert.Empty(Of(result, PhraseRules.UntranslatedId));
        }

        // all four -----------------------------------------------------------------------------

        [Fact]
        public void The_four_rules_are_registered_in_rule_order()
        {
            var ids = QualityChecks.All.Select(c => c.Rule.Id).ToList();
            Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
            Assert.Contains(PhraseRules.ScriptMismatchId, ids);
            Assert.Contains(PhraseRules.ForbiddenInApprovedId, ids);
            Assert.Contains(PhraseRules.CultureNameId, ids);
            Assert.Contains(PhraseRules.UntranslatedId, ids);
        }
    }
}
