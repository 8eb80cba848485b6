using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using PhraseCatalog.Core;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Core.Reading;

namespace PhraseCatalog.Tool
{
    /// <summary>
    /// The review page for a localization lead: one self-contained HTML file (inline style and script,
    /// a Content-Security-Policy that forbids loading anything), keys grouped by scenario as rows and
    /// cultures as columns; each cell the text with placeholders highlighted and wrong-script
    /// characters marked, its comment, and its findings as badges linking to the rule page. Filters by
    /// culture, rule, scenario and free text run over a precomputed index, so 10,000 keys stay usable.
    /// </summary>
    internal static class HtmlReport
    {
        private static readonly Regex Placeholder = new Regex(@"\{\{|\}\}|\{[^{}\r\n]{1,200}\}", RegexOptions.CultureInvariant);

        private sealed class Cell
        {
            public ResxEntry? Entry { get; set; }

            public List<ReportedFinding> Findings { get; } = new();

            public HashSet<string> WrongScript { get; } = new(StringComparer.Ordinal);
        }

        private sealed class Row
        {
            public Row(string key, int cultures)
            {
                Key = key;
                Cells = new Cell[cultures];
                for (int i = 0; i < cultures; i++) Cells[i] = new Cell();
            }

            public string Key { get; }

            public Cell[] Cells { get; }
        }

        private sealed class CatalogView
        {
            public CatalogView(string title, List<string> cultures)
            {
                Title = title;
                Cultures = cultures;
            }

            public string Title { get; }

            public List<string> Cultures { get; }

            public SortedDictionary<string, Row> Rows { get; } = new(StringComparer.Ordinal);

            public List<(string Culture, ResxEntry Entry, List<ReportedFinding> Findings)> Forbidden { get; } = new();

            public CatalogModel? Model { get; set; }
        }

        public static byte[] Write(LintRun run)
        {
            var views = new List<CatalogView>();
            // Where each entry of each file landed, so a finding can find its cell.
            var entryIndex = new Dictionary<string, List<(ResxEntry Entry, Action<ReportedFinding> Add, Func<HashSet<string>?> Marks)>>(StringComparer.Ordinal);
            var options = run.Settings.Options.ToGeneratorOptions();

            for (int i = 0; i < run.Result.Inputs.Count; i++)
            {
                var input = run.Result.Inputs[i];
                var result = run.Result.Results[i];
                if (input.HintName.Length == 0) continue;
                var files = CatalogFiles.Arrange(input, options, new List<PhraseProblem>());
                string title = string.IsNullOrEmpty(input.Namespace) ? input.Name : input.Namespace + "." + input.Name;
                var view = new CatalogView(title, files.Cultures.ToList()) { Model = result.Model };
                for (int c = 0; c < files.Approved.Count; c++)
                {
                    int culture = c;
                    foreach (var entry in files.Approved[c].Entries)
                    {
                        if (!view.Rows.TryGetValue(entry.Key, out var row)) view.Rows.Add(entry.Key, row = new Row(entry.Key, files.Approved.Count));
                        var cell = row.Cells[culture];
                        cell.Entry ??= entry;
                        Index(entryIndex, files.Approved[c].Path, entry, cell.Findings.Add, () => cell.WrongScript);
                    }
                }

                foreach (var file in files.Forbidden)
                {
                    foreach (var entry in file.Entries)
                    {
                        var findings = new List<ReportedFinding>();
                        view.Forbidden.Add((file.Culture, entry, findings));
                        Index(entryIndex, file.Path, entry, findings.Add, () => null);
                    }
                }

                views.Add(view);
            }

            var unplaced = new List<ReportedFinding>();
            foreach (var finding in run.Findings)
            {
                if (!Place(finding, entryIndex)) unplaced.Add(finding);
            }

            return Encoding.UTF8.GetBytes(Render(run, views, unplaced));
        }

        private static void Index(
            Dictionary<string, List<(ResxEntry, Action<ReportedFinding>, Func<HashSet<string>?>)>> index,
            string path,
            ResxEntry entry,
            Action<ReportedFinding> add,
            Func<HashSet<string>?> marks)
        {
            if (!index.TryGetValue(path, out var list)) index.Add(path, list = new());
            list.Add((entry, add, marks));
        }

        /// <summary>Puts a finding in the cell of the entry whose element holds its start; false when none does.</summary>
        private static bool Place(ReportedFinding finding, Dictionary<string, List<(ResxEntry Entry, Action<ReportedFinding> Add, Func<HashSet<string>?> Marks)>> index)
        {
            var span = finding.Finding.Problem.Span;
            if (span is null || !index.TryGetValue(span.Path, out var entries)) return false;
            foreach (var (entry, add, marks) in entries)
            {
                int start = Math.Min(entry.KeySpan.Start, entry.ValueSpan.Start);
                int end = entry.ValueSpan.Start + entry.ValueSpan.Length;
                bool inside = span.Length > 0 || span.Start > 0
                    ? span.Start >= start && span.Start <= end
                    : false;
                if (!inside) continue;
                add(finding);
                if (finding.RuleId == PhraseRules.ScriptMismatchId && marks() is { } set)
                {
                    int offset = span.Start - entry.ValueSpan.Start;
                    if (offset >= 0 && span.Length > 0 && offset + span.Length <= entry.RawValue.Length)
                    {
                        string written = entry.RawValue.Substring(offset, span.Length);
                        if (written.IndexOf('&') < 0) set.Add(written);
                    }
                }

                return true;
            }

            return false;
        }

        private static string Render(LintRun run, List<CatalogView> views, List<ReportedFinding> unplaced)
        {
            var cultures = views.SelectMany(v => v.Cultures).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(c => c, StringComparer.OrdinalIgnoreCase).ToList();
            var rules = run.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal).ToList();
            var scenarios = views.SelectMany(v => v.Rows.Keys).Select(Scenario).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
            int keyCount = views.Sum(v => v.Rows.Count);

            var html = new StringBuilder(1024 * 1024);
            html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
            html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
            html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Phrase review</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
            html.Append("<header><h1>Phrase review</h1><p class=\"meta\">")
                .Append(Count(run.Files.Count, "phrase file")).Append(", ").Append(Count(keyCount, "key")).Append(", ")
                .Append(Count(run.Count(PhraseSeverity.Error), "error")).Append(", ")
                .Append(Count(run.Count(PhraseSeverity.Warning), "warning")).Append(", ")
                .Append(run.Count(PhraseSeverity.Info).ToString(CultureInfo.InvariantCulture)).Append(" info</p></header>\n");

            // Counts per rule and culture.
            html.Append("<section id=\"counts\"><h2>Findings by rule and culture</h2><table class=\"counts\"><thead><tr><th>Rule</th>");
            foreach (string culture in cultures) html.Append("<th>").Append(E(culture)).Append("</th>");
            html.Append("<th>Other</th><th>Total</th></tr></thead><tbody>\n");
            foreach (string rule in rules)
            {
                var of = run.Findings.Where(f => f.RuleId == rule).ToList();
                html.Append("<tr><th><a href=\"").Append(E(LintRun.Rule(rule).HelpLink)).Append("\">").Append(rule).Append("</a> ").Append(E(LintRun.Rule(rule).Title)).Append("</th>");
                int placed = 0;
                foreach (string culture in cultures)
                {
                    int n = views.Sum(v => CountIn(v, culture, rule));
                    placed += n;
                    html.Append("<td>").Append(n == 0 ? string.Empty : n.ToString(CultureInfo.InvariantCulture)).Append("</td>");
                }

                int other = of.Count - placed;
                html.Append("<td>").Append(other == 0 ? string.Empty : other.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(of.Count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table></section>\n");

            // Filters.
            html.Append("<nav id=\"filters\"><label>Culture <select id=\"f-culture\"><option value=\"\">all</option>");
            foreach (string culture in cultures) html.Append("<option value=\"").Append(E(culture)).Append("\">").Append(E(culture)).Append("</option>");
            html.Append("</select></label> <label>Rule <select id=\"f-rule\"><option value=\"\">any</option><option value=\"*\">any finding</option>");
            foreach (string rule in rules) html.Append("<option value=\"").Append(rule).Append("\">").Append(rule).Append(' ').Append(E(LintRun.Rule(rule).Title)).Append("</option>");
            html.Append("</select></label> <label>Scenario <select id=\"f-scenario\"><option value=\"\">all</option>");
            foreach (string scenario in scenarios) html.Append("<option value=\"").Append(E(scenario)).Append("\">").Append(E(scenario)).Append("</option>");
            html.Append("</select></label> <label>Text <input id=\"f-text\" type=\"search\" placeholder=\"key, text or comment\"></label> <span id=\"shown\"></span></nav>\n");

            if (unplaced.Count > 0)
            {
                html.Append("<section id=\"file-findings\"><h2>Findings about whole files</h2><ul>\n");
                foreach (var finding in unplaced)
                {
                    html.Append("<li>").Append(E(finding.DisplayPath ?? "(build settings)"));
                    if (finding.Finding.Line > 0) html.Append('(').Append(finding.Finding.Line.ToString(CultureInfo.InvariantCulture)).Append(',').Append(finding.Finding.Column.ToString(CultureInfo.InvariantCulture)).Append(')');
                    html.Append(": ");
                    Badge(html, finding);
                    html.Append("</li>\n");
                }

                html.Append("</ul></section>\n");
            }

            foreach (var view in views) RenderCatalog(html, view);

            html.Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
            return html.ToString();
        }

        private static int CountIn(CatalogView view, string culture, string rule)
        {
            int index = view.Cultures.FindIndex(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
            int n = view.Forbidden.Where(f => string.Equals(f.Culture, culture, StringComparison.OrdinalIgnoreCase)).Sum(f => f.Findings.Count(x => x.RuleId == rule));
            if (index < 0) return n;
            return n + view.Rows.Values.Sum(r => r.Cells[index].Findings.Count(f => f.RuleId == rule));
        }

        private static void RenderCatalog(StringBuilder html, CatalogView view)
        {
            html.Append("<section class=\"catalog\"><h2>").Append(E(view.Title)).Append("</h2>\n<table class=\"phrases\"><thead><tr><th class=\"key\">Key</th>");
            foreach (string culture in view.Cultures) html.Append("<th data-culture=\"").Append(E(culture)).Append("\">").Append(E(culture)).Append("</th>");
            html.Append("</tr></thead>\n");
            foreach (var group in view.Rows.Values.GroupBy(r => Scenario(r.Key)).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                html.Append("<tbody data-scenario=\"").Append(E(group.Key)).Append("\"><tr class=\"scenario\"><th colspan=\"").Append((view.Cultures.Count + 1).ToString(CultureInfo.InvariantCulture)).Append("\">").Append(E(group.Key)).Append("</th></tr>\n");
                foreach (var row in group)
                {
                    var tokens = new SortedSet<string>(StringComparer.Ordinal);
                    for (int c = 0; c < row.Cells.Length; c++)
                    {
                        foreach (var f in row.Cells[c].Findings) tokens.Add(f.RuleId + "@" + view.Cultures[c]);
                    }

                    html.Append("<tr class=\"phrase\" id=\"").Append(E(Anchor(view.Title, row.Key))).Append("\" data-rules=\"").Append(E(string.Join(" ", tokens))).Append("\"><td class=\"key\"><code>").Append(E(row.Key)).Append("</code></td>");
                    for (int c = 0; c < row.Cells.Length; c++)
                    {
                        var cell = row.Cells[c];
                        html.Append("<td data-culture=\"").Append(E(view.Cultures[c])).Append('"').Append(cell.Findings.Count > 0 ? " class=\"has-findings\"" : string.Empty).Append('>');
                        if (cell.Entry is null)
                        {
                            html.Append("<span class=\"missing\">no text in this culture</span>");
                        }
                        else
                        {
                            html.Append("<div class=\"text\">");
                            Text(html, cell.Entry.Text, cell.WrongScript);
                            html.Append("</div>");
                            if (!string.IsNullOrWhiteSpace(cell.Entry.Comment)) html.Append("<div class=\"comment\">").Append(E(cell.Entry.Comment!)).Append("</div>");
                        }

                        foreach (var finding in cell.Findings) Badge(html, finding);
                        html.Append("</td>");
                    }

                    html.Append("</tr>\n");
                }

                html.Append("</tbody>\n");
            }

            html.Append("</table>\n");
            if (view.Forbidden.Count > 0)
            {
                html.Append("<h3>Forbidden phrases of ").Append(E(view.Title)).Append("</h3>\n<table class=\"forbidden\"><thead><tr><th>Culture</th><th>Key</th><th>Never say</th><th>Say instead</th></tr></thead><tbody>\n");
                var approvedKeys = new HashSet<string>(view.Rows.Keys, StringComparer.Ordinal);
                foreach (var (culture, entry, findings) in view.Forbidden.OrderBy(f => f.Culture, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Entry.Key, StringComparer.Ordinal))
                {
                    html.Append("<tr class=\"forbidden-phrase\" data-culture=\"").Append(E(culture)).Append("\"><td>").Append(E(culture)).Append("</td><td><code>").Append(E(entry.Key)).Append("</code></td><td class=\"never\">").Append(E(entry.Text)).Append("</td><td>");
                    foreach (string instead in Instead(entry.Comment))
                    {
                        if (approvedKeys.Contains(instead)) html.Append("<a class=\"instead\" href=\"#").Append(E(Anchor(view.Title, instead))).Append("\">").Append(E(instead)).Append("</a> ");
                        else html.Append("<span class=\"instead unknown\">").Append(E(instead)).Append("</span> ");
                    }

                    foreach (var finding in findings) Badge(html, finding);
                    html.Append("</td></tr>\n");
                }

                html.Append("</tbody></table>\n");
            }

            html.Append("</section>\n");
        }

        /// <summary>The text with placeholders highlighted and wrong-script characters marked, all escaped.</summary>
        private static void Text(StringBuilder html, string text, HashSet<string> wrongScript)
        {
            int at = 0;
            foreach (Match match in Placeholder.Matches(text))
            {
                Literal(html, text.Substring(at, match.Index - at), wrongScript);
                if (match.Value == "{{" || match.Value == "}}") html.Append(E(match.Value.Substring(1)));
                else html.Append("<span class=\"ph\">").Append(E(match.Value)).Append("</span>");
                at = match.Index + match.Length;
            }

            Literal(html, text.Substring(at), wrongScript);
        }

        private static void Literal(StringBuilder html, string text, HashSet<string> wrongScript)
        {
            if (wrongScript.Count == 0)
            {
                html.Append(E(text));
                return;
            }

            int i = 0;
            while (i < text.Length)
            {
                string? hit = null;
                foreach (string mark in wrongScript)
                {
                    if (string.CompareOrdinal(text, i, mark, 0, mark.Length) == 0 && (hit is null || mark.Length > hit.Length)) hit = mark;
                }

                if (hit is not null)
                {
                    html.Append("<mark class=\"script\" title=\"character of the wrong script\">").Append(E(hit)).Append("</mark>");
                    i += hit.Length;
                }
                else
                {
                    int next = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                    html.Append(E(text.Substring(i, next)));
                    i += next;
                }
            }
        }

        private static void Badge(StringBuilder html, ReportedFinding finding)
        {
            string severity = TextOutput.Word(finding.Severity);
            html.Append("<span class=\"badge ").Append(severity).Append("\" data-rule=\"").Append(finding.RuleId).Append("\"><a href=\"").Append(E(LintRun.Rule(finding.RuleId).HelpLink)).Append("\">").Append(finding.RuleId).Append("</a> ")
                .Append(E(finding.Finding.Message)).Append(" <span class=\"where\">line ").Append(finding.Finding.Line.ToString(CultureInfo.InvariantCulture)).Append("</span></span>");
        }

        private static IEnumerable<string> Instead(string? comment)
        {
            if (comment is null) yield break;
            foreach (string line in comment.Split('\n'))
            {
                string trimmed = line.Trim();
                if (!trimmed.StartsWith("Instead:", StringComparison.Ordinal)) continue;
                foreach (string key in trimmed.Substring("Instead:".Length).Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries)) yield return key.Trim();
            }
        }

        /// <summary>The scenario of a key: everything before its last part (a one-part key stands alone).</summary>
        private static string Scenario(string key)
        {
            int dot = key.LastIndexOf('.');
            return dot > 0 ? key.Substring(0, dot) : "(no scenario)";
        }

        private static string Anchor(string catalog, string key) => "k-" + catalog + "-" + key;

        private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

        private static string E(string value) => WebUtility.HtmlEncode(value);

        private const string Style = @"
:root { font-family: system-ui, 'Noto Sans CJK SC', 'Noto Sans CJK KR', sans-serif; font-size: 14px; color: #1d1d1f; }
body { margin: 0 1.5rem 3rem; }
header h1 { margin-bottom: .2rem; }
.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; }
th, td { border: 1px solid #ddd; padding: .35rem .5rem; vertical-align: top; text-align: left; }
table.counts { width: auto; }
table.counts td { text-align: right; min-width: 3.5rem; }
thead th { background: #f4f4f6; position: sticky; top: 2.6rem; z-index: 1; }
tr.scenario th { background: #eef3fb; font-weight: 600; }
tr.phrase { content-visibility: auto; contain-intrinsic-size: auto 3rem; }
td.key { white-space: nowrap; width: 1%; }
td.has-findings { background: #fffaf0; }
.text { white-space: pre-wrap; }
.ph { background: #e3ecff; color: #1a3f9a; border-radius: 3px; padding: 0 2px; font-family: ui-monospace, monospace; }
mark.script { background: #ffd6d6; color: #8a0000; text-decoration: underline wavy #c00; }
.comment { color: #666; font-size: 12px; margin-top: .25rem; white-space: pre-wrap; }
.missing { color: #999; font-style: italic; }
.badge { display: block; margin-top: .3rem; padding: .15rem .4rem; border-radius: 4px; font-size: 12px; }
.badge.error { background: #fde2e2; border-left: 3px solid #c62828; }
.badge.warning { background: #fff1cc; border-left: 3px solid #e0a100; }
.badge.info { background: #e6f4ff; border-left: 3px solid #2b7bd6; }
.badge a { font-weight: 600; }
.where { color: #777; }
nav#filters { position: sticky; top: 0; background: #fff; padding: .5rem 0; border-bottom: 1px solid #ddd; z-index: 2; }
nav#filters label { margin-right: 1rem; }
#shown { color: #555; }
td.never { color: #a00; }
.instead.unknown { color: #a00; text-decoration: line-through; }
.hide-col { display: none; }
";

        private const string Script = @"
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.phrase'));
  var search = null; // lower-cased row texts, built on first use
  var groups = Array.prototype.slice.call(document.querySelectorAll('tbody[data-scenario]'));
  var culture = document.getElementById('f-culture');
  var rule = document.getElementById('f-rule');
  var scenario = document.getElementById('f-scenario');
  var text = document.getElementById('f-text');
  var shown = document.getElementById('shown');
  function hasRule(row, r, c) {
    var tokens = row.getAttribute('data-rules');
    if (!r) return true;
    if (!tokens) return false;
    var list = tokens.split(' ');
    for (var i = 0; i < list.length; i++) {
      var parts = list[i].split('@');
      if ((r === '*' || parts[0] === r) && (!c || parts[1] === c)) return true;
    }
    return false;
  }
  function apply() {
    var c = culture.value, r = rule.value, s = scenario.value, q = text.value.trim().toLowerCase();
    if (q && !search) search = rows.map(function (row) { return row.textContent.toLowerCase(); });
    var visible = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var ok = hasRule(row, r, c) && (!s || row.parentNode.getAttribute('data-scenario') === s) && (!q || search[i].indexOf(q) >= 0);
      row.hidden = !ok;
      if (ok) visible++;
    }
    groups.forEach(function (g) { g.hidden = !g.querySelector('tr.phrase:not([hidden])'); });
    document.querySelectorAll('[data-culture]').forEach(function (el) {
      if (el.tagName === 'OPTION') return;
      el.classList.toggle('hide-col', !!c && el.getAttribute('data-culture') !== c && (el.tagName === 'TD' || el.tagName === 'TH'));
    });
    shown.textContent = visible + ' of ' + rows.length + ' keys shown';
  }
  var timer = 0;
  text.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  [culture, rule, scenario].forEach(function (el) { el.addEventListener('change', apply); });
  apply();
})();
";
    }
}
