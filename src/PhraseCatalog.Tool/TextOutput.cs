using System;
using System.Globalization;
using System.IO;
using System.Linq;
using PhraseCatalog.Core;

namespace PhraseCatalog.Tool
{
    /// <summary>
    /// The default output: one line per finding exactly as MSBuild prints a compiler diagnostic
    /// (<c>path(line,col): error PHR0003: message</c>), so editors and CI annotate the line, then a
    /// summary by severity and by rule. Colour only on a terminal, and never with NO_COLOR set.
    /// </summary>
    internal static class TextOutput
    {
        public static void Write(LintRun run, TextWriter output, bool color)
        {
            foreach (string note in run.Configuration.Notes) output.WriteLine("note: " + note);
            foreach (var finding in run.Findings)
            {
                string severity = Word(finding.Severity);
                string where = finding.DisplayPath is null
                    ? string.Empty
                    : finding.DisplayPath + "(" + finding.Finding.Line.ToString(CultureInfo.InvariantCulture) + "," + finding.Finding.Column.ToString(CultureInfo.InvariantCulture) + "): ";
                output.WriteLine(where + Paint(severity, finding.Severity, color) + " " + finding.RuleId + ": " + finding.Finding.Message);
            }

            if (run.Findings.Count > 0) output.WriteLine();
            int errors = run.Count(PhraseSeverity.Error), warnings = run.Count(PhraseSeverity.Warning), infos = run.Count(PhraseSeverity.Info);
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0} phrase file{1} checked: {2} error{3}, {4} warning{5}, {6} info.",
                run.Files.Count,
                run.Files.Count == 1 ? string.Empty : "s",
                errors,
                errors == 1 ? string.Empty : "s",
                warnings,
                warnings == 1 ? string.Empty : "s",
                infos));
            foreach (var group in run.Findings.GroupBy(f => (f.RuleId, f.Severity)).OrderByDescending(g => g.Key.Severity).ThenBy(g => g.Key.RuleId, StringComparer.Ordinal))
            {
                output.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "  {0} {1,-7} {2,5}  {3}",
                    group.Key.RuleId,
                    Word(group.Key.Severity),
                    group.Count(),
                    LintRun.Rule(group.Key.RuleId).Title));
            }
        }

        public static string Word(PhraseSeverity severity) => severity switch
        {
            PhraseSeverity.Error => "error",
            PhraseSeverity.Warning => "warning",
            _ => "info",
        };

        private static string Paint(string word, PhraseSeverity severity, bool color)
        {
            if (!color) return word;
            string code = severity switch
            {
                PhraseSeverity.Error => "31",
                PhraseSeverity.Warning => "33",
                _ => "36",
            };
            return "\u001b[" + code + "m" + word + "\u001b[0m";
        }
    }
}
