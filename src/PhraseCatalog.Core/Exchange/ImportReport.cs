using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PhraseCatalog.Core.Exchange
{
    /// <summary>What happened to one unit (one key) of an XLIFF file.</summary>
    internal enum UnitOutcome
    {
        /// <summary>The translation passed the gate and is (or, with a dry run, would be) written.</summary>
        Accepted,

        /// <summary>The translation is what the phrase file already says: nothing to write.</summary>
        Unchanged,

        /// <summary>The gate refused the translation; <see cref="UnitResult.Reason"/> says why.</summary>
        Refused,
    }

    internal sealed record UnitResult(string Key, UnitOutcome Outcome, string? Reason, int Line);

    /// <summary>The outcome of one <c>&lt;file&gt;</c> of one XLIFF document.</summary>
    internal sealed class ImportFileReport
    {
        public ImportFileReport(string xliffPath)
        {
            XliffPath = xliffPath;
        }

        public string XliffPath { get; }

        /// <summary>The phrase file the translations go to, once known.</summary>
        public string? ResxPath { get; set; }

        /// <summary>The input cannot be read at all (exit code 2).</summary>
        public string? Error { get; set; }

        /// <summary>The whole file is refused, e.g. its target language is not the phrase file's culture (exit code 1).</summary>
        public string? Refusal { get; set; }

        public List<UnitResult> Units { get; } = new List<UnitResult>();

        /// <summary>Things worth knowing that are not refusals (units that are not phrases, a source language taken from the catalog).</summary>
        public List<string> Notes { get; } = new List<string>();

        /// <summary>The phrase file was rewritten.</summary>
        public bool Written { get; set; }

        public int Count(UnitOutcome outcome) => Units.Count(u => u.Outcome == outcome);
    }

    /// <summary>The outcome of an import, with the exit code the tool returns.</summary>
    internal sealed class ImportReport
    {
        public List<ImportFileReport> Files { get; } = new List<ImportFileReport>();

        public bool DryRun { get; set; }

        /// <summary>2 when any input could not be read, 1 when any unit or file was refused, else 0.</summary>
        public int ExitCode =>
            Files.Any(f => f.Error is not null) ? 2
            : Files.Any(f => f.Refusal is not null || f.Units.Any(u => u.Outcome == UnitOutcome.Refused)) ? 1
            : 0;

        /// <summary>The report as text lines: per file a summary, then each refused and accepted unit.</summary>
        /// <param name="listUnchanged">Also list each unchanged unit.</param>
        /// <param name="includeErrors">Include the files that could not be read (a tool may print those to standard error instead).</param>
        /// <param name="display">Turns a path into the form to show (relative to the current folder, say); null shows paths as they are.</param>
        public string Format(bool listUnchanged = false, bool includeErrors = true, System.Func<string, string>? display = null)
        {
            display ??= p => p;
            var text = new StringBuilder();
            foreach (var file in Files)
            {
                if (file.Error is not null)
                {
                    if (includeErrors) text.Append(display(file.XliffPath)).Append(": error: ").Append(file.Error).Append('\n');
                    continue;
                }

                text.Append(display(file.XliffPath));
                if (file.ResxPath is not null) text.Append(" -> ").Append(display(file.ResxPath));
                if (file.Refusal is not null)
                {
                    text.Append(": refused: ").Append(file.Refusal).Append('\n');
                    continue;
                }

                text.Append(string.Format(
                    CultureInfo.InvariantCulture,
                    ": {0} accepted, {1} unchanged, {2} refused{3}\n",
                    file.Count(UnitOutcome.Accepted),
                    file.Count(UnitOutcome.Unchanged),
                    file.Count(UnitOutcome.Refused),
                    file.Written ? "; phrase file updated" : DryRun && file.Count(UnitOutcome.Accepted) > 0 ? "; dry run, nothing written" : "; nothing written"));
                foreach (string note in file.Notes) text.Append("  note: ").Append(note).Append('\n');
                foreach (var unit in file.Units.Where(u => u.Outcome == UnitOutcome.Refused))
                {
                    text.Append("  refused ").Append(unit.Key);
                    if (unit.Line > 0) text.Append(" (line ").Append(unit.Line.ToString(CultureInfo.InvariantCulture)).Append(')');
                    text.Append(": ").Append(unit.Reason).Append('\n');
                }

                foreach (var unit in file.Units.Where(u => u.Outcome == UnitOutcome.Accepted)) text.Append("  accepted ").Append(unit.Key).Append('\n');
                if (listUnchanged)
                {
                    foreach (var unit in file.Units.Where(u => u.Outcome == UnitOutcome.Unchanged)) text.Append("  unchanged ").Append(unit.Key).Append('\n');
                }
            }

            return text.ToString();
        }
    }
}
