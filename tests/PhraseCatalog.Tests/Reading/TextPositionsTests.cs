using System;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Tests.Support;

namespace PhraseCatalog.Tests.Reading
{
    public class TextPositionsTests
    {
        private const string Path = "/phrases/CallCenter.zh-Hant.resx";

        [Fact]
        public void Lines_end_at_LF_CRLF_and_lone_CR()
        {
            Assert.Equal(new[] { 0, 2, 5, 7 }, TextPositions.LineStarts("a\nb\r\nc\rd"));
            Assert.Equal(new[] { 0 }, TextPositions.LineStarts(string.Empty));
            Assert.Equal(new[] { 0, 2 }, TextPositions.LineStarts("a\n"));
        }

        [Theory]
        [InlineData(0, 1, 1)]
        [InlineData(1, 1, 2)]
        [InlineData(2, 2, 1)]
        [InlineData(5, 3, 1)]
        [InlineData(6, 3, 2)]
        [InlineData(7, 4, 1)]
        public void Offsets_map_to_one_based_lines_and_columns_and_back(int offset, int line, int column)
        {
            int[] starts = TextPositions.LineStarts("a\nb\r\nc\rd");

            Assert.Equal((line, column), TextPositions.LineColumn(starts, offset));
            Assert.Equal(offset, TextPositions.Offset(starts, line, column, 8));
        }

        [Fact]
        public void Offsets_outside_the_text_are_clamped()
        {
            int[] starts = TextPositions.LineStarts("ab\ncd");
            Assert.Equal(0, TextPositions.Offset(starts, 0, 5, 5));
            Assert.Equal(5, TextPositions.Offset(starts, 9, 1, 5));
            Assert.Equal(5, TextPositions.Offset(starts, 2, 40, 5));
        }

        [Theory]
        [InlineData("abc", 2, 2)]
        [InlineData("&amp;bc", 1, 5)]
        [InlineData("&#x1F600;x", 2, 9)]
        [InlineData("&#128512;x", 2, 9)]
        [InlineData("&#xE9;x", 1, 6)]
        [InlineData("<![CDATA[ab]]>c", 2, 14)]
        [InlineData("<![CDATA[ab]]>c", 1, 10)]
        [InlineData("a<!-- c -->b", 1, 11)]
        [InlineData("a\r\nb", 2, 3)]
        [InlineData("<![CDATA[a\r\nb]]>", 2, 12)]
        [InlineData("<![CDATA[a\r\nb\r\nc]]>", 4, 15)]
        public void Decoded_positions_map_to_raw_offsets(string raw, int decodedIndex, int rawOffset)
        {
            Assert.Equal(rawOffset, TextPositions.RawOffset(raw, decodedIndex));
        }

        [Fact]
        public void A_position_after_CRLF_inside_CDATA_maps_to_the_right_line_and_column()
        {
            string text = string.Join("\r\n",
                Resx.Declaration,
                "<root>",
                "  <data name=\"Hold.Ask\"><value><![CDATA[請稍候，",
                "我幫您查一下 {]]></value></data>",
                "</root>");

            var entry = Assert.Single(ResxReader.Read(Path, text).Entries);
            Assert.Equal("請稍候，\n我幫您查一下 {", entry.Text);

            var brace = TextPositions.SpanInValue(entry, entry.Text.IndexOf('{', StringComparison.Ordinal), 1);
            Assert.Equal((4, 8), (brace.Line, brace.Column));
            Assert.Equal('{', text[brace.Start]);
        }
    }
}
