using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Xml;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Reading
{
    /// <summary>What reading one phrase file gave: its entries and any problems.</summary>
    internal sealed record ResxReadResult(EquatableArray<ResxEntry> Entries, EquatableArray<PhraseProblem> Problems);

    /// <summary>
    /// Reads a <c>.resx</c> phrase file as untrusted input. DTDs are prohibited and nothing is
    /// resolved, so no external entity is ever fetched and no entity expansion can blow up;
    /// entries with a <c>type</c> or <c>mimetype</c> (serialized objects, file references) are
    /// refused without being looked at; every problem becomes a located <see cref="PhraseProblem"/>.
    /// Has no Roslyn dependency, so command-line tools reuse it as is.
    /// </summary>
    internal static class ResxReader
    {
        /// <summary>The largest phrase file read, in characters (4 MiB). The largest real catalogs are a few hundred KiB.</summary>
        public const int MaxFileChars = 4 * 1024 * 1024;

        private static readonly XmlReaderSettings Settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreProcessingInstructions = true,
            IgnoreComments = true,
            CheckCharacters = true,
            MaxCharactersInDocument = MaxFileChars,
            MaxCharactersFromEntities = 0,
            CloseInput = true,
        };

        /// <summary>
        /// The strict decoder for a phrase file's bytes: UTF-16 after its byte-order mark, else UTF-8
        /// (a BOM skipped); invalid bytes throw instead of being replaced. <paramref name="skip"/> is the BOM's length.
        /// </summary>
        internal static Encoding StrictEncoding(byte[] bytes, out int skip)
        {
            skip = 0;
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                skip = 2;
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                skip = 2;
                return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
            }

            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) skip = 3;
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        }

        /// <summary>Reads a file from bytes, decoding strictly: invalid UTF-8 is a problem at its line, never replaced silently.</summary>
        public static ResxReadResult Read(string path, byte[] bytes, CancellationToken cancellationToken = default)
        {
            if (bytes.Length > MaxFileChars * 4L)
            {
                return Failure(path, SourceSpan.FileStart(path), string.Format(CultureInfo.InvariantCulture, "the file is {0:N0} bytes; the limit is {1:N0} characters", bytes.Length, MaxFileChars));
            }

            var encoding = StrictEncoding(bytes, out int skip);

            string text;
            try
            {
                text = encoding.GetString(bytes, skip, bytes.Length - skip);
            }
            catch (DecoderFallbackException ex)
            {
                int bad = skip + Math.Max(0, ex.Index);
                int line = 1;
                int lineStart = 0;
                for (int i = 0; i < bad && i < bytes.Length; i++)
                {
                    if (bytes[i] == (byte)'\n')
                    {
                        line++;
                        lineStart = i + 1;
                    }
                }

                var span = new SourceSpan(path, 0, 0, line, bad - lineStart + 1, line, bad - lineStart + 1);
                return Failure(path, span, "it is not valid " + (encoding is UTF8Encoding ? "UTF-8" : "UTF-16") + $" (bad byte at line {line}); save it as UTF-8");
            }

            return Read(path, text, cancellationToken);
        }

        /// <summary>Reads a file from its already decoded text.</summary>
        public static ResxReadResult Read(string path, string text, CancellationToken cancellationToken = default)
        {
            if (text.Length > MaxFileChars)
            {
                return Failure(path, SourceSpan.FileStart(path), string.Format(CultureInfo.InvariantCulture, "it has {0:N0} characters; the limit is {1:N0}", text.Length, MaxFileChars));
            }

            // The compiler strips a BOM; a string handed in by a tool may still start with one.
            if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
            int[] lineStarts = TextPositions.LineStarts(text);

            // A decoder that met invalid bytes leaves U+FFFD behind; a phrase file never needs it.
            int replacement = text.IndexOf('\uFFFD');
            if (replacement >= 0)
            {
                return Failure(path, TextPositions.Span(path, lineStarts, replacement, 1), "it contains U+FFFD (the replacement character), so it was probably not saved as UTF-8");
            }

            var entries = ImmutableArray.CreateBuilder<ResxEntry>();
            var problems = ImmutableArray.CreateBuilder<PhraseProblem>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);

            try
            {
                using var reader = XmlReader.Create(new StringReader(text), Settings);
                var info = (IXmlLineInfo)reader;
                bool sawRoot = false;
                while (reader.Read())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (reader.NodeType != XmlNodeType.Element) continue;
                    if (!sawRoot)
                    {
                        sawRoot = true;
                        if (reader.LocalName != "root")
                        {
                            var rootSpan = ElementSpan(path, lineStarts, text, info, reader.LocalName.Length);
                            return Failure(path, rootSpan, $"the root element is <{reader.LocalName}>, but a .resx file starts with <root>");
                        }

                        continue;
                    }

                    if (reader.Depth != 1 || reader.LocalName != "data") continue;
                    ReadData(path, text, lineStarts, reader, info, entries, problems, seen);
                }

                if (!sawRoot)
                {
                    return Failure(path, SourceSpan.FileStart(path), "it has no XML root element");
                }
            }
            catch (XmlException ex)
            {
                // The "DTD is prohibited" exception carries no position (line 0); point at the <!DOCTYPE itself.
                int doctype = ex.LineNumber == 0 ? text.IndexOf("<!DOCTYPE", StringComparison.Ordinal) : -1;
                if (doctype >= 0)
                {
                    return Failure(path, TextPositions.Span(path, lineStarts, doctype, "<!DOCTYPE".Length), Describe(ex));
                }

                int line = Math.Max(1, ex.LineNumber);
                int column = Math.Max(1, ex.LinePosition);
                int offset = TextPositions.Offset(lineStarts, line, column, text.Length);
                var span = new SourceSpan(path, offset, 0, line, column, line, column);
                return Failure(path, span, Describe(ex));
            }

            return new ResxReadResult(entries.ToImmutable().ToEquatableArray(), problems.ToImmutable().ToEquatableArray());
        }

        private static void ReadData(
            string path,
            string text,
            int[] lineStarts,
            XmlReader reader,
            IXmlLineInfo info,
            ImmutableArray<ResxEntry>.Builder entries,
            ImmutableArray<PhraseProblem>.Builder problems,
            Dictionary<string, int> seen)
        {
            var dataSpan = ElementSpan(path, lineStarts, text, info, "data".Length);
            string? key = null;
            SourceSpan keySpan = dataSpan;
            string? type = null;
            string? mimeType = null;
            if (reader.MoveToAttribute("name"))
            {
                key = reader.Value;
                keySpan = AttributeValueSpan(path, lineStarts, text, info, key);
            }

            if (reader.MoveToAttribute("type")) type = reader.Value;
            if (reader.MoveToAttribute("mimetype")) mimeType = reader.Value;
            reader.MoveToElement();

            string? value = null;
            string? comment = null;
            string rawComment = string.Empty;
            SourceSpan? commentSpan = null;
            string rawValue = string.Empty;
            SourceSpan? valueSpan = null;
            bool markupInValue = false;
            bool fileReference = false;

            if (!reader.IsEmptyElement)
            {
                int depth = reader.Depth;
                while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
                {
                    if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1) continue;
                    if (reader.LocalName == "value")
                    {
                        var content = ReadContent(path, text, lineStarts, reader, info, out bool markup);
                        value = content.Text;
                        rawValue = content.Raw;
                        valueSpan = content.Span;
                        markupInValue |= markup;
                    }
                    else if (reader.LocalName == "comment")
                    {
                        var content = ReadContent(path, text, lineStarts, reader, info, out _);
                        comment = content.Text;
                        rawComment = content.Raw;
                        commentSpan = content.Span;
                    }
                }
            }

            if (type is not null && type.IndexOf("ResXFileRef", StringComparison.Ordinal) >= 0) fileReference = true;

            string shownKey = key ?? "(no name)";
            if (fileReference || type is not null || mimeType is not null || markupInValue)
            {
                string why = fileReference ? "it is a file reference"
                    : type is not null ? "it has type=\"" + type + "\""
                    : mimeType is not null ? "it has mimetype=\"" + mimeType + "\""
                    : "its value contains XML markup";

                // Images, icons and file references are what real resx files hold beside their texts:
                // skipping them is information. Markup in a value is a text gone wrong: an error.
                var problem = PhraseProblem.Create(PhraseRules.NotPlainString, key is null ? dataSpan : keySpan, shownKey, why);
                problems.Add(markupInValue && type is null && mimeType is null && !fileReference ? problem with { Severity = RuleSeverity.Error } : problem);
                return;
            }

            // Windows Forms designer entries (>>btnOK.Name, >>btnOK.Type, $this.Text…) describe controls,
            // not texts the app says; the form's own resources keep them.
            if (key is not null && (key.StartsWith(">>", StringComparison.Ordinal) || key.StartsWith("$this.", StringComparison.Ordinal)))
            {
                problems.Add(PhraseProblem.Create(PhraseRules.NotPlainString, keySpan, key, "it is Windows Forms designer metadata"));
                return;
            }

            if (key is null)
            {
                problems.Add(PhraseProblem.Create(PhraseRules.InvalidKey, dataSpan, "This <data> entry has no name attribute, so it has no key"));
                return;
            }

            if (seen.TryGetValue(key, out int firstLine))
            {
                problems.Add(PhraseProblem.Create(PhraseRules.DuplicateKey, keySpan, key, firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return;
            }

            seen.Add(key, keySpan.Line);
            valueSpan ??= new SourceSpan(path, dataSpan.Start, 0, dataSpan.Line, dataSpan.Column, dataSpan.Line, dataSpan.Column);
            entries.Add(new ResxEntry(key, value ?? string.Empty, comment, keySpan, valueSpan, rawValue) { RawComment = rawComment, CommentSpan = commentSpan });
        }

        private readonly struct Content
        {
            public Content(string text, string raw, SourceSpan span)
            {
                Text = text;
                Raw = raw;
                Span = span;
            }

            public string Text { get; }

            public string Raw { get; }

            public SourceSpan Span { get; }
        }

        /// <summary>Reads the text of a simple element and keeps the raw slice of the file it came from.</summary>
        private static Content ReadContent(string path, string text, int[] lineStarts, XmlReader reader, IXmlLineInfo info, out bool markup)
        {
            markup = false;
            int nameOffset = TextPositions.Offset(lineStarts, info.LineNumber, info.LinePosition, text.Length);
            int close = text.IndexOf('>', nameOffset);
            int rawStart = close < 0 ? text.Length : close + 1;
            if (reader.IsEmptyElement)
            {
                // <value/> has no inside to point into: point at the element itself, not past it.
                int elementStart = Math.Max(0, nameOffset - 1);
                return new Content(string.Empty, string.Empty, TextPositions.Span(path, lineStarts, elementStart, Math.Max(0, rawStart - elementStart)));
            }

            var builder = new StringBuilder();
            int depth = reader.Depth;
            int rawEnd = rawStart;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                {
                    // The end tag's name sits after "</".
                    rawEnd = TextPositions.Offset(lineStarts, info.LineNumber, info.LinePosition, text.Length) - 2;
                    break;
                }

                switch (reader.NodeType)
                {
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        builder.Append(reader.Value);
                        break;
                    case XmlNodeType.Element:
                        markup = true;
                        break;
                }
            }

            rawEnd = Math.Max(rawStart, Math.Min(rawEnd, text.Length));
            string raw = text.Substring(rawStart, rawEnd - rawStart);
            return new Content(builder.ToString(), raw, TextPositions.Span(path, lineStarts, rawStart, rawEnd - rawStart));
        }

        private static SourceSpan ElementSpan(string path, int[] lineStarts, string text, IXmlLineInfo info, int nameLength)
        {
            // XmlReader reports an element at its name; the span starts at the '<' a person sees.
            int nameOffset = TextPositions.Offset(lineStarts, info.LineNumber, info.LinePosition, text.Length);
            int start = Math.Max(0, nameOffset - 1);
            return TextPositions.Span(path, lineStarts, start, nameLength + 1);
        }

        private static SourceSpan AttributeValueSpan(string path, int[] lineStarts, string text, IXmlLineInfo info, string value)
        {
            // XmlReader reports an attribute at its name; find the opening quote of its value.
            int offset = TextPositions.Offset(lineStarts, info.LineNumber, info.LinePosition, text.Length);
            int quote = offset;
            while (quote < text.Length && text[quote] != '"' && text[quote] != '\'') quote++;
            int start = Math.Min(text.Length, quote + 1);
            int end = start;
            if (quote < text.Length)
            {
                char q = text[quote];
                end = text.IndexOf(q, start);
                if (end < 0) end = start + value.Length;
            }

            return TextPositions.Span(path, lineStarts, start, Math.Max(0, end - start));
        }

        private static ResxReadResult Failure(string path, SourceSpan span, string reason) =>
            new ResxReadResult(
                EquatableArray<ResxEntry>.Empty,
                ImmutableArray.Create(PhraseProblem.Create(PhraseRules.Unreadable, span, reason)).ToEquatableArray());

        private static string Describe(XmlException ex)
        {
            string message = ex.Message;
            if (message.IndexOf("DTD", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return "it contains a DTD (<!DOCTYPE>), which phrase files may not have, because DTDs can define entities that read other files or expand without bound";
            }

            // XmlException appends " Line x, position y." which the location already carries.
            int tail = message.LastIndexOf(" Line ", StringComparison.Ordinal);
            if (tail > 0) message = message.Substring(0, tail);
            return "it is not well-formed XML: " + message.TrimEnd('.');
        }
    }
}
