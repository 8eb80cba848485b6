using System.Linq;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Tests.Support;

namespace PhraseCatalog.Tests.Quality
{
    /// <summary>
    /// The kind of text (PhraseCatalogTextKind): findings whose premise is spoken agent text (an
    /// ellipsis, 你, a line break mid-sentence) are not reported for UI text; every other finding is.
    /// </summary>
    public class TextKindTests
    {
        private const string Hans = "App.zh-Hans.resx";

        private static CatalogResult Build(TextKind kind, params (string Key, string Value)[] entries) =>
            Catalogs.Build(GeneratorOptions.Default with { TextKind = kind }, (Hans, Resx.Entries(entries)));

        [Theory]
        [InlineData("Menu.Open", "打开...", PhraseRules.PunctuationId)]
        [InlineData("Menu.Save", "另存为。。。", PhraseRules.PunctuationId)]
        [InlineData("Menu.Find", "查找…", PhraseRules.PunctuationId)]
        [InlineData("Label.Welcome", "欢迎你回来", PhraseRules.AddressRegisterId)]
        [InlineData("Label.Team", "你们的团队", PhraseRules.AddressRegisterId)]
        [InlineData("Message.Wrap", "文件已保存\n到桌面", PhraseRules.WhitespaceId)]
        public void Spoken_premise_findings_are_reported_for_spoken_and_chat_text_but_not_for_UI_text(string key, string text, string rule)
        {
            Assert.Contains(Build(TextKind.Spoken, (key, text)).Problems, p => p.RuleId == rule);
            Assert.Contains(Build(TextKind.Chat, (key, text)).Problems, p => p.RuleId == rule);
            Assert.DoesNotContain(Build(TextKind.Ui, (key, text)).Problems, p => p.RuleId == rule);
        }

        [Theory]
        [InlineData("Menu.Open", "打开,文件", PhraseRules.PunctuationId)]
        [InlineData("Label.Name", "请输入姓名 ", PhraseRules.WhitespaceId)]
        public void Other_findings_of_the_same_rules_stay_in_UI_text(string key, string text, string rule)
        {
            Assert.Contains(Build(TextKind.Ui, (key, text)).Problems, p => p.RuleId == rule);
        }

        [Theory]
        [InlineData("ui", "Ui")]
        [InlineData(" UI ", "Ui")]
        [InlineData("chat", "Chat")]
        [InlineData("Spoken", "Spoken")]
        [InlineData("speech", null)]
        [InlineData(null, null)]
        public void The_setting_reads_its_three_values_case_insensitively(string? value, string? expected)
        {
            Assert.Equal(expected, BuildSettings.ParseTextKind(value)?.ToString());
        }
    }
}
