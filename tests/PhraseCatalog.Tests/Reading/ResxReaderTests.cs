using System;
using System.Linq;
using System.Text;
using System.Threading;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Tests.Support;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tests.Reading
{
    public class ResxReaderTests
    {
        private const string Path = "/phrases/CallCenter.zh-Hans.resx";

        // What Visual Studio writes: schema, resheaders, then data. Lines are numbered in the comments.
        private const string VisualStudioFile =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +                                       // 1
            "<root>\n" +                                                                            // 2
            "  <xsd:schema id=\"root\" xmlns=\"\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:msdata=\"urn:schemas-microsoft-com:xml-msdata\">\n" + // 3
            "    <xsd:element name=\"root\" msdata:IsDataSet=\"true\">\n" +                        // 4
            "      <xsd:complexType><xsd:choice maxOccurs=\"unbounded\">\n" +                      // 5
            "        <xsd:element name=\"data\"><xsd:complexType><xsd:sequence>\n" +               // 6
            "          <xsd:element name=\"value\" type=\"xsd:string\" minOccurs=\"0\" msdata:Ordinal=\"1\" />\n" + // 7
            "        </xsd:sequence><xsd:attribute name=\"name\" type=\"xsd:string\" /></xsd:complexType></xsd:element>\n" + // 8
            "      </xsd:choice></xsd:complexType>\n" +                                            // 9
            "    </xsd:element>\n" +                                                               // 10
            "  </xsd:schema>\n" +                                                                  // 11
            "  <resheader name=\"resmimetype\">\n" +                                                // 12
            "    <value>text/microsoft-resx</value>\n" +                                           // 13
            "  </resheader>\n" +                                                                   // 14
            "  <resheader name=\"reader\">\n" +                                                     // 15
            "    <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0</value>\n" + // 16
            "  </resheader>\n" +                                                                   // 17
            "  <data name=\"Greeting.InboundCall\" xml:space=\"preserve\">\n" +                     // 18
            "    <value>您好！{company}客服中心，请问有什么可以帮您？</value>\n" +                   // 19
            "    <comment>First words on every inbound call.</comment>\n" +                        // 20
            "  </data>\n" +                                                                        // 21
            "  <metadata name=\"Hold.Ask.Metadata\" type=\"System.Int32\"><value>3</value></metadata>\n" + // 22
            "  <data name=\"Hold.Ask\" xml:space=\"preserve\"><value>请您稍等。</value></data>\n" + // 23
            "</root>\n";                                                                           // 24

        [Fact]
        public void Reads_the_entries_of_a_Visual_Studio_resx_with_key_text_comment_and_positions()
        {
            var result = ResxReader.Read(Path, VisualStudioFile);

            Assert.Empty(result.Problems);
            Assert.Equal(new[] { "Greeting.InboundCall", "Hold.Ask" }, result.Entries.Select(e => e.Key));

            var greeting = result.Entries[0];
            Assert.Equal("您好！{company}客服中心，请问有什么可以帮您？", greeting.Text);
            Assert.Equal("First words on every inbound call.", greeting.Comment);
            Assert.Equal(Path, greeting.KeySpan.Path);
            Assert.Equal((18, 15), (greeting.KeySpan.Line, greeting.KeySpan.Column));
            Assert.Equal((18, 35), (greeting.KeySpan.EndLine, greeting.KeySpan.EndColumn));
            Assert.Equal("Greeting.InboundCall".Length, greeting.KeySpan.Length);
            Assert.Equal("Greeting.InboundCall", VisualStudioFile.Substring(greeting.KeySpan.Start, greeting.KeySpan.Length));
            Assert.Equal((19, 12), (greeting.ValueSpan.Line, greeting.ValueSpan.Column));
            Assert.Equal(greeting.Text, greeting.RawValue);

            var hold = result.Entries[1];
            Assert.Equal("请您稍等。", hold.Text);
            Assert.Null(hold.Comment);
            Assert.Equal((23, 15), (hold.KeySpan.Line, hold.KeySpan.Column));
            Assert.Equal((23, 53), (hold.ValueSpan.Line, hold.ValueSpan.Column));
        }

        [Fact]
        public void The_fixed_layout_helper_puts_keys_and_values_where_the_tests_say()
        {
            // Guards the helper the rule tests rely on, against a plain string search.
            string text = Resx.Entries(("Greeting.InboundCall", "您好"), ("Hold.Ask", "请稍等"));
            var result = ResxReader.Read(Path, text);

            Assert.Empty(result.Problems);
            Assert.Equal(Resx.Find(text, "Greeting.InboundCall"), (Resx.FirstEntryLine, Resx.KeyColumn));
            Assert.Equal(Resx.Find(text, "请稍等"), (Resx.FirstEntryLine + 1, Resx.ValueColumn("Hold.Ask")));
            Assert.Equal((Resx.FirstEntryLine, Resx.KeyColumn), (result.Entries[0].KeySpan.Line, result.Entries[0].KeySpan.Column));
            Assert.Equal((Resx.FirstEntryLine + 1, Resx.ValueColumn("Hold.Ask")), (result.Entries[1].ValueSpan.Line, result.Entries[1].ValueSpan.Column));
        }

        [Fact]
        public void A_multi_line_value_keeps_its_line_breaks_and_leading_spaces()
        {
            string text = Resx.Doc(
                "  <data name=\"Closing.Thanks\" xml:space=\"preserve\">",
                "    <value>感谢您的来电，",
                "  祝您生活愉快！</value>",
                "  </data>");

            var entry = Assert.Single(ResxReader.Read(Path, text).Entries);

            Assert.Equal("感谢您的来电，\n  祝您生活愉快！", entry.Text);
            Assert.Equal((4, 12), (entry.ValueSpan.Line, entry.ValueSpan.Column));
            Assert.Equal((5, 10), (entry.ValueSpan.EndLine, entry.ValueSpan.EndColumn));
        }

        [Fact]
        public void Entities_and_CDATA_are_decoded_and_positions_in_the_value_map_back_to_the_file()
        {
            // Line 3 of the file; the value starts at column 45 + key length.
            const string Key = "Complaint.Reply";
            const string Raw = "A &amp; B &#x1F600; <![CDATA[<raw> & {x}]]> &lt;end&gt; {bad";
            string text = Resx.Entries((Key, Raw));

            var result = ResxReader.Read(Path, text);
            var entry = Assert.Single(result.Entries);

            Assert.Equal("A & B \U0001F600 <raw> & {x} <end> {bad", entry.Text);
            Assert.Equal(Raw, entry.RawValue);

            // Each character after an entity or CDATA marker maps to the column a person sees.
            int valueColumn = Resx.ValueColumn(Key);
            AssertMapsTo(entry, entry.Text.IndexOf('B', StringComparison.Ordinal), text, "B &#x");
            AssertMapsTo(entry, entry.Text.IndexOf("<raw>", StringComparison.Ordinal), text, "<raw>");
            AssertMapsTo(entry, entry.Text.IndexOf("{x}", StringComparison.Ordinal), text, "{x}");
            AssertMapsTo(entry, entry.Text.IndexOf("end", StringComparison.Ordinal), text, "end&gt;");
            AssertMapsTo(entry, entry.Text.IndexOf("{bad", StringComparison.Ordinal), text, "{bad");

            // The emoji (two UTF-16 units) is written as one character reference.
            var emoji = TextPositions.SpanInValue(entry, entry.Text.IndexOf('\uD83D', StringComparison.Ordinal), 2);
            Assert.Equal(Resx.Find(text, "&#x1F600;"), (emoji.Line, emoji.Column));
            Assert.Equal("&#x1F600;".Length, emoji.Length);
            Assert.Equal(valueColumn, TextPositions.SpanInValue(entry, 0, 1).Column);
        }

        [Fact]
        public void CRLF_line_ends_keep_positions_right_and_decode_to_LF()
        {
            string text = string.Join("\r\n",
                Resx.Declaration,                                                        // 1
                "<root>",                                                                // 2
                "  <data name=\"Hold.Ask\" xml:space=\"preserve\">",                   // 3
                "    <value>请您稍等，",                                                  // 4
                "我帮您查一下 {bad}</value>",                                             // 5
                "    <comment>Before any hold.</comment>",                              // 6
                "  </data>",                                                             // 7
                "  <data name=\"Hold.Thanks\" xml:space=\"preserve\"><value>谢谢您的耐心等待。</value></data>", // 8
                "</root>",
                string.Empty);

            var result = ResxReader.Read(Path, text);

            Assert.Empty(result.Problems);
            var ask = result.Entries[0];
            Assert.Equal("请您稍等，\n我帮您查一下 {bad}", ask.Text);
            Assert.Equal((3, 15), (ask.KeySpan.Line, ask.KeySpan.Column));
            Assert.Equal((4, 12), (ask.ValueSpan.Line, ask.ValueSpan.Column));
            var bad = TextPositions.SpanInValue(ask, ask.Text.IndexOf('{', StringComparison.Ordinal), 5);
            Assert.Equal((5, 8), (bad.Line, bad.Column));
            Assert.Equal("{bad}", text.Substring(bad.Start, bad.Length));

            var thanks = result.Entries[1];
            Assert.Equal((8, 15), (thanks.KeySpan.Line, thanks.KeySpan.Column));
            Assert.Equal("Hold.Thanks", text.Substring(thanks.KeySpan.Start, thanks.KeySpan.Length));
            Assert.Equal((8, 56), (thanks.ValueSpan.Line, thanks.ValueSpan.Column));
        }

        [Fact]
        public void Malformed_XML_is_PHR0001_at_the_line_of_the_error()
        {
            string text = Resx.Doc(
                Resx.Data("Greeting.InboundCall", "您好"),             // 3
                "  <data name=\"Hold.Ask\"><value>请稍等</data>",      // 4: <value> never closed
                Resx.Data("Closing.Thanks", "谢谢"));                  // 5

            var result = ResxReader.Read(Path, text);

            Assert.Empty(result.Entries);
            var problem = result.Single(PhraseRules.UnreadableId);
            Assert.Equal(PhraseRules.Unreadable, problem.Rule);
            Assert.Equal(RuleSeverity.Error, problem.Rule.Severity);
            Assert.Equal(4, problem.Span!.Line);
            Assert.Contains("not well-formed XML", problem.Message, StringComparison.Ordinal);
            Assert.Contains("value", problem.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_file_that_ends_inside_an_element_is_PHR0001()
        {
            string text = Resx.Declaration + "\n<root>\n  <data name=\"Hold.Ask\"><value>请稍等";

            var problem = Assert.Single(ResxReader.Read(Path, text).Problems);

            Assert.Equal(PhraseRules.UnreadableId, problem.RuleId);
            Assert.Equal(3, problem.Span!.Line);
        }

        [Fact]
        public void A_root_element_other_than_root_is_PHR0001_at_that_element()
        {
            string text = Resx.Declaration + "\n\n  <html><data name=\"Greeting.Hello\"><value>hi</value></data></html>\n";

            var result = ResxReader.Read(Path, text);

            Assert.Empty(result.Entries);
            var problem = result.Single(PhraseRules.UnreadableId);
            Located.At(problem, PhraseRules.Unreadable, RuleSeverity.Error, Path, 3, 3);
            Assert.Contains("<html>", problem.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("")]
        [InlineData("   \n  ")]
        [InlineData("<?xml version=\"1.0\"?>")]
        public void A_file_without_a_root_element_is_PHR0001(string text)
        {
            var problem = Assert.Single(ResxReader.Read(Path, text).Problems);
            Assert.Equal(PhraseRules.UnreadableId, problem.RuleId);
            Assert.Equal(1, problem.Span!.Line);
        }

        [Fact]
        public void A_duplicate_key_is_PHR0003_at_the_second_occurrence_naming_the_first_line()
        {
            string text = Resx.Entries(
                ("Greeting.InboundCall", "您好"),     // 3
                ("Hold.Ask", "请稍等"),               // 4
                ("Greeting.InboundCall", "你好"));    // 5

            var result = ResxReader.Read(Path, text);

            var problem = result.Single(PhraseRules.DuplicateKeyId);
            Located.At(problem, PhraseRules.DuplicateKey, RuleSeverity.Error, Path, 5, Resx.KeyColumn);
            Assert.Equal(5, problem.Span!.EndLine);
            Assert.Equal(Resx.KeyColumn + "Greeting.InboundCall".Length, problem.Span.EndColumn);
            Assert.Contains("'Greeting.InboundCall'", problem.Message, StringComparison.Ordinal);
            Assert.Contains("line 3", problem.Message, StringComparison.Ordinal);

            // The first entry is the one used.
            Assert.Equal(new[] { ("Greeting.InboundCall", "您好"), ("Hold.Ask", "请稍等") }, result.Entries.Select(e => (e.Key, e.Text)));
        }

        [Fact]
        public void Keys_differing_only_in_case_are_not_duplicates()
        {
            var result = ResxReader.Read(Path, Resx.Entries(("Hold.Ask", "a"), ("hold.ask", "b")));
            Assert.Empty(result.Problems);
            Assert.Equal(2, result.Entries.Count);
        }

        [Fact]
        public void A_data_element_without_a_name_is_reported_at_the_element_and_the_rest_is_read()
        {
            string text = Resx.Doc(
                Resx.Data("Greeting.InboundCall", "您好"),                              // 3
                "    <data xml:space=\"preserve\"><value>没有名字</value></data>",        // 4
                Resx.Data("Hold.Ask", "请稍等"));                                       // 5

            var result = ResxReader.Read(Path, text);

            var problem = result.Single(PhraseRules.InvalidKeyId);
            Located.At(problem, PhraseRules.InvalidKey, RuleSeverity.Error, Path, 4, 5);
            Assert.Contains("no name", problem.Message, StringComparison.Ordinal);
            Assert.Single(result.Problems);
            Assert.Equal(new[] { "Greeting.InboundCall", "Hold.Ask" }, result.Entries.Select(e => e.Key));
        }

        [Fact]
        public void A_value_with_XML_markup_inside_is_PHR0002()
        {
            string text = Resx.Entries(("Greeting.Bold", "您好<b>王</b>先生"), ("Hold.Ask", "请稍等"));

            var result = ResxReader.Read(Path, text);

            var problem = result.Single(PhraseRules.NotPlainStringId);
            // The rule's default is info (skipped non-text entries); markup in a text is raised to an error.
            Located.At(problem, PhraseRules.NotPlainString, RuleSeverity.Info, Path, 3, Resx.KeyColumn);
            Assert.Equal(RuleSeverity.Error, problem.EffectiveSeverity);
            Assert.Contains("markup", problem.Message, StringComparison.Ordinal);
            Assert.Equal("Hold.Ask", Assert.Single(result.Entries).Key);
        }

        [Fact]
        public void An_entry_without_a_value_element_reads_as_empty_text_located_at_the_data_element()
        {
            string text = Resx.Doc("  <data name=\"Hold.Ask\"><comment>todo</comment></data>");

            var entry = Assert.Single(ResxReader.Read(Path, text).Entries);

            Assert.Equal(string.Empty, entry.Text);
            Assert.Equal("todo", entry.Comment);
            Assert.Equal((3, Resx.DataColumn), (entry.ValueSpan.Line, entry.ValueSpan.Column));
        }

        [Fact]
        public void XML_comments_in_the_file_are_ignored()
        {
            string text = Resx.Doc(
                "  <!-- <data name=\"Hidden.Key\"><value>x</value></data> -->",
                Resx.Data("Hold.Ask", "请<!-- not said -->稍等"));

            var entry = Assert.Single(ResxReader.Read(Path, text).Entries);

            Assert.Equal("请稍等", entry.Text);
            var span = TextPositions.SpanInValue(entry, 1, 1);
            Assert.Equal(Resx.Find(text, "稍等"), (span.Line, span.Column));
        }

        [Fact]
        public void Reading_honours_cancellation()
        {
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => ResxReader.Read(Path, Resx.Entries(("Hold.Ask", "请稍等")), cts.Token));
        }

        private static void AssertMapsTo(ResxEntry entry, int decodedIndex, string file, string rawNeedle)
        {
            Assert.True(decodedIndex >= 0);
            var span = TextPositions.SpanInValue(entry, decodedIndex, 1);
            Assert.Equal(Resx.Find(file, rawNeedle), (span.Line, span.Column));
            Assert.Equal(rawNeedle[0], file[span.Start]);
        }
    }
}
