using System;
using System.IO;
using System.Linq;
using System.Text;
using PhraseCatalog.Core.Exchange;

namespace PhraseCatalog.Exchange.Tests
{
    /// <summary>XLIFF as other tools write it, and hostile XLIFF.</summary>
    public class ReaderTests
    {
        [Fact]
        public void XLIFF_2_0_segments_are_joined_groups_entered_unknown_modules_and_attributes_ignored_and_codes_typed_back()
        {
            var document = XliffReader.Read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:my="urn:example:tool" version="2.0" srcLang="zh-Hans" trgLang="ko" my:project="42">
                  <file id="f1" original="Support.ko.resx">
                    <my:settings mode="fast"/>
                    <group id="g1" my:colour="red">
                      <group id="g2">
                        <unit id="Greeting.KnownCustomer" my:flag="x">
                          <my:history><my:edit by="vendor"/></my:history>
                          <originalData><data id="d1">{surname}</data><data id="d2">&lt;b&gt;</data><data id="d3">&lt;/b&gt;</data></originalData>
                          <segment id="s1" state="reviewed">
                            <source><ph id="1" dataRef="d1"/>先生，您好！</source>
                            <target><ph id="1" dataRef="d1"/> <mrk id="m1" type="term">고객님</mrk>, 안녕하십니까?</target>
                          </segment>
                          <ignorable><source> </source></ignorable>
                          <segment id="s2" state="final">
                            <source>请问有什么可以帮您？</source>
                            <target><pc id="p1" dataRefStart="d2" dataRefEnd="d3">무엇을</pc> 도와드릴까요<cp hex="003F"/></target>
                          </segment>
                        </unit>
                      </group>
                    </group>
                  </file>
                </xliff>
                """);

            var file = Assert.Single(document.Files);
            Assert.Equal("ko", file.TargetLanguage);
            var unit = Assert.Single(file.Units);
            Assert.Equal("{surname}先生，您好！ 请问有什么可以帮您？", unit.Source);
            Assert.Equal("{surname} 고객님, 안녕하십니까? <b>무엇을</b> 도와드릴까요?", unit.Target);
            Assert.Equal(UnitState.Reviewed, unit.State);
            Assert.Null(unit.Problem);
        }

        [Fact]
        public void A_2_0_unit_with_a_segment_left_untranslated_is_not_a_translation()
        {
            var unit = XliffReader.Read("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-Hans" trgLang="ko">
                  <file id="f"><unit id="A.B">
                    <segment state="translated"><source>一。</source><target>하나.</target></segment>
                    <segment><source>二。</source></segment>
                  </unit></file>
                </xliff>
                """).Files[0].Units[0];
            Assert.Null(unit.Target);
            Assert.Equal(UnitState.Initial, unit.State);
            Assert.Contains("not all of them have a translation", unit.Problem, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("urn:oasis:names:tc:xliff:document:1.2", "1.2")]
        [InlineData("urn:oasis:names:tc:xliff:document:1.1", "1.1")]
        [InlineData("", "1.2")]
        public void XLIFF_1_x_states_approved_g_mrk_x_and_ph_are_read_and_alt_trans_is_not_taken_for_the_target(string ns, string version)
        {
            string xmlns = ns.Length == 0 ? string.Empty : $" xmlns=\"{ns}\"";
            var document = XliffReader.Read($$"""
                <?xml version="1.0"?>
                <xliff version="{{version}}"{{xmlns}}>
                  <file original="Support.ko.resx" source-language="zh-Hans" target-language="ko" datatype="plaintext">
                    <header><tool tool-id="cat" tool-name="Some CAT"/></header>
                    <body>
                      <group id="grp" resname="Greeting">
                        <trans-unit id="u1" resname="Greeting.KnownCustomer" approved="yes" extradata="x">
                          <source><x id="1" equiv-text="{surname}"/>先生，<g id="2">您好</g>！</source>
                          <target state="needs-review-translation"><x id="1"/> 고객님, <g id="2"><mrk mtype="protected">안녕하십니까</mrk></g>?</target>
                          <alt-trans><target>옛 번역</target></alt-trans>
                        </trans-unit>
                        <trans-unit id="Hold.Wait">
                          <source>请您稍等<ph id="1">{minutes:int}</ph>分钟。</source>
                          <target state="signed-off">{minutes:int}분만 기다려 주십시오.</target>
                        </trans-unit>
                        <trans-unit id="Hold.Thanks"><source>谢谢。</source><target state="new">감사합니다.</target></trans-unit>
                        <trans-unit id="Hold.Final"><source>好。</source><target state="final">네.</target></trans-unit>
                      </group>
                      <bin-unit id="img" mime-type="image/png"><bin-source><external-file href="a.png"/></bin-source></bin-unit>
                    </body>
                  </file>
                </xliff>
                """);

            var file = Assert.Single(document.Files);
            Assert.Equal(version, document.Version);
            Assert.Equal(4, file.Units.Count);
            var first = file.Units[0];
            Assert.Equal(new[] { "Greeting.KnownCustomer" }, first.Keys);
            Assert.Equal("{surname}先生，您好！", first.Source);
            Assert.Equal("{surname} 고객님, 안녕하십니까?", first.Target);
            Assert.Equal(UnitState.Reviewed, first.State);
            Assert.Equal("{minutes:int}분만 기다려 주십시오.", file.Units[1].Target);
            Assert.Equal("请您稍等{minutes:int}分钟。", file.Units[1].Source);
            Assert.Equal(UnitState.Reviewed, file.Units[1].State);
            Assert.Equal(UnitState.Initial, file.Units[2].State);
            Assert.Equal(UnitState.Final, file.Units[3].State);
            Assert.Contains(file.Ignored, i => i.Contains("bin-unit", StringComparison.Ordinal));
        }

        [Fact]
        public void A_translate_toolkit_PO_round_trip_unit_is_keyed_by_its_location_and_the_PO_header_is_ignored()
        {
            var file = XliffReader.Read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
                  <file original="Support.ko.po" source-language="en-US" datatype="plaintext">
                    <body>
                      <trans-unit xml:space="preserve" id="2" approved="no" restype="x-gettext-domain-header"><source>Project-Id-Version: PACKAGE VERSION
                </source><target state="translated">x</target></trans-unit>
                      <trans-unit xml:space="preserve" id="3" approved="no"><source>请您稍等片刻。</source>
                        <target state="needs-translation">잠시만 기다려 주십시오.</target>
                        <context-group name="po-reference" purpose="location"><context context-type="sourcefile">Hold.Wait</context><context context-type="sourcefile">Hold.Again</context></context-group>
                      </trans-unit>
                    </body>
                  </file>
                </xliff>
                """).Files[0];
            var unit = Assert.Single(file.Units);
            Assert.Equal(new[] { "Hold.Wait", "Hold.Again" }, unit.Keys);
            Assert.Null(file.TargetLanguage);
            Assert.Contains(file.Ignored, i => i.Contains("PO header", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("<!DOCTYPE xliff [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><xliff version=\"1.2\"><file><body><trans-unit id=\"A.B\"><source>&secret;</source></trans-unit></body></file></xliff>", "DTD")]
        [InlineData("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><xliff>&lol2;</xliff>", "DTD")]
        [InlineData("<root><data name=\"A.B\"/></root>", "the root element is <root>")]
        [InlineData("<xliff version=\"1.2\"><file>", "not well-formed XML")]
        [InlineData("<xliff xmlns=\"urn:example\" version=\"9\"/>", "not an XLIFF 1.x or 2.x document")]
        public void Hostile_or_foreign_documents_are_refused_with_one_line_saying_why(string text, string reason)
        {
            var error = Assert.Throws<ExchangeException>(() => XliffReader.Read(text));
            Assert.Contains(reason, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Groups_nested_beyond_the_limit_are_refused_not_recursed_into()
        {
            var text = new StringBuilder("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"zh-Hans\" trgLang=\"ko\"><file id=\"f\">");
            for (int i = 0; i < 200; i++) text.Append("<group id=\"g").Append(i).Append("\">");
            for (int i = 0; i < 200; i++) text.Append("</group>");
            text.Append("</file></xliff>");
            var error = Assert.Throws<ExchangeException>(() => XliffReader.Read(text.ToString()));
            Assert.Contains("nest more than", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Inline_markup_nested_beyond_the_limit_makes_the_unit_unusable()
        {
            var text = new StringBuilder("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"zh-Hans\" trgLang=\"ko\"><file id=\"f\"><unit id=\"A.B\"><segment><source>a</source><target>");
            for (int i = 0; i < 500; i++) text.Append("<mrk id=\"m").Append(i).Append("\">");
            text.Append('b');
            for (int i = 0; i < 500; i++) text.Append("</mrk>");
            text.Append("</target></segment></unit></file></xliff>");
            var unit = XliffReader.Read(text.ToString()).Files[0].Units[0];
            Assert.Contains("nests more than", unit.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Importing_a_hostile_file_exits_2_with_one_line_and_writes_nothing()
        {
            using var workspace = new Workspace();
            string xliff = workspace.WriteXliff("Support.ko.xlf", "<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xliff version=\"1.2\"/>");
            var before = workspace.Snapshot();

            var report = workspace.Import(xliff);

            Assert.Equal(2, report.ExitCode);
            string line = report.Format().TrimEnd('\n');
            Assert.DoesNotContain("\n", line, StringComparison.Ordinal);
            Assert.Contains("error: it contains a DTD", line, StringComparison.Ordinal);
            ImportTests.AssertSame(before, workspace.Snapshot());
        }

        [Fact]
        public void A_missing_XLIFF_file_or_an_unreadable_phrase_file_exits_2()
        {
            using var workspace = new Workspace();
            Assert.Equal(2, workspace.Import(Path.Combine(workspace.Root, "none.xlf")).ExitCode);

            string xliff = workspace.Export("ko");
            workspace.Write("Support.ko.resx", "<!DOCTYPE root [<!ENTITY e \"e\">]><root/>");
            var report = workspace.Import(xliff);
            Assert.Equal(2, report.ExitCode);
            Assert.Contains("cannot be read", report.Files[0].Error, StringComparison.Ordinal);
        }
    }
}
