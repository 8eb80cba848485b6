using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PhraseCatalog.Core.Exchange
{
    /// <summary>One phrase to translate: its key, the source text, the target's current text (if any) and the resx comment.</summary>
    internal sealed record ExportUnit(string Key, string Source, string? Target, string? Comment);

    /// <summary>What one XLIFF file holds: one catalog, one source and one target culture.</summary>
    internal sealed record ExportDocument(
        string Catalog,
        string SourceCulture,
        string TargetCulture,
        string Original,
        IReadOnlyList<ExportUnit> Units,
        IReadOnlyList<string> ForbiddenPhrases);

    /// <summary>
    /// Writes XLIFF 2.0 or 1.2 text. Written by hand rather than with an indenting XmlWriter, which
    /// would add white space inside a <c>&lt;source&gt;</c> that starts with a placeholder tag; every
    /// text and attribute is escaped here, and the output is the same bytes on any machine.
    /// </summary>
    internal static class XliffWriter
    {
        /// <summary>The state an export gives a unit: initial when there is nothing translated (no target, or the source copied), else translated.</summary>
        public static bool IsTranslated(ExportUnit unit) =>
            unit.Target is { Length: > 0 } target && target.Trim().Length > 0 && !string.Equals(target, unit.Source, StringComparison.Ordinal);

        public static string Write(ExportDocument document, XliffVersion version) =>
            version == XliffVersion.V20 ? Write20(document) : Write12(document);

        private static string Write20(ExportDocument document)
        {
            var w = new StringBuilder(256 + document.Units.Count * 600);
            w.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
            w.Append("<xliff xmlns=\"").Append(XliffNames.Core20)
                .Append("\" xmlns:mda=\"").Append(XliffNames.Metadata)
                .Append("\" xmlns:val=\"").Append(XliffNames.Validation)
                .Append("\" version=\"2.0\" srcLang=\"").Attr(document.SourceCulture)
                .Append("\" trgLang=\"").Attr(document.TargetCulture).Append("\">\n");
            w.Append("  <file id=\"").Attr(document.Catalog).Append("\" original=\"").Attr(document.Original).Append("\" xml:space=\"preserve\">\n");
            if (document.ForbiddenPhrases.Count > 0)
            {
                w.Append("    <val:validation>\n");
                foreach (string phrase in document.ForbiddenPhrases)
                {
                    w.Append("      <val:rule isNotPresent=\"").Attr(phrase).Append("\"/>\n");
                }

                w.Append("    </val:validation>\n");
            }

            foreach (var unit in document.Units)
            {
                var sourceRuns = InlineText.Split(unit.Source, document.SourceCulture);
                var targetRuns = unit.Target is null ? null : InlineText.Split(unit.Target, document.TargetCulture);
                var codes = new CodeTable(sourceRuns, targetRuns);

                w.Append("    <unit id=\"").Attr(unit.Key).Append("\">\n");
                w.Append("      <mda:metadata>\n        <mda:metaGroup category=\"").Append(XliffNames.MetaCategory).Append("\">\n");
                w.Append("          <mda:meta type=\"").Append(SourceHash.MetaType).Append("\">").Append(SourceHash.Of(unit.Source)).Append("</mda:meta>\n");
                w.Append("        </mda:metaGroup>\n      </mda:metadata>\n");

                var placeholderNotes = InlineText.PlaceholderNotes(unit.Source, document.SourceCulture, unit.Target, document.TargetCulture);
                if (unit.Comment is { Length: > 0 } || placeholderNotes.Count > 0)
                {
                    w.Append("      <notes>\n");
                    if (unit.Comment is { Length: > 0 } comment) w.Append("        <note category=\"comment\">").Text(comment).Append("</note>\n");
                    foreach (string note in placeholderNotes) w.Append("        <note category=\"placeholder\">").Text(note).Append("</note>\n");
                    w.Append("      </notes>\n");
                }

                if (codes.Data.Count > 0)
                {
                    w.Append("      <originalData>\n");
                    foreach (var (id, value) in codes.Data) w.Append("        <data id=\"").Append(id).Append("\">").Text(value).Append("</data>\n");
                    w.Append("      </originalData>\n");
                }

                w.Append("      <segment state=\"").Append(IsTranslated(unit) ? "translated" : "initial").Append("\">\n");
                w.Append("        <source>");
                Inline20(w, sourceRuns, codes.SourceCodes);
                w.Append("</source>\n");
                if (targetRuns is not null)
                {
                    w.Append("        <target>");
                    Inline20(w, targetRuns, codes.TargetCodes);
                    w.Append("</target>\n");
                }

                w.Append("      </segment>\n    </unit>\n");
            }

            w.Append("  </file>\n</xliff>\n");
            return w.ToString();
        }

        private static void Inline20(StringBuilder w, List<TextRun> runs, List<(string Id, string DataId)> codes)
        {
            int code = 0;
            foreach (var run in runs)
            {
                if (!run.IsCode)
                {
                    w.Text(run.Value);
                    continue;
                }

                var (id, dataId) = codes[code++];
                w.Append("<ph id=\"").Append(id).Append("\" dataRef=\"").Append(dataId).Append("\" canDelete=\"no\" disp=\"").Attr(run.Value)
                    .Append("\" equiv=\"").Attr(run.Value).Append("\"/>");
            }
        }

        private static string Write12(ExportDocument document)
        {
            var w = new StringBuilder(256 + document.Units.Count * 500);
            w.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
            w.Append("<xliff xmlns=\"").Append(XliffNames.Core12).Append("\" xmlns:pc=\"").Append(XliffNames.PhraseCatalog).Append("\" version=\"1.2\">\n");
            w.Append("  <file original=\"").Attr(document.Original).Append("\" source-language=\"").Attr(document.SourceCulture)
                .Append("\" target-language=\"").Attr(document.TargetCulture).Append("\" datatype=\"resx\">\n");
            if (document.ForbiddenPhrases.Count > 0)
            {
                // 1.2 has no validation module: the forbidden phrases go to the translator as a file note.
                w.Append("    <header>\n      <note from=\"phrasecatalog\" priority=\"1\">").Text("Never write these phrases (the phrase book forbids them in " + document.TargetCulture + "): " + string.Join(" | ", document.ForbiddenPhrases)).Append("</note>\n    </header>\n");
            }

            w.Append("    <body>\n");
            foreach (var unit in document.Units)
            {
                var sourceRuns = InlineText.Split(unit.Source, document.SourceCulture);
                var targetRuns = unit.Target is null ? null : InlineText.Split(unit.Target, document.TargetCulture);
                var codes = new CodeTable(sourceRuns, targetRuns);

                w.Append("      <trans-unit id=\"").Attr(unit.Key).Append("\" resname=\"").Attr(unit.Key).Append("\" pc:sourceHash=\"").Append(SourceHash.Of(unit.Source)).Append("\" xml:space=\"preserve\">\n");
                w.Append("        <source>");
                Inline12(w, sourceRuns, codes.SourceCodes);
                w.Append("</source>\n");
                if (targetRuns is not null)
                {
                    w.Append("        <target state=\"").Append(IsTranslated(unit) ? "translated" : "needs-translation").Append("\">");
                    Inline12(w, targetRuns, codes.TargetCodes);
                    w.Append("</target>\n");
                }

                if (unit.Comment is { Length: > 0 } comment) w.Append("        <note from=\"developer\">").Text(comment).Append("</note>\n");
                foreach (string note in InlineText.PlaceholderNotes(unit.Source, document.SourceCulture, unit.Target, document.TargetCulture))
                {
                    w.Append("        <note from=\"phrasecatalog\">").Text(note).Append("</note>\n");
                }

                w.Append("      </trans-unit>\n");
            }

            w.Append("    </body>\n  </file>\n</xliff>\n");
            return w.ToString();
        }

        private static void Inline12(StringBuilder w, List<TextRun> runs, List<(string Id, string DataId)> codes)
        {
            // <ph> holds its native code as content: CAT tools show it as a protected tag, and
            // converters such as translate-toolkit keep the placeholder text (an empty <x/> they drop).
            int code = 0;
            foreach (var run in runs)
            {
                if (!run.IsCode)
                {
                    w.Text(run.Value);
                    continue;
                }

                var (id, _) = codes[code++];
                w.Append("<ph id=\"").Append(id).Append("\" ctype=\"x-placeholder\">").Text(run.Value).Append("</ph>");
            }
        }

        /// <summary>
        /// Numbers a unit's codes: source codes 1..n, each with its own original data; a target code
        /// with the same text as a not yet matched source code gets that code's id (so a CAT tool pairs
        /// them), any other target code an id and data of its own.
        /// </summary>
        private sealed class CodeTable
        {
            public CodeTable(List<TextRun> source, List<TextRun>? target)
            {
                var dataIds = new Dictionary<string, string>(StringComparer.Ordinal);
                var unmatched = new List<(string Value, string Id)>();
                int n = 0;
                foreach (var run in source)
                {
                    if (!run.IsCode) continue;
                    n++;
                    string id = n.ToString(CultureInfo.InvariantCulture);
                    string dataId = DataId(run.Value);
                    SourceCodes.Add((id, dataId));
                    unmatched.Add((run.Value, id));
                }

                if (target is null) return;
                int extra = 0;
                foreach (var run in target)
                {
                    if (!run.IsCode) continue;
                    int match = unmatched.FindIndex(u => string.Equals(u.Value, run.Value, StringComparison.Ordinal));
                    string id;
                    if (match >= 0)
                    {
                        id = unmatched[match].Id;
                        unmatched.RemoveAt(match);
                    }
                    else
                    {
                        extra++;
                        id = "t" + extra.ToString(CultureInfo.InvariantCulture);
                    }

                    TargetCodes.Add((id, DataId(run.Value)));
                }

                string DataId(string value)
                {
                    if (!dataIds.TryGetValue(value, out var dataId))
                    {
                        dataId = "d" + (dataIds.Count + 1).ToString(CultureInfo.InvariantCulture);
                        dataIds.Add(value, dataId);
                        Data.Add((dataId, value));
                    }

                    return dataId;
                }
            }

            public List<(string Id, string DataId)> SourceCodes { get; } = new List<(string, string)>();

            public List<(string Id, string DataId)> TargetCodes { get; } = new List<(string, string)>();

            public List<(string Id, string Value)> Data { get; } = new List<(string, string)>();
        }

        private static StringBuilder Text(this StringBuilder w, string text)
        {
            foreach (char c in text)
            {
                switch (c)
                {
                    case '&': w.Append("&amp;"); break;
                    case '<': w.Append("&lt;"); break;
                    case '>': w.Append("&gt;"); break;
                    case '\r': w.Append("&#xD;"); break;
                    default: w.Append(c); break;
                }
            }

            return w;
        }

        private static StringBuilder Attr(this StringBuilder w, string text)
        {
            foreach (char c in text)
            {
                switch (c)
                {
                    case '&': w.Append("&amp;"); break;
                    case '<': w.Append("&lt;"); break;
                    case '>': w.Append("&gt;"); break;
                    case '"': w.Append("&quot;"); break;
                    case '\r': w.Append("&#xD;"); break;
                    case '\n': w.Append("&#xA;"); break;
                    case '\t': w.Append("&#x9;"); break;
                    default: w.Append(c); break;
                }
            }

            return w;
        }
    }
}
