using System;
using System.Collections.Generic;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Reading
{
    /// <summary>Maps offsets in a file's text to 1-based lines and columns, and decoded value positions back to the file.</summary>
    internal static class TextPositions
    {
        /// <summary>The offsets at which each line starts ('\n', '\r\n' and lone '\r' end a line, as XML counts them).</summary>
        public static int[] LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    starts.Add(i + 1);
                }
                else if (c == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            return starts.ToArray();
        }

        public static int Offset(int[] lineStarts, int line, int column, int textLength)
        {
            if (line < 1) return 0;
            if (line > lineStarts.Length) return textLength;
            int offset = lineStarts[line - 1] + Math.Max(0, column - 1);
            return Math.Min(offset, textLength);
        }

        public static (int Line, int Column) LineColumn(int[] lineStarts, int offset)
        {
            int index = Array.BinarySearch(lineStarts, offset);
            if (index < 0) index = ~index - 1;
            return (index + 1, offset - lineStarts[index] + 1);
        }

        public static SourceSpan Span(string path, int[] lineStarts, int start, int length)
        {
            var (line, column) = LineColumn(lineStarts, start);
            var (endLine, endColumn) = LineColumn(lineStarts, start + length);
            return new SourceSpan(path, start, length, line, column, endLine, endColumn);
        }

        /// <summary>
        /// The location in the file of <paramref name="length"/> decoded characters of an entry's
        /// value starting at <paramref name="index"/>. Entities, CDATA markers and CRLF are walked
        /// so the column is the one a person sees in the editor.
        /// </summary>
        public static SourceSpan SpanInValue(ResxEntry entry, int index, int length) =>
            SpanIn(entry.RawValue, entry.ValueSpan, index, length);

        /// <summary>As <see cref="SpanInValue"/>, in the entry's comment (a procedure line, say); the key without a comment.</summary>
        public static SourceSpan SpanInComment(ResxEntry entry, int index, int length) =>
            entry.CommentSpan is { } span ? SpanIn(entry.RawComment, span, index, length) : entry.KeySpan;

        private static SourceSpan SpanIn(string raw, SourceSpan span, int index, int length)
        {
            int rawStart = RawOffset(raw, index);
            int rawEnd = RawOffset(raw, index + length);

            // Walk the raw slice to turn offsets into line/column relative to the value start.
            var (line, column) = Advance(raw, rawStart, span.Line, span.Column);
            var (endLine, endColumn) = Advance(raw, rawEnd, span.Line, span.Column);
            return new SourceSpan(span.Path, span.Start + rawStart, rawEnd - rawStart, line, column, endLine, endColumn);
        }

        private static (int Line, int Column) Advance(string raw, int upTo, int line, int column)
        {
            for (int i = 0; i < upTo && i < raw.Length; i++)
            {
                char c = raw[i];
                if (c == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n') continue;
                if (c == '\n' || c == '\r')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            return (line, column);
        }

        /// <summary>The offset in the raw value at which decoded character <paramref name="decodedIndex"/> begins.</summary>
        public static int RawOffset(string raw, int decodedIndex)
        {
            int decoded = 0;
            int i = 0;
            while (i < raw.Length)
            {
                if (raw[i] == '<' && string.CompareOrdinal(raw, i, "<![CDATA[", 0, 9) == 0)
                {
                    int end = raw.IndexOf("]]>", i + 9, StringComparison.Ordinal);
                    if (end < 0) end = raw.Length;

                    // Line ends are normalised inside CDATA too: CRLF decodes to one character.
                    for (int j = i + 9; j < end; decoded++)
                    {
                        if (decoded >= decodedIndex) return j;
                        j += raw[j] == '\r' && j + 1 < end && raw[j + 1] == '\n' ? 2 : 1;
                    }

                    i = Math.Min(raw.Length, end + 3);
                    continue;
                }

                if (raw[i] == '<' && string.CompareOrdinal(raw, i, "<!--", 0, 4) == 0)
                {
                    int end = raw.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    i = end < 0 ? raw.Length : end + 3;
                    continue;
                }

                // The reader drops processing instructions (<?target data?>) from the text, as it drops comments.
                if (raw[i] == '<' && i + 1 < raw.Length && raw[i + 1] == '?')
                {
                    int end = raw.IndexOf("?>", i + 2, StringComparison.Ordinal);
                    i = end < 0 ? raw.Length : end + 2;
                    continue;
                }

                if (decoded >= decodedIndex) return i;
                if (raw[i] == '&')
                {
                    int semicolon = raw.IndexOf(';', i);
                    if (semicolon > i)
                    {
                        // A character reference beyond the BMP decodes to two UTF-16 units.
                        decoded += EntityLength(raw, i, semicolon);
                        i = semicolon + 1;
                        continue;
                    }
                }

                if (raw[i] == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n')
                {
                    decoded++;
                    i += 2;
                    continue;
                }

                decoded++;
                i++;
            }

            return raw.Length;
        }

        private static int EntityLength(string raw, int ampersand, int semicolon)
        {
            if (semicolon - ampersand > 3 && raw[ampersand + 1] == '#')
            {
                bool hex = raw[ampersand + 2] == 'x' || raw[ampersand + 2] == 'X';
                string digits = raw.Substring(ampersand + (hex ? 3 : 2), semicolon - ampersand - (hex ? 3 : 2));
                if (int.TryParse(digits, hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int code) && code > 0xFFFF)
                {
                    return 2;
                }
            }

            return 1;
        }
    }
}
