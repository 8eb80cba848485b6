using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using PhraseCatalog.Core.Exchange;

namespace PhraseCatalog.Exchange.Tests
{
    public class ExportTests
    {
        private static readonly XNamespace X = XliffNames.Core20;
        private static readonly XNamespace X12 = XliffNames.Core12;

        [Fact]
        public void Export_writes_one_XLIFF_2_0_file_per_catalog_and_target_named_catalog_dot_target()
        {
            using var workspace = new Workspace();
            var result = XliffExporter.ExportToDirectory(new[] { workspace.Phrases }, workspace.Output, new ExportOptions("zh-Hant"));
            var file = Assert.Single(result.Files);
            Assert.Equal("Support.zh-Hant.xlf", file.FileName);
            Assert.True(File.Exists(Path.Combine(workspace.Output, "Support.zh-Hant.xlf")));
            Assert.Equal(5, file.Units);
            Assert.Equal(4, file.Translated);
            Assert.Empty(Directory.GetFiles(workspace.Output, "*.tmp"));
        }

        [Theory]
        [InlineData("zh-Hant")]
        [InlineData("ko")]
        [InlineData("ja")]
        public void The_2_0_export_is_valid_against_the_OASIS_schema(string target)
        {
            using var workspace = new Workspace();
            string path = workspace.Export(target);
            var errors = Schemas.Validate(path, version2: true);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        [Theory]
        [InlineData("zh-Hant")]
        [InlineData("ko")]
        public void The_1_2_export_is_valid_against_the_OASIS_transitional_schema(string target)
        {
            using var workspace = new Workspace();
            string path = workspace.Export(target, XliffVersion.V12);
            var errors = Schemas.Validate(path, version2: false);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        [Fact]
        public void Exports_are_valid_for_xmllint_too()
        {
            using var workspace = new Workspace();
            string v20 = Path.Combine(workspace.Root, "v20.xlf");
            File.Move(workspace.Export("ko"), v20);
            string v12 = workspace.Export("ko", XliffVersion.V12);
            Assert.Equal(string.Empty, XmlLint(Path.Combine(Schemas.Folder, "xliff-core-2.0.xsd"), v20));
            Assert.Equal(string.Empty, XmlLint(Path.Combine(Schemas.Folder, "xliff-core-1.2-transitional.xsd"), v12));
        }

        [Fact]
        public void Units_follow_key_order_with_id_equal_to_key_source_and_target_texts()
        {
            using var workspace = new Workspace();
            var document = XDocument.Load(workspace.Export("zh-Hant"));
            var root = document.Root!;
            Assert.Equal("zh-Hans", (string?)root.Attribute("srcLang"));
            Assert.Equal("zh-Hant", (string?)root.Attribute("trgLang"));
            var file = root.Element(X + "file")!;
            Assert.Equal("Support", (string?)file.Attribute("id"));
            Assert.Equal("Support.zh-Hant.resx", (string?)file.Attribute("original"));
            var ids = file.Elements(X + "unit").Select(u => (string)u.Attribute("id")!).ToList();
            Assert.Equal(new[] { "Complaint.ReplyWithin", "Greeting.KnownCustomer", "Greeting.Welcome", "Hold.Wait", "Transfer.Department" }, ids);

            var welcome = Unit(file, "Greeting.Welcome");
            var segment = welcome.Element(X + "segment")!;
            Assert.Equal("translated", (string?)segment.Attribute("state"));
            Assert.Equal("您好，很高兴为您服务！", segment.Element(X + "source")!.Value);
            Assert.Equal("您好，很高興為您服務！", segment.Element(X + "target")!.Value);

            // No zh-Hant text yet: initial, no target.
            var missing = Unit(file, "Transfer.Department").Element(X + "segment")!;
            Assert.Equal("initial", (string?)missing.Attribute("state"));
            Assert.Null(missing.Element(X + "target"));
        }

        [Fact]
        public void A_target_equal_to_its_source_is_exported_as_initial()
        {
            using var workspace = new Workspace();
            workspace.Write("Support.zh-Hant.resx", Workspace.Hant.Replace("請您稍等片刻。", "请您稍等片刻。", System.StringComparison.Ordinal));
            var file = XDocument.Load(workspace.Export("zh-Hant")).Root!.Element(X + "file")!;
            Assert.Equal("initial", (string?)Unit(file, "Hold.Wait").Element(X + "segment")!.Attribute("state"));
        }

        [Fact]
        public void Placeholders_become_protected_ph_codes_with_original_data_and_a_note_each()
        {
            using var workspace = new Workspace();
            var file = XDocument.Load(workspace.Export("ko")).Root!.Element(X + "file")!;
            var unit = Unit(file, "Transfer.Department");
            var data = unit.Element(X + "originalData")!.Elements(X + "data").ToDictionary(d => (string)d.Attribute("id")!, d => d.Value);
            var source = unit.Element(X + "segment")!.Element(X + "source")!;
            var target = unit.Element(X + "segment")!.Element(X + "target")!;

            var sourcePh = Assert.Single(source.Elements(X + "ph"));
            Assert.Equal("no", (string?)sourcePh.Attribute("canDelete"));
            Assert.Equal("{department}", data[(string)sourcePh.Attribute("dataRef")!]);
            Assert.Equal("我马上帮您转到。", source.Value);

            // The Korean particle form is one code of its own, never split into text a translator could break.
            var targetPh = Assert.Single(target.Elements(X + "ph"));
            Assert.Equal("{department|으로/로}", data[(string)targetPh.Attribute("dataRef")!]);
            Assert.Equal("no", (string?)targetPh.Attribute("canDelete"));

            var notes = unit.Element(X + "notes")!.Elements(X + "note").Where(n => (string?)n.Attribute("category") == "placeholder").Select(n => n.Value).ToList();
            Assert.Equal(2, notes.Count);
            Assert.StartsWith("{department} is filled in by the program", notes[0], System.StringComparison.Ordinal);
            Assert.Contains("'으로' or '로'", notes[1], System.StringComparison.Ordinal);

            var typed = Unit(file, "Complaint.ReplyWithin");
            Assert.Contains(typed.Element(X + "originalData")!.Elements(X + "data"), d => d.Value == "{hours:int}");
            Assert.Contains("a whole number", typed.Element(X + "notes")!.Value, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Positional_and_unparsed_brace_groups_are_protected_codes_too_and_double_braces_stay_text()
        {
            using var workspace = new Workspace();
            workspace.Write("Support.zh-Hans.resx", Workspace.Hans.Replace("请您稍等片刻。", "请您稍等{0}分钟，{{注意}}。", System.StringComparison.Ordinal));
            var unit = Unit(XDocument.Load(workspace.Export("ko")).Root!.Element(X + "file")!, "Hold.Wait");
            var source = unit.Element(X + "segment")!.Element(X + "source")!;
            Assert.Equal("{0}", unit.Element(X + "originalData")!.Element(X + "data")!.Value);
            Assert.Single(source.Elements(X + "ph"));
            Assert.Equal("请您稍等分钟，{{注意}}。", source.Value);
            Assert.Contains("{0} is filled in by the program with a value (the program's argument 0)", unit.Element(X + "notes")!.Value, System.StringComparison.Ordinal);
        }

        [Fact]
        public void The_comment_is_a_note_and_each_unit_has_the_hash_of_its_source_text()
        {
            using var workspace = new Workspace();
            var unit = Unit(XDocument.Load(workspace.Export("zh-Hant")).Root!.Element(X + "file")!, "Greeting.Welcome");
            var comment = unit.Element(X + "notes")!.Elements(X + "note").Single(n => (string?)n.Attribute("category") == "comment");
            Assert.Equal("First words of every inbound call & callback.", comment.Value);
            XNamespace mda = XliffNames.Metadata;
            var meta = unit.Element(mda + "metadata")!.Element(mda + "metaGroup")!.Element(mda + "meta")!;
            Assert.Equal("sourceHash", (string?)meta.Attribute("type"));
            Assert.Equal(SourceHash.Of("您好，很高兴为您服务！"), meta.Value);
            Assert.Matches("^[0-9a-f]{64}$", meta.Value);
        }

        [Fact]
        public void The_target_cultures_forbidden_phrases_are_validation_rules()
        {
            using var workspace = new Workspace();
            var file = XDocument.Load(workspace.Export("zh-Hant")).Root!.Element(X + "file")!;
            XNamespace val = XliffNames.Validation;
            var rule = Assert.Single(file.Element(val + "validation")!.Elements(val + "rule"));
            Assert.Equal("不知道", (string?)rule.Attribute("isNotPresent"));

            // Korean has no forbidden file here: no validation element at all.
            var ko = XDocument.Load(workspace.Export("ko")).Root!.Element(X + "file")!;
            Assert.Null(ko.Element(val + "validation"));
        }

        [Fact]
        public void The_1_2_export_has_states_ph_codes_notes_and_the_hash_as_an_extension_attribute()
        {
            using var workspace = new Workspace();
            var file = XDocument.Load(workspace.Export("ko", XliffVersion.V12)).Root!.Element(X12 + "file")!;
            Assert.Equal("zh-Hans", (string?)file.Attribute("source-language"));
            Assert.Equal("ko", (string?)file.Attribute("target-language"));
            var units = file.Element(X12 + "body")!.Elements(X12 + "trans-unit").ToList();
            Assert.Equal("Complaint.ReplyWithin", (string?)units[0].Attribute("id"));
            var transfer = units.Single(u => (string?)u.Attribute("resname") == "Transfer.Department");
            Assert.Equal("{department}", transfer.Element(X12 + "source")!.Element(X12 + "ph")!.Value);
            Assert.Equal("translated", (string?)transfer.Element(X12 + "target")!.Attribute("state"));
            Assert.Equal(SourceHash.Of("我马上帮您转到{department}。"), (string?)transfer.Attribute(XName.Get("sourceHash", XliffNames.PhraseCatalog)));
            var notes = transfer.Elements(X12 + "note").ToList();
            Assert.All(notes, n => Assert.Equal("phrasecatalog", (string?)n.Attribute("from")));
            var welcome = units.Single(u => (string?)u.Attribute("id") == "Greeting.Welcome");
            Assert.Equal("developer", (string?)welcome.Element(X12 + "note")!.Attribute("from"));
        }

        [Fact]
        public void Export_is_deterministic()
        {
            using var workspace = new Workspace();
            string first = File.ReadAllText(workspace.Export("zh-Hant"));
            string second = File.ReadAllText(workspace.Export("zh-Hant"));
            Assert.Equal(first, second);
        }

        [Fact]
        public void A_catalog_without_the_source_culture_is_reported_not_exported()
        {
            using var workspace = new Workspace();
            var result = XliffExporter.ExportToDirectory(new[] { workspace.Phrases }, workspace.Output, new ExportOptions("ko") { SourceCulture = "en" });
            Assert.Empty(result.Files);
            Assert.Contains(result.Messages, m => m.Contains("no phrase file for the source culture 'en'", System.StringComparison.Ordinal));
        }

        private static XElement Unit(XElement file, string id) => file.Elements(X + "unit").Single(u => (string?)u.Attribute("id") == id);

        private static string XmlLint(string schema, string document)
        {
            var start = new ProcessStartInfo("xmllint") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (string arg in new[] { "--noout", "--nonet", "--schema", schema, document }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            string error = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error);
            return error.Replace(document + " validates", string.Empty, System.StringComparison.Ordinal).Trim();
        }
    }
}
