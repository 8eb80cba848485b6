using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PhraseCatalog.Core;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Core.Reading;

namespace PhraseCatalog.Fuzz
{
    /// <summary>
    /// The fuzz targets. Contract: any input returns normally (bad input becomes findings, never an
    /// exception) and every finding points inside its file. A broken invariant throws
    /// <see cref="FuzzInvariantException"/>, which afl-fuzz records as a crash like any other exception.
    /// This file is compiled into the harness and into PhraseCatalog.Tests, so the replay tests run
    /// exactly what the fuzzer ran.
    /// </summary>
    internal static class FuzzTargets
    {
        /// <summary>The target names, as the harness takes them on its command line.</summary>
        public static readonly IReadOnlyList<string> Names = new[] { "resx", "placeholder", "build" };

        /// <summary>
        /// Separates the phrase files of one <c>build</c> input. A form feed is not allowed in XML 1.0,
        /// so a real phrase file never holds one, and a single byte is easy for afl to insert or drop.
        /// </summary>
        public const byte FileSeparator = 0x0C;

        /// <summary>The files a <c>build</c> input is cut into, in order; pieces past the last share its file.</summary>
        public static readonly IReadOnlyList<string> BuildFiles = new[]
        {
            "/fuzz/Catalog.zh-Hans.resx",
            "/fuzz/Catalog.zh-Hant.resx",
            "/fuzz/Catalog.ko.resx",
            "/fuzz/Catalog.Forbidden.zh-Hans.resx",
        };

        private static readonly string[] PlaceholderCultures = { "zh-Hans", "zh-Hant", "ko" };

        /// <summary>Runs the named target on one input.</summary>
        public static void Run(string target, byte[] input)
        {
            switch (target)
            {
                case "resx":
                    Resx(input);
                    break;
                case "placeholder":
                    Placeholder(input);
                    break;
                case "build":
                    Build(input);
                    break;
                default:
                    throw new ArgumentException("Unknown fuzz target '" + target + "'; the targets are " + string.Join(", ", Names) + ".", nameof(target));
            }
        }

        /// <summary>The resx reader on raw bytes: every entry and problem located inside the file.</summary>
        public static void Resx(byte[] input)
        {
            const string path = "/fuzz/Catalog.ko.resx";
            var result = ResxReader.Read(path, input);
            var file = FileText.Of(input);
            foreach (var problem in result.Problems)
            {
                Require(problem.Span is not null, "a reader problem has no location: " + problem);
                file.CheckSpan(problem.Span!, "problem " + problem.RuleId);
            }

            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in result.Entries)
            {
                Require(file.Text is not null, "entries were read from a file that does not decode");
                Require(keys.Add(entry.Key), "the key '" + entry.Key + "' was read twice");
                file.CheckSpan(entry.KeySpan, "key span of " + entry.Key);
                file.CheckSpan(entry.ValueSpan, "value span of " + entry.Key);

                // The key span covers the name attribute's value as written: the key itself, unless an
                // entity or attribute-value normalisation (whitespace becomes a space) changed it.
                string keySlice = file.Text!.Substring(entry.KeySpan.Start, entry.KeySpan.Length);
                Require(keySlice == entry.Key || keySlice.IndexOf('&') >= 0 || keySlice.Any(char.IsWhiteSpace),
                    $"the key span of '{entry.Key}' covers '{keySlice}'");
                if (entry.RawValue.Length > 0)
                {
                    // The raw value is the very slice of the file the value span covers.
                    string slice = file.Text!.Substring(entry.ValueSpan.Start, entry.ValueSpan.Length);
                    Require(slice == entry.RawValue, "the raw value of " + entry.Key + " is not the slice its span covers");
                }

                // The rules map positions in the decoded text back to the file this way.
                file.CheckSpan(TextPositions.SpanInValue(entry, 0, entry.Text.Length), "whole-text span of " + entry.Key);
                file.CheckSpan(TextPositions.SpanInValue(entry, entry.Text.Length / 2, 0), "mid-text span of " + entry.Key);
                CheckRawMapping(entry);
            }
        }

        /// <summary>
        /// Each decoded character of a value maps back to the character of the file it came from, so a
        /// finding's column is the one a person sees: the same character, the '&amp;' of an entity or
        /// character reference, or a '\r' that became '\n'. Only the first 256 characters, because each
        /// lookup walks the value from its start.
        /// </summary>
        private static void CheckRawMapping(ResxEntry entry)
        {
            int count = Math.Min(entry.Text.Length, 256);
            for (int i = 0; i < count; i++)
            {
                char decoded = entry.Text[i];

                // The second half of a surrogate pair shares the source of its first half (one character reference).
                if (i > 0 && char.IsLowSurrogate(decoded)) continue;
                int raw = TextPositions.RawOffset(entry.RawValue, i);
                Require(raw < entry.RawValue.Length, $"character {i} of the value of {entry.Key} maps past the raw value");
                char source = entry.RawValue[raw];
                Require(source == decoded || source == '&' || (decoded == '\n' && source == '\r'),
                    $"character {i} of the value of {entry.Key} (U+{(int)decoded:X4}) maps to U+{(int)source:X4} at raw offset {raw}");
            }
        }

        /// <summary>The placeholder parser on UTF-8 text, in each kind of culture (Simplified, Traditional, Korean).</summary>
        public static void Placeholder(byte[] input)
        {
            string text = Encoding.UTF8.GetString(input);
            foreach (string culture in PlaceholderCultures)
            {
                var syntax = new List<TemplateSyntax>();
                var parsed = PlaceholderParser.Parse(text, culture, syntax);

                int end = 0;
                foreach (var stretch in syntax)
                {
                    Require(stretch.Length > 0 && stretch.Index >= end && stretch.Index + stretch.Length <= text.Length,
                        $"{culture}: syntax stretch {stretch.Kind} at {stretch.Index}+{stretch.Length} overlaps the one before or leaves the text ({text.Length})");
                    end = stretch.Index + stretch.Length;
                }

                foreach (var error in parsed.Errors)
                {
                    Require(error.Index >= 0 && error.Length >= 0 && error.Index + error.Length <= text.Length,
                        $"{culture}: error at {error.Index}+{error.Length} leaves the text ({text.Length}): {error.Message}");
                }

                foreach (var use in parsed.Uses)
                {
                    Require(use.Index >= 0 && use.Length >= 2 && use.Index + use.Length <= text.Length,
                        $"{culture}: placeholder use at {use.Index}+{use.Length} leaves the text ({text.Length})");
                    char open = text[use.Index];
                    char close = text[use.Index + use.Length - 1];
                    Require((open == '{' || open == '\uFF5B') && (close == '}' || close == '\uFF5D'),
                        $"{culture}: placeholder use at {use.Index} is not between braces");
                    Require(use.Particle is null || KoreanParticleForms.IsKorean(culture),
                        $"{culture}: a particle form was accepted in a text that is not Korean");
                }

                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var placeholder in parsed.Placeholders)
                {
                    // Named ({surname}, {hours:int}) or positional ({0} to {99}, as .NET composite formats number them).
                    bool positional = placeholder.IsPositional
                        && placeholder.Name.Length is 1 or 2 && placeholder.Name.All(c => c >= '0' && c <= '9');
                    Require(positional || Identifiers.IsValid(placeholder.Name), $"{culture}: placeholder name '{placeholder.Name}' is neither an identifier nor an index");
                    Require(positional || PlaceholderParser.Types.Contains(placeholder.Type), $"{culture}: placeholder type '{placeholder.Type}' is unknown");
                    Require(names.Add(placeholder.Name), $"{culture}: placeholder '{placeholder.Name}' is listed twice");
                }

                Require(parsed.Segments.Count(s => s.IsPlaceholder) == parsed.Uses.Count,
                    $"{culture}: {parsed.Segments.Count(s => s.IsPlaceholder)} placeholder segments for {parsed.Uses.Count} uses");
            }
        }

        /// <summary>
        /// The whole core as the tool runs it (read → group → validate → model) over up to four phrase
        /// files cut from the input at <see cref="FileSeparator"/>.
        /// </summary>
        public static void Build(byte[] input)
        {
            var pieces = Split(input, FileSeparator, BuildFiles.Count);
            var sources = new List<PhraseFileSource>();
            var files = new Dictionary<string, FileText>(StringComparer.Ordinal);
            for (int i = 0; i < pieces.Count; i++)
            {
                sources.Add(new PhraseFileSource(BuildFiles[i], pieces[i]));
                files.Add(BuildFiles[i], FileText.Of(pieces[i]));
            }

            // An odd-length input also turns on the Taiwan-standard forms, so both settings get fuzzed.
            var options = new PhraseCheckOptions { TaiwanStandard = input.Length % 2 == 1 };
            var result = PhraseFileChecker.Check(sources, options);

            foreach (var finding in result.Findings)
            {
                // The core catches what it did not expect and reports it as PHR0001 "please report this"
                // (or "reading failed"), so a build never crashes; for the fuzzer that is still a crash.
                Require(
                    !(finding.RuleId == PhraseRules.UnreadableId
                      && (finding.Message.Contains("please report this") || finding.Message.Contains("reading failed: "))),
                    "the core failed internally: " + finding.Message);

                var span = finding.Problem.Span;
                if (span is null)
                {
                    Require(finding.Path is null && finding.Line == 0, "a finding without a location has a path or line: " + finding);
                    continue;
                }

                Require(finding.Path is not null && files.ContainsKey(finding.Path), "a finding names a file that was not checked: " + finding);
                files[finding.Path!].CheckSpan(span, "finding " + finding.RuleId);
            }

            foreach (var catalog in result.Catalogs)
            {
                Require(catalog.Keys.Distinct(StringComparer.Ordinal).Count() == catalog.Keys.Count, "catalog " + catalog.Name + " lists a key twice");
            }
        }

        /// <summary>Cuts <paramref name="input"/> at <paramref name="separator"/> into at most <paramref name="max"/> pieces.</summary>
        public static List<byte[]> Split(byte[] input, byte separator, int max)
        {
            var pieces = new List<byte[]>();
            int start = 0;
            while (pieces.Count < max - 1)
            {
                int at = Array.IndexOf(input, separator, start);
                if (at < 0) break;
                pieces.Add(input.AsSpan(start, at - start).ToArray());
                start = at + 1;
            }

            pieces.Add(input.AsSpan(start).ToArray());
            return pieces;
        }

        private static void Require(bool condition, string message)
        {
            if (!condition) throw new FuzzInvariantException(message);
        }

        /// <summary>
        /// A file as the reader sees it, to check locations against: its decoded text (decoded as
        /// strictly as the reader decodes, one leading BOM dropped) or, when it does not decode, its bytes.
        /// </summary>
        internal sealed class FileText
        {
            private readonly int[] _lineStarts;
            private readonly int _length;

            private FileText(string? text, int[] lineStarts, int length)
            {
                Text = text;
                _lineStarts = lineStarts;
                _length = length;
            }

            /// <summary>The decoded text, or null when the bytes do not decode (the reader then reports one PHR0001).</summary>
            public string? Text { get; }

            public static FileText Of(byte[] bytes)
            {
                string? text = Decode(bytes);
                if (text is not null)
                {
                    if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
                    return new FileText(text, TextPositions.LineStarts(text), text.Length);
                }

                // Undecodable: the reader counts lines by '\n' bytes and columns in bytes.
                var starts = new List<int> { 0 };
                for (int i = 0; i < bytes.Length; i++)
                {
                    if (bytes[i] == (byte)'\n') starts.Add(i + 1);
                }

                return new FileText(null, starts.ToArray(), bytes.Length);
            }

            private static string? Decode(byte[] bytes)
            {
                Encoding encoding;
                int skip = 0;
                if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
                {
                    encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
                    skip = 2;
                }
                else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
                {
                    encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
                    skip = 2;
                }
                else
                {
                    encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
                    if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) skip = 3;
                }

                try
                {
                    return encoding.GetString(bytes, skip, bytes.Length - skip);
                }
                catch (DecoderFallbackException)
                {
                    return null;
                }
            }

            /// <summary>1-based lines and columns inside the file, the end not before the start, the offsets inside the text.</summary>
            public void CheckSpan(SourceSpan span, string what)
            {
                string where = $"{what} at ({span.Line},{span.Column})-({span.EndLine},{span.EndColumn}) offset {span.Start}+{span.Length}";
                Require(span.Line >= 1 && span.Column >= 1 && span.EndLine >= 1 && span.EndColumn >= 1, where + ": a line or column below 1");
                Require(span.EndLine > span.Line || (span.EndLine == span.Line && span.EndColumn >= span.Column), where + ": ends before it starts");
                Require(span.Start >= 0 && span.Length >= 0 && span.Start + span.Length <= _length, where + $": offsets outside the file ({_length})");
                CheckPosition(span.Line, span.Column, where + ": start");
                CheckPosition(span.EndLine, span.EndColumn, where + ": end");
            }

            private void CheckPosition(int line, int column, string where)
            {
                Require(line <= _lineStarts.Length, $"{where} is past the last line ({_lineStarts.Length})");

                // A column may point just past the line's last character (an exclusive end), line end included.
                int lineLength = (line < _lineStarts.Length ? _lineStarts[line] : _length) - _lineStarts[line - 1];
                Require(column <= lineLength + 1, $"{where} is past the end of its line ({lineLength} characters)");
            }
        }
    }

    /// <summary>A fuzz target's invariant does not hold: a bug, reported to afl-fuzz as a crash.</summary>
    internal sealed class FuzzInvariantException : Exception
    {
        public FuzzInvariantException(string message)
            : base(message)
        {
        }
    }
}
