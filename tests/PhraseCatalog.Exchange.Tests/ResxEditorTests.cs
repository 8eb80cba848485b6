using System;
using System.Collections.Generic;
using System.Text;
using PhraseCatalog.Core.Exchange;

namespace PhraseCatalog.Exchange.Tests
{
    /// <summary>The byte-preserving editor on the shapes resx files come in.</summary>
    public class ResxEditorTests
    {
        private static string Edit(string text, params (string Key, string Value)[] values)
        {
            var file = ResxFile.FromBytes("T.ko.resx", Encoding.UTF8.GetBytes(text));
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in values) map[key] = value;
            return Encoding.UTF8.GetString(ResxEditor.Apply(file, map));
        }

        [Fact]
        public void An_empty_value_element_in_either_form_is_filled()
        {
            string text = "<root>\n  <data name=\"A.One\"><value/></data>\n  <data name=\"A.Two\"><value></value></data>\n</root>\n";
            Assert.Equal(
                "<root>\n  <data name=\"A.One\"><value>하나</value></data>\n  <data name=\"A.Two\"><value>둘</value></data>\n</root>\n",
                Edit(text, ("A.One", "하나"), ("A.Two", "둘")));
        }

        [Fact]
        public void A_CDATA_or_entity_escaped_value_is_replaced_whole_and_the_rest_kept()
        {
            string text = "<?xml version=\"1.0\"?>\n<root>\n\t<data name=\"A.One\" xml:space=\"preserve\">\n\t\t<value><![CDATA[<b>x</b>]]></value>\n\t\t<comment>keep &amp; me</comment>\n\t</data>\n\t<data name=\"A.Two\"><value>&#xAC00; &lt;</value></data>\n</root>";
            string edited = Edit(text, ("A.One", "a < b & c"), ("A.Two", "가"));
            Assert.Equal(
                "<?xml version=\"1.0\"?>\n<root>\n\t<data name=\"A.One\" xml:space=\"preserve\">\n\t\t<value>a &lt; b &amp; c</value>\n\t\t<comment>keep &amp; me</comment>\n\t</data>\n\t<data name=\"A.Two\"><value>가</value></data>\n</root>",
                edited);
        }

        [Fact]
        public void A_new_key_goes_in_key_order_in_a_sorted_file_and_at_the_end_of_an_unsorted_one()
        {
            string sorted = "<root>\n  <data name=\"A.A\" xml:space=\"preserve\">\n    <value>1</value>\n    <comment>c</comment>\n  </data>\n  <data name=\"A.C\" xml:space=\"preserve\">\n    <value>3</value>\n  </data>\n</root>\n";
            Assert.Equal(
                "<root>\n  <data name=\"A.A\" xml:space=\"preserve\">\n    <value>1</value>\n    <comment>c</comment>\n  </data>\n  <data name=\"A.B\" xml:space=\"preserve\">\n    <value>2</value>\n  </data>\n  <data name=\"A.C\" xml:space=\"preserve\">\n    <value>3</value>\n  </data>\n</root>\n",
                Edit(sorted, ("A.B", "2")));

            string unsorted = "<root>\n  <data name=\"B.Z\"><value>z</value></data>\n  <data name=\"A.A\"><value>a</value></data>\n</root>\n";
            Assert.Equal(
                "<root>\n  <data name=\"B.Z\"><value>z</value></data>\n  <data name=\"A.A\"><value>a</value></data>\n  <data name=\"A.M\"><value>m</value></data>\n</root>\n",
                Edit(unsorted, ("A.M", "m")));
        }

        [Fact]
        public void A_new_key_first_in_order_is_written_before_the_first_entry()
        {
            string text = "<root>\r\n    <data name=\"B.B\">\r\n      <value>b</value>\r\n    </data>\r\n</root>";
            Assert.Equal(
                "<root>\r\n    <data name=\"A.A\">\r\n      <value>a</value>\r\n    </data>\r\n    <data name=\"B.B\">\r\n      <value>b</value>\r\n    </data>\r\n</root>",
                Edit(text, ("A.A", "a")));
        }

        [Fact]
        public void A_file_without_entries_gets_a_plain_entry_before_the_end_of_root()
        {
            string text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <resheader name=\"version\">\n    <value>2.0</value>\n  </resheader>\n</root>\n";
            Assert.Equal(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n  <resheader name=\"version\">\n    <value>2.0</value>\n  </resheader>\n  <data name=\"A.A\" xml:space=\"preserve\">\n    <value>a</value>\n  </data>\n</root>\n",
                Edit(text, ("A.A", "a")));
        }

        [Fact]
        public void A_UTF_16_file_stays_UTF_16_with_its_BOM()
        {
            string text = "<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<root>\n  <data name=\"A.A\"><value>옛</value></data>\n</root>\n";
            var bytes = new List<byte> { 0xFF, 0xFE };
            bytes.AddRange(Encoding.Unicode.GetBytes(text));
            var file = ResxFile.FromBytes("T.ko.resx", bytes.ToArray());
            byte[] edited = ResxEditor.Apply(file, new Dictionary<string, string> { ["A.A"] = "새" });
            var expected = new List<byte> { 0xFF, 0xFE };
            expected.AddRange(Encoding.Unicode.GetBytes(text.Replace("옛", "새", StringComparison.Ordinal)));
            Assert.Equal(expected.ToArray(), edited);
        }

        [Fact]
        public void A_self_closing_entry_or_a_control_character_is_refused_not_written_half()
        {
            Assert.Throws<ExchangeException>(() => Edit("<root><data name=\"A.A\"/></root>", ("A.A", "a")));
            Assert.Throws<ExchangeException>(() => Edit("<root><data name=\"A.A\"><value>a</value></data></root>", ("A.A", "a\u0001")));
            Assert.NotNull(ResxEditor.CannotStore("\uFFFF"));
            Assert.Null(ResxEditor.CannotStore("한국어 😀 \t\n"));
        }
    }
}
