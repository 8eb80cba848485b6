using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace PhraseCatalog.Core.Exchange
{
    /// <summary>
    /// Reads XLIFF 2.0 and 1.2 (also 1.1 and 1.0 namespaces) as CAT tools and converters write
    /// them, as untrusted input: no DTD, nothing resolved, bounded size and nesting. Unknown modules,
    /// elements and attributes are ignored; inline codes are typed back to the phrase-file text they
    /// stand for. A document that cannot be read throws <see cref="ExchangeException"/> with one line
    /// saying why; a unit that cannot be used carries its <see cref="XliffUnit.Problem"/>.
    /// </summary>
    internal static class XliffReader
    {
        /// <summary>The largest XLIFF file read: 64 MiB (a 10,000-key export is about 8 MiB).</summary>
        public const long MaxFileBytes = 64L * 1024 * 1024;

        /// <summary>How deep inline markup and groups may nest; deeper is refused rather than recursed into.</summary>
        public const int MaxDepth = 64;

        private static readonly XmlReaderSettings Settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreProcessingInstructions = true,
            IgnoreComments = true,
            CheckCharacters = true,
            MaxCharactersInDocument = MaxFileBytes,
            CloseInput = true,
        };

        public static XliffDocument ReadFile(string path)
        {
            byte[] bytes;
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists) throw new ExchangeException("no such file");
                if (info.Length > MaxFileBytes) throw new ExchangeException(string.Format(CultureInfo.InvariantCulture, "it is {0:N0} bytes; the limit is {1:N0}", info.Length, MaxFileBytes));
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is System.Security.SecurityException || ex is NotSupportedException || ex is ArgumentException)
            {
                throw new ExchangeException(ex.Message, ex);
            }

            return Read(bytes);
        }

        public static XliffDocument Read(byte[] bytes)
        {
            if (bytes.Length > MaxFileBytes) throw new ExchangeException(string.Format(CultureInfo.InvariantCulture, "it is {0:N0} bytes; the limit is {1:N0}", bytes.Length, MaxFileBytes));
            XDocument document;
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Settings);
                document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
            }
            catch (XmlException ex)
            {
                throw new ExchangeException(Describe(ex), ex);
            }
            catch (DecoderFallbackException ex)
            {
                throw new ExchangeException("it is not valid in its declared encoding; save it as UTF-8", ex);
            }

            return Read(document);
        }

        /// <summary>Reads text already decoded (tests, tools that hold the document in memory).</summary>
        public static XliffDocument Read(string text) => Read(new UTF8Encoding(false).GetBytes(text));

        private static XliffDocument Read(XDocument document)
        {
            var root = document.Root ?? throw new ExchangeException("it has no root element");
            if (root.Name.LocalName != "xliff")
            {
                throw new ExchangeException($"the root element is <{root.Name.LocalName}>, but an XLIFF file starts with <xliff>");
            }

            string ns = root.Name.NamespaceName;
            string version = (string?)root.Attribute("version") ?? string.Empty;
            if (ns.StartsWith(XliffNames.Core20Prefix, StringComparison.Ordinal) || (ns.Length == 0 && version.StartsWith("2.", StringComparison.Ordinal)))
            {
                return Read20(root, version.Length == 0 ? "2.0" : version);
            }

            if (ns == XliffNames.Core12 || ns == XliffNames.Core11 || ns == "urn:oasis:names:tc:xliff:document:1.0" || (ns.Length == 0 && version.StartsWith("1.", StringComparison.Ordinal)))
            {
                return Read12(root, version.Length == 0 ? "1.2" : version);
            }

            throw new ExchangeException($"it is not an XLIFF 1.x or 2.x document (namespace '{ns}', version '{version}')");
        }

        // ---------------------------------------------------------------- XLIFF 2.x

        private static XliffDocument Read20(XElement root, string version)
        {
            XNamespace x = root.Name.Namespace;
            var result = new XliffDocument(version);
            string? srcLang = (string?)root.Attribute("srcLang");
            string? trgLang = (string?)root.Attribute("trgLang");
            foreach (var file in root.Elements(x + "file"))
            {
                var section = new XliffFileSection((string?)file.Attribute("id"), (string?)file.Attribute("original"), srcLang, trgLang);
                Units20(file, x, section, 0);
                result.Files.Add(section);
            }

            return result;
        }

        private static void Units20(XElement container, XNamespace x, XliffFileSection section, int depth)
        {
            if (depth > MaxDepth) throw new ExchangeException($"its groups nest more than {MaxDepth} deep");
            foreach (var child in container.Elements())
            {
                if (child.Name == x + "group")
                {
                    Units20(child, x, section, depth + 1);
                }
                else if (child.Name == x + "unit")
                {
                    section.Units.Add(Unit20(child, x));
                }
            }
        }

        private static XliffUnit Unit20(XElement element, XNamespace x)
        {
            string id = (string?)element.Attribute("id") ?? string.Empty;
            var unit = new XliffUnit(id, new[] { id }, Line(element));

            // The source hash, from the metadata module (any category: only the type is ours).
            XNamespace mda = XliffNames.Metadata;
            unit.SourceHash = element.Elements(mda + "metadata").Descendants(mda + "meta")
                .FirstOrDefault(m => (string?)m.Attribute("type") == SourceHash.MetaType)?.Value.Trim();

            var data = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in element.Elements(x + "originalData").Elements(x + "data"))
            {
                string? dataId = (string?)item.Attribute("id");
                if (dataId is null) continue;
                var text = new StringBuilder();
                foreach (var node in item.Nodes())
                {
                    if (node is XText t) text.Append(t.Value);
                    else if (node is XElement cp && cp.Name.LocalName == "cp") text.Append(CodePoint(cp));
                }

                data[dataId] = text.ToString();
            }

            var source = new StringBuilder();
            var target = new StringBuilder();
            bool missingTarget = false;
            bool anyTarget = false;
            UnitState? lowest = null;
            var states = new List<string>();
            var sourceCodes = new Dictionary<string, string>(StringComparer.Ordinal);
            string? problem = null;
            int segment = 0;
            foreach (var part in element.Elements())
            {
                bool isSegment = part.Name == x + "segment";
                if (!isSegment && part.Name != x + "ignorable") continue;
                var partSource = part.Element(x + "source");
                var partTarget = part.Element(x + "target");
                string sourceText = partSource is null ? string.Empty : Inline20(partSource, x, data, sourceCodes, true, ref problem, 0);
                source.Append(sourceText);
                if (isSegment)
                {
                    segment++;
                    string stateText = (string?)part.Attribute("state") ?? "initial";
                    states.Add(stateText);
                    var state = stateText switch
                    {
                        "translated" => UnitState.Translated,
                        "reviewed" => UnitState.Reviewed,
                        "final" => UnitState.Final,
                        _ => UnitState.Initial,
                    };
                    lowest = lowest is null || state < lowest ? state : lowest;
                }

                if (partTarget is null)
                {
                    // An ignorable without a target stands for itself (white space between sentences).
                    if (isSegment) missingTarget = true;
                    else target.Append(sourceText);
                    continue;
                }

                anyTarget = true;
                target.Append(Inline20(partTarget, x, data, sourceCodes, false, ref problem, 0));
            }

            unit.Source = source.ToString();
            unit.State = lowest ?? UnitState.Initial;
            unit.StateText = states.Count == 0 ? "initial" : string.Join(", ", states.Distinct());
            if (anyTarget && missingTarget)
            {
                problem ??= $"it has {segment} segments and not all of them have a translation";
            }

            unit.Target = anyTarget && !missingTarget ? target.ToString() : null;
            unit.Problem = problem;
            return unit;
        }

        private static string Inline20(XElement container, XNamespace x, Dictionary<string, string> data, Dictionary<string, string> sourceCodes, bool isSource, ref string? problem, int depth)
        {
            if (depth > MaxDepth)
            {
                problem ??= $"its inline markup nests more than {MaxDepth} deep";
                return string.Empty;
            }

            var text = new StringBuilder();
            foreach (var node in container.Nodes())
            {
                if (node is XText t)
                {
                    text.Append(t.Value);
                    continue;
                }

                if (node is not XElement e) continue;
                string name = e.Name.Namespace == x ? e.Name.LocalName : string.Empty;
                switch (name)
                {
                    case "ph":
                    case "sc":
                    case "ec":
                        text.Append(Code20(e, data, sourceCodes, isSource, "dataRef", ref problem));
                        break;
                    case "pc":
                        text.Append(Code20(e, data, sourceCodes, isSource, "dataRefStart", ref problem, required: false));
                        text.Append(Inline20(e, x, data, sourceCodes, isSource, ref problem, depth + 1));
                        text.Append(Code20(e, data, sourceCodes, isSource, "dataRefEnd", ref problem, required: false, suffix: "/end"));
                        break;
                    case "cp":
                        text.Append(CodePoint(e));
                        break;
                    case "sm":
                    case "em":
                        break;
                    default:
                        // <mrk> annotations and unknown elements: their text is the text.
                        text.Append(Inline20(e, x, data, sourceCodes, isSource, ref problem, depth + 1));
                        break;
                }
            }

            return text.ToString();
        }

        private static string Code20(XElement e, Dictionary<string, string> data, Dictionary<string, string> sourceCodes, bool isSource, string refAttribute, ref string? problem, bool required = true, string suffix = "")
        {
            string id = ((string?)e.Attribute("id") ?? string.Empty) + suffix;
            string? dataRef = (string?)e.Attribute(refAttribute);
            string? value = null;
            if (dataRef is not null) data.TryGetValue(dataRef, out value);
            if (value is null && !isSource) sourceCodes.TryGetValue(id, out value);
            if (value is null && suffix.Length == 0) value = (string?)e.Attribute("equiv");
            if (value is null)
            {
                if (required && e.Name.LocalName == "ph")
                {
                    problem ??= $"its inline code <ph id=\"{id}\"> has no original data, so the placeholder it stands for is unknown";
                }

                return string.Empty;
            }

            if (isSource) sourceCodes[id] = value;
            return value;
        }

        // ---------------------------------------------------------------- XLIFF 1.x

        private static XliffDocument Read12(XElement root, string version)
        {
            XNamespace x = root.Name.Namespace;
            var result = new XliffDocument(version);
            foreach (var file in root.Elements(x + "file"))
            {
                var section = new XliffFileSection(null, (string?)file.Attribute("original"), (string?)file.Attribute("source-language"), (string?)file.Attribute("target-language"));
                var body = file.Element(x + "body");
                if (body is not null) Units12(body, x, section, 0);
                result.Files.Add(section);
            }

            return result;
        }

        private static void Units12(XElement container, XNamespace x, XliffFileSection section, int depth)
        {
            if (depth > MaxDepth) throw new ExchangeException($"its groups nest more than {MaxDepth} deep");
            foreach (var child in container.Elements())
            {
                // translate-toolkit (among others) writes 1.1-namespaced units inside a 1.2 file: match by local name in any XLIFF 1.x namespace.
                if (!IsXliff1(child.Name.Namespace, x)) continue;
                switch (child.Name.LocalName)
                {
                    case "group":
                        Units12(child, x, section, depth + 1);
                        break;
                    case "trans-unit":
                        if ((string?)child.Attribute("restype") == "x-gettext-domain-header")
                        {
                            section.Ignored.Add($"line {Line(child)}: a PO header unit (not a phrase)");
                            break;
                        }

                        section.Units.Add(Unit12(child));
                        break;
                    case "bin-unit":
                        section.Ignored.Add($"line {Line(child)}: a binary unit <bin-unit id=\"{(string?)child.Attribute("id")}\"> (phrases are text)");
                        break;
                }
            }
        }

        private static bool IsXliff1(XNamespace ns, XNamespace document) =>
            ns == document || ns.NamespaceName == XliffNames.Core12 || ns.NamespaceName == XliffNames.Core11 || ns.NamespaceName == "urn:oasis:names:tc:xliff:document:1.0";

        private static XliffUnit Unit12(XElement element)
        {
            XNamespace ns = element.Name.Namespace;
            string id = (string?)element.Attribute("id") ?? string.Empty;
            string? resname = (string?)element.Attribute("resname");
            var keys = new List<string>();
            if (!string.IsNullOrEmpty(resname))
            {
                keys.Add(resname!);
            }
            else
            {
                // A PO round trip (xliff2po, then po2xliff) numbers the units and keeps each key as a source location.
                foreach (var context in element.Elements().Where(c => c.Name.LocalName == "context-group" && (string?)c.Attribute("purpose") == "location").Elements())
                {
                    if (context.Name.LocalName == "context" && (string?)context.Attribute("context-type") == "sourcefile" && context.Value.Trim().Length > 0 && !keys.Contains(context.Value.Trim()))
                    {
                        keys.Add(context.Value.Trim());
                    }
                }

                if (keys.Count == 0) keys.Add(id);
            }

            var unit = new XliffUnit(id, keys, Line(element));
            unit.SourceHash = element.Attributes().FirstOrDefault(a => a.Name.NamespaceName == XliffNames.PhraseCatalog && a.Name.LocalName == SourceHash.MetaType)?.Value.Trim();

            string? problem = null;
            var sourceCodes = new Dictionary<string, string>(StringComparer.Ordinal);
            var source = Child(element, "source");
            unit.Source = source is null ? string.Empty : Inline12(source, sourceCodes, true, ref problem, 0);
            var target = Child(element, "target");
            unit.Target = target is null ? null : Inline12(target, sourceCodes, false, ref problem, 0);
            unit.Problem = problem;

            string? state = (string?)target?.Attribute("state");
            bool approved = (string?)element.Attribute("approved") == "yes";
            unit.State = state switch
            {
                null => UnitState.Unspecified,
                "final" => UnitState.Final,
                "signed-off" => UnitState.Reviewed,
                "translated" => UnitState.Translated,
                _ when state.StartsWith("needs-review", StringComparison.Ordinal) => UnitState.Translated,
                "new" => UnitState.Initial,
                _ when state.StartsWith("needs-", StringComparison.Ordinal) => UnitState.Initial,
                _ => UnitState.Unspecified,
            };
            if (approved && unit.State < UnitState.Reviewed) unit.State = UnitState.Reviewed;
            unit.StateText = (state ?? "(none)") + (approved ? ", approved" : string.Empty);
            return unit;

            XElement? Child(XElement parent, string name) =>
                parent.Elements().FirstOrDefault(c => c.Name.LocalName == name && IsXliff1(c.Name.Namespace, ns));
        }

        private static string Inline12(XElement container, Dictionary<string, string> sourceCodes, bool isSource, ref string? problem, int depth)
        {
            if (depth > MaxDepth)
            {
                problem ??= $"its inline markup nests more than {MaxDepth} deep";
                return string.Empty;
            }

            var text = new StringBuilder();
            foreach (var node in container.Nodes())
            {
                if (node is XText t)
                {
                    text.Append(t.Value);
                    continue;
                }

                if (node is not XElement e) continue;
                string id = (string?)e.Attribute("id") ?? string.Empty;
                switch (e.Name.LocalName)
                {
                    case "x":
                    case "bx":
                    case "ex":
                    {
                        string? value = (string?)e.Attribute("equiv-text");
                        if (value is null && !isSource) sourceCodes.TryGetValue(e.Name.LocalName + ":" + id, out value);
                        if (value is null && e.Name.LocalName == "x")
                        {
                            problem ??= $"its inline code <x id=\"{id}\"/> has no equiv-text, so the placeholder it stands for is unknown";
                        }

                        if (value is not null && isSource) sourceCodes[e.Name.LocalName + ":" + id] = value;
                        text.Append(value);
                        break;
                    }

                    case "ph":
                    case "bpt":
                    case "ept":
                    case "it":
                        // Native codes: the content is the code as the original format writes it.
                        text.Append(e.Value);
                        break;
                    default:
                        // <g>, <mrk>, and unknown elements: their text is the text.
                        text.Append(Inline12(e, sourceCodes, isSource, ref problem, depth + 1));
                        break;
                }
            }

            return text.ToString();
        }

        // ---------------------------------------------------------------- shared

        private static string CodePoint(XElement cp)
        {
            string? hex = (string?)cp.Attribute("hex");
            if (hex is not null && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code) && code >= 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
            {
                return char.ConvertFromUtf32(code);
            }

            return string.Empty;
        }

        private static int Line(XElement element) => element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

        private static string Describe(XmlException ex)
        {
            string message = ex.Message;
            if (message.IndexOf("DTD", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return "it contains a DTD (<!DOCTYPE>), which is refused because a DTD can define entities that read other files or expand without bound";
            }

            return "it is not well-formed XML: " + message.TrimEnd('.');
        }
    }
}
