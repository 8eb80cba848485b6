using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using PhraseCatalog.Core.Exchange;

namespace PhraseCatalog.Exchange.Tests
{
    /// <summary>Every reason the gate refuses a unit: the unit is named, the reason says why, and no phrase file changes.</summary>
    public class GateTests
    {
        private static readonly XNamespace X = XliffNames.Core20;
        private static readonly XNamespace X12 = XliffNames.Core12;

        [Fact]
        public void A_translation_of_a_source_text_that_changed_since_the_export_is_refused_by_its_hash()
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("zh-Hant");
            SetTarget(xliff, "Hold.Wait", "請您稍等一下。");
            workspace.Write("Support.zh-Hans.resx", Workspace.Hans.Replace("请您稍等片刻。", "请您稍等一会儿。", StringComparison.Ordinal));

            AssertRefused(workspace, xliff, "Hold.Wait", "source text changed after this file was exported");
        }

        [Fact]
        public void Without_a_hash_a_stale_translation_is_told_by_its_source_text()
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("zh-Hant", XliffVersion.V12);
            var document = XDocument.Load(xliff, LoadOptions.PreserveWhitespace);
            foreach (var unit in document.Descendants(X12 + "trans-unit")) unit.Attribute(XName.Get("sourceHash", XliffNames.PhraseCatalog))!.Remove();
            document.Descendants(X12 + "trans-unit").Single(u => (string?)u.Attribute("id") == "Hold.Wait").Element(X12 + "target")!.Value = "請您稍等一下。";
            document.Save(xliff);
            workspace.Write("Support.zh-Hans.resx", Workspace.Hans.Replace("请您稍等片刻。", "请您稍等一会儿。", StringComparison.Ordinal));

            AssertRefused(workspace, xliff, "Hold.Wait", "is not the current zh-Hans text");
        }

        [Theory]
        [InlineData("고객님, 안녕하십니까? 무엇을 도와드릴까요?", "missing {surname}")]
        [InlineData("{name} 고객님, 안녕하십니까? 무엇을 도와드릴까요?", "missing {surname}; not in the source {name}")]
        [InlineData("{surname} {title} 고객님, 안녕하십니까? 무엇을 도와드릴까요?", "not in the source {title}")]
        public void A_dropped_renamed_or_added_placeholder_is_refused(string translation, string reason)
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("ko");
            SetTarget(xliff, "Greeting.KnownCustomer", translation);

            AssertRefused(workspace, xliff, "Greeting.KnownCustomer", reason);
        }

        [Fact]
        public void A_Korean_particle_form_in_a_Chinese_text_is_refused()
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("zh-Hant");
            SetTarget(xliff, "Transfer.Department", "我馬上幫您轉到{department|을/를}。", "translated");

            AssertRefused(workspace, xliff, "Transfer.Department", "has a Korean particle form, but this is a zh-Hant text");
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        public void An_empty_translation_is_refused(string translation)
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("ko");
            SetTarget(xliff, "Hold.Wait", translation);

            AssertRefused(workspace, xliff, "Hold.Wait", "the translation is empty");
        }

        [Fact]
        public void The_source_text_left_as_the_translation_in_state_initial_is_refused()
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("zh-Hant");
            SetTarget(xliff, "Transfer.Department", "我马上帮您转到{department}。", "initial");

            AssertRefused(workspace, xliff, "Transfer.Department", "still the zh-Hans source text and its state is 'initial'");
        }

        [Theory]
        [InlineData("new", "'new'")]
        [InlineData("needs-translation", "'needs-translation'")]
        [InlineData(null, "'(none)'")]
        public void In_XLIFF_1_2_the_source_text_as_the_translation_is_refused_unless_marked_translated(string? state, string shown)
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("zh-Hant", XliffVersion.V12);
            var document = XDocument.Load(xliff, LoadOptions.PreserveWhitespace);
            var unit = document.Descendants(X12 + "trans-unit").Single(u => (string?)u.Attribute("id") == "Hold.Wait");
            var target = unit.Element(X12 + "target")!;
            target.Value = "请您稍等片刻。";
            target.SetAttributeValue("state", state);
            document.Save(xliff);

            AssertRefused(workspace, xliff, "Hold.Wait", "still the zh-Hans source text and its state is " + shown);
        }

        [Fact]
        public void A_unit_whose_id_is_not_a_key_of_the_catalog_is_refused()
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("ko");
            File.WriteAllText(xliff, File.ReadAllText(xliff).Replace("<unit id=\"Hold.Wait\">", "<unit id=\"Hold.Gone\">", StringComparison.Ordinal));

            AssertRefused(workspace, xliff, "Hold.Gone", "is not a phrase of catalog Support");
        }

        [Fact]
        public void A_file_whose_target_language_is_not_the_phrase_files_culture_is_refused_whole()
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("zh-Hant");
            File.WriteAllText(xliff, File.ReadAllText(xliff).Replace("trgLang=\"zh-Hant\"", "trgLang=\"ko\"", StringComparison.Ordinal));
            var before = workspace.Snapshot();

            var report = workspace.Import(xliff);

            Assert.Equal(1, report.ExitCode);
            Assert.Contains("target language is 'ko', but it was exported for Support.zh-Hant.resx", report.Files[0].Refusal, StringComparison.Ordinal);
            Assert.Empty(report.Files[0].Units);
            ImportTests.AssertSame(before, workspace.Snapshot());
        }

        [Fact]
        public void A_translation_with_an_error_of_the_phrase_file_rules_is_refused()
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("zh-Hant");

            // Full-width braces typed by a CJK input method: read as {surname}, but PHR0013 is an error.
            SetTarget(xliff, "Greeting.KnownCustomer", "｛surname｝先生，您好！請問有什麼可以幫您？");

            AssertRefused(workspace, xliff, "Greeting.KnownCustomer", "PHR0013 (error)");
        }

        [Theory]
        [InlineData("請您稍等片刻，谢谢。", "PHR0009 (warning)")]
        [InlineData("請您稍等片刻，我不知道。", "PHR0011 (warning)")]
        public void With_warnaserror_a_translation_with_a_warning_is_refused_and_without_it_accepted(string translation, string reason)
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("zh-Hant");
            SetTarget(xliff, "Hold.Wait", translation);

            AssertRefused(workspace, xliff, "Hold.Wait", reason, warnAsError: true);

            var report = workspace.Import(xliff);
            Assert.Equal("Hold.Wait", Assert.Single(report.Files[0].Units, u => u.Outcome == UnitOutcome.Accepted).Key);
            Assert.Contains(translation, File.ReadAllText(workspace.HantPath), StringComparison.Ordinal);
        }

        [Fact]
        public void A_key_translated_twice_in_one_file_is_refused_the_second_time()
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("ko");
            var document = XDocument.Load(xliff, LoadOptions.PreserveWhitespace);
            var unit = document.Descendants(X + "unit").Single(u => (string?)u.Attribute("id") == "Hold.Wait");
            var copy = new XElement(unit);
            copy.Descendants(X + "target").Single().Value = "잠깐만 기다려 주십시오.";
            unit.AddAfterSelf(copy);
            document.Save(xliff);

            AssertRefused(workspace, xliff, "Hold.Wait", "translated twice in this file");
        }

        [Fact]
        public void A_placeholder_code_whose_text_cannot_be_known_is_refused()
        {
            using var workspace = new Workspace();
            string xliff = workspace.Export("ko");
            var document = XDocument.Load(xliff, LoadOptions.PreserveWhitespace);
            var unit = document.Descendants(X + "unit").Single(u => (string?)u.Attribute("id") == "Greeting.KnownCustomer");
            unit.Element(X + "originalData")!.Remove();
            var target = unit.Descendants(X + "target").Single();
            target.ReplaceNodes(new XElement(X + "ph", new XAttribute("id", "9")), " 고객님, 안녕하세요? 무엇을 도와드릴까요?");
            document.Save(xliff);

            AssertRefused(workspace, xliff, "Greeting.KnownCustomer", "<ph id=\"9\"> has no original data");
        }

        internal static void SetTarget(string xliff, string id, string text, string? state = null)
        {
            var document = XDocument.Load(xliff, LoadOptions.PreserveWhitespace);
            var segment = document.Descendants(X + "unit").Single(u => (string?)u.Attribute("id") == id).Element(X + "segment")!;
            var target = segment.Element(X + "target");
            if (target is null)
            {
                target = new XElement(X + "target");
                segment.Add(target);
            }

            target.Value = text;
            if (state is not null) segment.SetAttributeValue("state", state);
            document.Save(xliff);
        }

        private static void AssertRefused(Workspace workspace, string xliff, string key, string reason, bool warnAsError = false)
        {
            var before = workspace.Snapshot();
            var report = workspace.Import(xliff, warnAsError);
            var refused = report.Files.SelectMany(f => f.Units).Where(u => u.Outcome == UnitOutcome.Refused && u.Key == key).ToList();
            Assert.True(refused.Count > 0, report.Format());
            Assert.Contains(reason, refused.Last().Reason, StringComparison.Ordinal);
            Assert.Equal(1, report.ExitCode);
            Assert.Contains("refused " + key, report.Format(), StringComparison.Ordinal);
            ImportTests.AssertSame(before, workspace.Snapshot());
        }
    }
}
