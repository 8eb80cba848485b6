using System;
using System.Collections.Generic;
using System.Linq;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Core.Reading;

namespace PhraseCatalog.Core.Model
{
    /// <summary>
    /// Reads the timed prompt procedures of a catalog from comment lines of its approved entries:
    /// <c>Procedure SilentLine: no input after 5s: SilentLine.Repeat</c> makes the entry a step of
    /// procedure SilentLine that listens 5 s and, on no input, goes on with SilentLine.Repeat;
    /// <c>…: hang up</c> ends it. A line may sit in any culture's file; two cultures that say
    /// different things are reported. Problems are PHR0020 at the procedure line in the comment.
    /// </summary>
    internal static class ProcedureBuilder
    {
        private const string Prefix = "Procedure ";
        private const string NoInput = "no input after ";

        private sealed class Step
        {
            public Step(string key, int timeout, string? next, ResxEntry entry, SourceSpan line)
            {
                Key = key;
                Timeout = timeout;
                Next = next;
                Entry = entry;
                Line = line;
            }

            public string Key { get; }

            public int Timeout { get; }

            /// <summary>The next key, or null for hang up.</summary>
            public string? Next { get; }

            public ResxEntry Entry { get; }

            /// <summary>The procedure line in the entry's comment: where its findings are reported.</summary>
            public SourceSpan Line { get; }
        }

        public static EquatableArray<ProcedureModel> Build(IReadOnlyList<CultureFile> approved, List<PhraseModel> phrases, List<PhraseProblem> problems)
        {
            var byKey = phrases.ToDictionary(p => p.Key, StringComparer.Ordinal);
            var procedures = new SortedDictionary<string, Dictionary<string, Step>>(StringComparer.Ordinal);
            // A procedure with a line that cannot be read is not generated at all: without that step it would be another procedure.
            var broken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in approved)
            {
                foreach (var entry in file.File.Content.Entries)
                {
                    if (entry.Comment is null || entry.Comment.IndexOf(Prefix, StringComparison.OrdinalIgnoreCase) < 0) continue;
                    int lineStart = 0;
                    foreach (var rawLine in entry.Comment.Split('\n'))
                    {
                        int start = lineStart;
                        lineStart += rawLine.Length + 1;
                        string line = rawLine.Trim();
                        if (!line.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) continue;

                        // Findings point at the line in the comment, which is what a translator edits.
                        int indent = rawLine.Length - rawLine.TrimStart().Length;
                        var lineSpan = TextPositions.SpanInComment(entry, start + indent, line.Length);
                        if (!TryParse(line, out string name, out int timeout, out string? next, out string? error))
                        {
                            problems.Add(PhraseProblem.Create(PhraseRules.Procedure, lineSpan, "The comment of '" + entry.Key + "' has the line '" + line + "', which " + error));
                            if (name.Length > 0) broken.Add(name);
                            continue;
                        }

                        if (!procedures.TryGetValue(name, out var steps)) procedures.Add(name, steps = new Dictionary<string, Step>(StringComparer.Ordinal));
                        if (steps.TryGetValue(entry.Key, out var existing))
                        {
                            if (existing.Timeout != timeout || existing.Next != next)
                            {
                                problems.Add(PhraseProblem.Create(PhraseRules.Procedure, lineSpan,
                                    "'" + entry.Key + "' is a step of procedure " + name + " with '" + Describe(timeout, next) + "' here, but with '" + Describe(existing.Timeout, existing.Next) + "' in another culture; say the same in every culture"));
                                broken.Add(name);
                            }

                            continue;
                        }

                        steps.Add(entry.Key, new Step(entry.Key, timeout, next, entry, lineSpan));
                    }
                }
            }

            var result = new List<ProcedureModel>();
            foreach (var procedure in procedures)
            {
                if (broken.Contains(procedure.Key)) continue;
                var model = Check(procedure.Key, procedure.Value, byKey, problems);
                if (model is not null) result.Add(model);
            }

            return result.ToEquatableArray();
        }

        private static ProcedureModel? Check(string name, Dictionary<string, Step> steps, Dictionary<string, PhraseModel> phrases, List<PhraseProblem> problems)
        {
            bool ok = true;
            foreach (var step in steps.Values.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                if (!phrases.TryGetValue(step.Key, out var phrase))
                {
                    // The key itself is reported by the structural rules; the procedure cannot use it.
                    ok = false;
                    continue;
                }

                if (phrase.Placeholders.Count > 0)
                {
                    problems.Add(PhraseProblem.Create(PhraseRules.Procedure, step.Line, "'" + step.Key + "' has placeholders, so procedure " + name + " cannot say it on its own; a step says a phrase without placeholders"));
                    ok = false;
                }

                if (step.Next is null) continue;
                if (!phrases.ContainsKey(step.Next))
                {
                    problems.Add(PhraseProblem.Create(PhraseRules.Procedure, step.Line, "The procedure " + name + " goes on from '" + step.Key + "' to '" + step.Next + "', which is not a phrase key of this catalog"));
                    ok = false;
                }
                else if (!steps.ContainsKey(step.Next))
                {
                    problems.Add(PhraseProblem.Create(PhraseRules.Procedure, step.Line,
                        "The procedure " + name + " goes on from '" + step.Key + "' to '" + step.Next + "', but the comment of '" + step.Next + "' has no 'Procedure " + name + ": no input after …' line, so the procedure cannot tell how long to listen after it"));
                    ok = false;
                }
            }

            if (!ok) return null;

            var targets = new HashSet<string>(steps.Values.Where(s => s.Next is not null).Select(s => s.Next!), StringComparer.Ordinal);
            var starts = steps.Values.Where(s => !targets.Contains(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
            var first = steps.Values.OrderBy(s => s.Key, StringComparer.Ordinal).First();
            if (starts.Count == 0)
            {
                problems.Add(PhraseProblem.Create(PhraseRules.Procedure, first.Line, "The procedure " + name + " never ends: " + Cycle(first, steps) + " go round without a step that hangs up ('no input after 5s: hang up')"));
                return null;
            }

            if (starts.Count > 1)
            {
                problems.Add(PhraseProblem.Create(PhraseRules.Procedure, starts[1].Line,
                    "The procedure " + name + " has more than one first step (" + string.Join(", ", starts.Select(s => s.Key)) + "); chain them so that exactly one step is not named by another"));
                return null;
            }

            var ordered = new List<ProcedureStepModel>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            Step? current = starts[0];
            while (current is not null)
            {
                if (!seen.Add(current.Key))
                {
                    problems.Add(PhraseProblem.Create(PhraseRules.Procedure, current.Line, "The procedure " + name + " never ends: " + Cycle(current, steps) + " go round without a step that hangs up ('no input after 5s: hang up')"));
                    return null;
                }

                ordered.Add(new ProcedureStepModel(current.Key, phrases[current.Key].Path, current.Timeout));
                current = current.Next is null ? null : steps[current.Next];
            }

            var unreached = steps.Keys.Where(k => !seen.Contains(k)).OrderBy(k => k, StringComparer.Ordinal).ToList();
            if (unreached.Count > 0)
            {
                var step = steps[unreached[0]];
                problems.Add(PhraseProblem.Create(PhraseRules.Procedure, step.Line, "The procedure " + name + " never ends: " + Cycle(step, steps) + " go round without a step that hangs up ('no input after 5s: hang up')"));
                return null;
            }

            return new ProcedureModel(name, ordered.ToEquatableArray());
        }

        private static string Cycle(Step from, Dictionary<string, Step> steps)
        {
            var path = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            Step? current = from;
            while (current is not null && seen.Add(current.Key))
            {
                path.Add(current.Key);
                current = current.Next is not null && steps.TryGetValue(current.Next, out var next) ? next : null;
            }

            if (current is not null) path.Add(current.Key);
            return string.Join(" → ", path);
        }

        private static string Describe(int timeout, string? next) => "no input after " + timeout + "ms: " + (next ?? "hang up");

        /// <summary>Reads <c>Procedure Name: no input after 5s: Next.Key</c> (or <c>: hang up</c>); the keywords are case-insensitive.</summary>
        internal static bool TryParse(string line, out string name, out int timeout, out string? next, out string? error)
        {
            name = string.Empty;
            timeout = 0;
            next = null;
            const string Shape = "'Procedure Name: no input after 5s: Next.Key' or '…: hang up'";
            string rest = line.Substring(Prefix.Length);
            int colon = rest.IndexOf(':');
            if (colon < 0)
            {
                error = "is not of the form " + Shape;
                return false;
            }

            name = rest.Substring(0, colon).Trim();
            if (!Identifiers.IsValid(name))
            {
                error = "names the procedure '" + name + "', which is not a C# identifier (it becomes Procedures." + name + ")";
                return false;
            }

            rest = rest.Substring(colon + 1).TrimStart();
            if (!rest.StartsWith(NoInput, StringComparison.OrdinalIgnoreCase))
            {
                error = "is not of the form " + Shape;
                return false;
            }

            rest = rest.Substring(NoInput.Length);
            colon = rest.IndexOf(':');
            if (colon < 0)
            {
                error = "does not say what follows on no input; end it with ': Next.Key' or ': hang up'";
                return false;
            }

            string duration = rest.Substring(0, colon).Trim();
            if (!PlaceholderParser.TryParseDuration(duration, out timeout, out string? durationError))
            {
                error = "has the timeout '" + duration + "', which " + durationError;
                return false;
            }

            if (timeout == 0)
            {
                error = "has a timeout of 0; the IVR must listen for some time";
                return false;
            }

            string target = rest.Substring(colon + 1).Trim().TrimEnd('.').Trim();
            if (target.Equals("hang up", StringComparison.OrdinalIgnoreCase) || target.Equals("hangup", StringComparison.OrdinalIgnoreCase))
            {
                error = null;
                return true;
            }

            if (target.Length == 0 || target.IndexOf(' ') >= 0)
            {
                error = "does not name a next step; write a phrase key such as SilentLine.Repeat, or 'hang up'";
                return false;
            }

            next = target;
            error = null;
            return true;
        }
    }
}
