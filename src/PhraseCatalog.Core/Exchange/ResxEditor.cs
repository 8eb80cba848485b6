using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PhraseCatalog.Core.Reading;

namespace PhraseCatalog.Core.Exchange
{
    /// <summary>
    /// Changes the values of entries of a <c>.resx</c> file and adds entries, touching no other byte:
    /// the bytes between edits are copied from the original file, so order, comments, indentation,
    /// the XML declaration, the BOM and line endings stay exactly as they were. A new entry copies the
    /// shape of a neighbouring entry (its indentation, line breaks and attributes). The result is read
    /// back with the phrase-file reader and compared before it is handed out.
    /// </summary>
    internal static class ResxEditor
    {
        /// <summary>Why <paramref name="text"/> cannot be stored in an XML file, or null when it can.</summary>
        public static string? CannotStore(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                bool ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
                if (!ok) return string.Format(System.Globalization.CultureInfo.InvariantCulture, "it contains the character U+{0:X4}, which an XML file cannot hold", (int)c);
            }

            return null;
        }

        /// <summary>
        /// The file's bytes with <paramref name="values"/> (key → new text) applied. Keys the file does not
        /// have are added. Throws <see cref="ExchangeException"/> when an entry cannot be edited safely.
        /// </summary>
        public static byte[] Apply(ResxFile file, IReadOnlyDictionary<string, string> values) => Apply(file, values, null, out _);

        /// <summary>
        /// As <see cref="Apply(ResxFile, IReadOnlyDictionary{string, string})"/>; <paramref name="read"/> is
        /// the file's text already read (it saves reading it again), and <paramref name="edited"/> is the
        /// result as the phrase-file reader reads it back.
        /// </summary>
        public static byte[] Apply(ResxFile file, IReadOnlyDictionary<string, string> values, ResxReadResult? read, out ResxReadResult edited)
        {
            string text = file.Text ?? throw new ExchangeException(file.Path + ": " + (file.Failure ?? "cannot be read"));
            read ??= ResxReader.Read(file.Path, text);
            if (read.Problems.Any(p => p.RuleId == Problems.PhraseRules.UnreadableId))
            {
                throw new ExchangeException(file.Path + ": " + read.Problems.First(p => p.RuleId == Problems.PhraseRules.UnreadableId).Message);
            }

            var entries = read.Entries.Items;
            var byKey = new Dictionary<string, ResxEntry>(StringComparer.Ordinal);
            foreach (var entry in entries) byKey[entry.Key] = entry;
            string lineEnding = ResxFile.LineEnding(text);

            var edits = new List<Edit>();
            var added = new List<string>();
            foreach (var pair in values.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                string? why = CannotStore(pair.Value);
                if (why is not null) throw new ExchangeException($"'{pair.Key}': {why}");
                if (byKey.TryGetValue(pair.Key, out var entry)) edits.Add(ValueEdit(text, entry, pair.Value, lineEnding));
                else added.Add(pair.Key);
            }

            if (added.Count > 0) edits.AddRange(Insertions(text, entries, added, values, lineEnding));
            byte[] result = Splice(file, text, edits);
            edited = Verify(file, entries, values, result);
            return result;
        }

        private readonly struct Edit
        {
            public Edit(int start, int length, string replacement, int order = 0)
            {
                Start = start;
                Length = length;
                Replacement = replacement;
                Order = order;
            }

            public int Start { get; }

            public int Length { get; }

            public string Replacement { get; }

            /// <summary>Keeps insertions at one offset in key order.</summary>
            public int Order { get; }
        }

        private static Edit ValueEdit(string text, ResxEntry entry, string value, string lineEnding)
        {
            var span = entry.ValueSpan;
            var bounds = DataBounds(text, entry);
            if (bounds.SelfClosing || span.Start <= bounds.Start)
            {
                throw new ExchangeException($"the entry '{entry.Key}' has no <value> element to write into; add <value></value> to it first");
            }

            if (span.Length > 0 && string.CompareOrdinal(text, span.Start, entry.RawValue, 0, entry.RawValue.Length) == 0 && span.Length == entry.RawValue.Length)
            {
                return new Edit(span.Start, span.Length, Escape(value, lineEnding));
            }

            if (span.Length == 0 && entry.RawValue.Length == 0)
            {
                // <value></value>: write between the tags.
                return new Edit(span.Start, 0, Escape(value, lineEnding));
            }

            if (entry.RawValue.Length == 0 && string.CompareOrdinal(text, span.Start, "<value", 0, 6) == 0 && text.Substring(span.Start, span.Length).TrimEnd().EndsWith("/>", StringComparison.Ordinal))
            {
                // <value/>: becomes <value>text</value>.
                return new Edit(span.Start, span.Length, "<value>" + Escape(value, lineEnding) + "</value>");
            }

            throw new ExchangeException($"the value of '{entry.Key}' could not be located in the file; it was not changed");
        }

        private readonly struct Bounds
        {
            public Bounds(int start, int end, bool selfClosing)
            {
                Start = start;
                End = end;
                SelfClosing = selfClosing;
            }

            public int Start { get; }

            public int End { get; }

            public bool SelfClosing { get; }
        }

        /// <summary>Where an entry's <c>&lt;data&gt;</c> element starts and ends in the text.</summary>
        private static Bounds DataBounds(string text, ResxEntry entry)
        {
            int start = text.LastIndexOf("<data", entry.KeySpan.Start, StringComparison.Ordinal);
            if (start < 0) throw new ExchangeException($"the entry '{entry.Key}' could not be located in the file");

            // The end of the start tag: the first '>' outside an attribute value (past the name's closing quote).
            int i = entry.KeySpan.Start + entry.KeySpan.Length + 1;
            char quote = '\0';
            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (quote != '\0')
                {
                    if (c == quote) quote = '\0';
                }
                else if (c == '"' || c == '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    break;
                }
            }

            if (i >= text.Length) throw new ExchangeException($"the entry '{entry.Key}' could not be located in the file");
            if (text[i - 1] == '/') return new Bounds(start, i + 1, true);
            int close = text.IndexOf("</data", i, StringComparison.Ordinal);
            int end = close < 0 ? -1 : text.IndexOf('>', close);
            if (end < 0) throw new ExchangeException($"the entry '{entry.Key}' could not be located in the file");
            return new Bounds(start, end + 1, false);
        }

        private static IEnumerable<Edit> Insertions(string text, IReadOnlyList<ResxEntry> entries, List<string> added, IReadOnlyDictionary<string, string> values, string lineEnding)
        {
            // A template: an entry with a real <value>…</value> (not <value/>), to copy the file's shape from.
            ResxEntry? template = null;
            foreach (var entry in entries)
            {
                var b = DataBounds(text, entry);
                if (!b.SelfClosing && entry.ValueSpan.Start > b.Start && (entry.RawValue.Length > 0 || text[Math.Max(0, entry.ValueSpan.Start - 1)] == '>'))
                {
                    template = entry;
                    break;
                }
            }

            if (template is null)
            {
                int rootEnd = text.LastIndexOf("</root", StringComparison.Ordinal);
                if (rootEnd < 0) throw new ExchangeException("the file has no </root> to add entries before");
                int lineStart = LineStart(text, rootEnd);
                bool alone = text.Substring(lineStart, rootEnd - lineStart).Trim().Length == 0;
                int order = 0;
                foreach (string key in added)
                {
                    string entry = "<data name=\"" + EscapeAttribute(key) + "\" xml:space=\"preserve\">" + lineEnding + "    <value>" + Escape(values[key], lineEnding) + "</value>" + lineEnding + "  </data>";
                    yield return alone
                        ? new Edit(lineStart, 0, "  " + entry + lineEnding, order++)
                        : new Edit(rootEnd, 0, lineEnding + "  " + entry + lineEnding, order++);
                }

                yield break;
            }

            bool sorted = true;
            for (int i = 1; i < entries.Count; i++)
            {
                if (string.CompareOrdinal(entries[i - 1].Key, entries[i].Key) > 0) sorted = false;
            }

            var last = entries[entries.Count - 1];
            int sequence = 0;
            foreach (string key in added)
            {
                ResxEntry? before = sorted ? entries.FirstOrDefault(e => string.CompareOrdinal(e.Key, key) > 0) : null;
                var anchor = before ?? last;
                var anchorBounds = DataBounds(text, anchor);
                string indentation = Indentation(text, anchorBounds.Start);
                string entry = FromTemplate(text, template, key, values[key], lineEnding);
                yield return before is not null
                    ? new Edit(anchorBounds.Start, 0, entry + lineEnding + indentation, sequence++)
                    : new Edit(anchorBounds.End, 0, lineEnding + indentation + entry, sequence++);
            }
        }

        /// <summary>A new entry shaped like <paramref name="template"/>: same tags, attributes and line breaks, its comment left out.</summary>
        private static string FromTemplate(string text, ResxEntry template, string key, string value, string lineEnding)
        {
            var bounds = DataBounds(text, template);
            string shape = text.Substring(bounds.Start, bounds.End - bounds.Start);
            int keyStart = template.KeySpan.Start - bounds.Start;
            int valueStart = template.ValueSpan.Start - bounds.Start;
            int valueEnd = valueStart + template.ValueSpan.Length;

            // Left out: the template's comment (guidance for another phrase).
            string tail = shape.Substring(valueEnd);
            int comment = tail.IndexOf("<comment", StringComparison.Ordinal);
            if (comment >= 0)
            {
                int commentEnd = tail.IndexOf("</comment>", comment, StringComparison.Ordinal);
                int selfClose = tail.IndexOf("/>", comment, StringComparison.Ordinal);
                int tagEnd = tail.IndexOf('>', comment);
                int end = tagEnd >= 0 && selfClose >= 0 && selfClose + 1 == tagEnd ? tagEnd + 1 : commentEnd < 0 ? -1 : commentEnd + "</comment>".Length;
                if (end > 0)
                {
                    int start = comment;
                    while (start > 0 && (tail[start - 1] == ' ' || tail[start - 1] == '\t')) start--;
                    if (start > 0 && tail[start - 1] == '\n') start--;
                    if (start > 0 && tail[start - 1] == '\r') start--;
                    tail = tail.Substring(0, start) + tail.Substring(end);
                }
            }

            return shape.Substring(0, keyStart) + EscapeAttribute(key) + shape.Substring(keyStart + template.KeySpan.Length, valueStart - keyStart - template.KeySpan.Length)
                + Escape(value, lineEnding) + tail;
        }

        private static int LineStart(string text, int offset)
        {
            int i = offset;
            while (i > 0 && text[i - 1] != '\n' && text[i - 1] != '\r') i--;
            return i;
        }

        private static string Indentation(string text, int offset)
        {
            int start = LineStart(text, offset);
            string before = text.Substring(start, offset - start);
            return before.Trim().Length == 0 ? before : "  ";
        }

        private static byte[] Splice(ResxFile file, string text, List<Edit> edits)
        {
            var encoding = file.Encoding!;
            char[] chars = text.ToCharArray();
            var output = new System.IO.MemoryStream(file.Bytes.Length + 256);
            output.Write(file.Bytes, 0, file.PreambleLength);
            int charAt = 0;
            int byteAt = file.PreambleLength;
            foreach (var edit in edits.OrderBy(e => e.Start).ThenBy(e => e.Order))
            {
                // The untouched stretch before the edit: original bytes, copied.
                int untouched = encoding.GetByteCount(chars, charAt, edit.Start - charAt);
                output.Write(file.Bytes, byteAt, untouched);
                byteAt += untouched;
                charAt = edit.Start;

                byte[] replacement = encoding.GetBytes(edit.Replacement);
                output.Write(replacement, 0, replacement.Length);
                if (edit.Length > 0)
                {
                    byteAt += encoding.GetByteCount(chars, charAt, edit.Length);
                    charAt += edit.Length;
                }
            }

            output.Write(file.Bytes, byteAt, file.Bytes.Length - byteAt);
            return output.ToArray();
        }

        private static ResxReadResult Verify(ResxFile file, IReadOnlyList<ResxEntry> before, IReadOnlyDictionary<string, string> values, byte[] result)
        {
            var reread = ResxFile.FromBytes(file.Path, result);
            var after = reread.Text is null ? null : ResxReader.Read(file.Path, reread.Text);
            if (after is null || after.Problems.Any(p => p.RuleId == Problems.PhraseRules.UnreadableId))
            {
                throw new ExchangeException(file.Path + ": the edited file would not read back; nothing was written");
            }

            var texts = after.Entries.ToDictionary(e => e.Key, e => e.Text, StringComparer.Ordinal);
            foreach (var entry in before)
            {
                string expected = values.TryGetValue(entry.Key, out var changed) ? changed : entry.Text;
                if (!texts.TryGetValue(entry.Key, out var actual) || !string.Equals(actual, expected, StringComparison.Ordinal))
                {
                    throw new ExchangeException($"{file.Path}: after the edit '{entry.Key}' would not read back as written; nothing was written");
                }
            }

            foreach (var pair in values)
            {
                if (!texts.TryGetValue(pair.Key, out var actual) || !string.Equals(actual, pair.Value, StringComparison.Ordinal))
                {
                    throw new ExchangeException($"{file.Path}: after the edit '{pair.Key}' would not read back as written; nothing was written");
                }
            }

            var had = new HashSet<string>(before.Select(e => e.Key), StringComparer.Ordinal);
            if (texts.Count != before.Count + values.Keys.Count(k => !had.Contains(k)))
            {
                throw new ExchangeException(file.Path + ": the edit would change the number of entries; nothing was written");
            }

            return after;
        }

        /// <summary>Escapes text for element content; a line break is written as the file writes line breaks.</summary>
        public static string Escape(string value, string lineEnding)
        {
            var builder = new StringBuilder(value.Length + 8);
            foreach (char c in value)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '\r': builder.Append("&#xD;"); break;
                    case '\n': builder.Append(lineEnding); break;
                    default: builder.Append(c); break;
                }
            }

            return builder.ToString();
        }

        private static string EscapeAttribute(string value) =>
            value.Replace("&", "&amp;").Replace("<", "&lt;").Replace("\"", "&quot;").Replace("\n", "&#xA;").Replace("\r", "&#xD;").Replace("\t", "&#x9;");
    }
}
