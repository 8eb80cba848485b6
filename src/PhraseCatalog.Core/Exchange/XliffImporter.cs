using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Core.Reading;

namespace PhraseCatalog.Core.Exchange
{
    /// <summary>Where translations go and how strictly they are checked.</summary>
    internal sealed record ImportOptions(string PhrasesDirectory)
    {
        /// <summary>Check and report only; write nothing.</summary>
        public bool DryRun { get; init; }

        /// <summary>Refuse a translation with any warning of the phrase-file rules, not only errors.</summary>
        public bool WarnAsError { get; init; }

        public ExchangeSettings Settings { get; init; } = ExchangeSettings.Default;
    }

    /// <summary>
    /// Imports translations from XLIFF into the phrase files through a gate. A unit is refused, with
    /// a reason a vendor can act on, when its key is unknown, its source text is stale, its target is
    /// empty or an untranslated copy of the source, its placeholders differ from the source's, or its
    /// text breaks a phrase-file rule (the very rules of the build, run on the catalog as it would be).
    /// Accepted translations change only their entries' values; a file is written atomically, once.
    /// </summary>
    internal static class XliffImporter
    {
        public static ImportReport Import(IReadOnlyList<string> xliffPaths, ImportOptions options)
        {
            var report = new ImportReport { DryRun = options.DryRun };
            foreach (string path in xliffPaths)
            {
                XliffDocument document;
                try
                {
                    document = XliffReader.ReadFile(path);
                }
                catch (ExchangeException ex)
                {
                    report.Files.Add(new ImportFileReport(path) { Error = ex.Message });
                    continue;
                }

                if (document.Files.Count == 0)
                {
                    report.Files.Add(new ImportFileReport(path) { Error = "it has no <file> element, so no translations" });
                    continue;
                }

                foreach (var section in document.Files)
                {
                    var fileReport = new ImportFileReport(path);
                    report.Files.Add(fileReport);
                    try
                    {
                        ImportSection(path, section, options, fileReport);
                    }
                    catch (ExchangeException ex)
                    {
                        fileReport.Error = ex.Message;
                    }
                    catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                    {
                        fileReport.Error = "the phrase file could not be written: " + ex.Message;
                    }
                }
            }

            return report;
        }

        private static void ImportSection(string xliffPath, XliffFileSection section, ImportOptions options, ImportFileReport report)
        {
            // Which catalog and culture: the file's original name, its id, or the XLIFF file's own name (a PO round trip keeps only that).
            string[] ownName = Path.GetFileNameWithoutExtension(xliffPath).Split('.');
            PhraseFileName? original = null;
            if (section.Original is { Length: > 0 } originalText && originalText.EndsWith(".resx", StringComparison.OrdinalIgnoreCase))
            {
                original = PhraseFileName.Parse(Path.GetFileName(originalText), out _);
            }

            string? targetCulture = section.TargetLanguage is { Length: > 0 } language ? language
                : ownName.Length == 2 && PhraseFileName.IsNameLike(ownName[1]) ? ownName[1]
                : null;
            if (targetCulture is null)
            {
                throw new ExchangeException("it names no target language (target-language/trgLang), and its file name is not <Catalog>.<culture>.xlf");
            }

            var missing = new List<string>();
            var paths = PhraseFolder.Collect(new[] { options.PhrasesDirectory }, missing);
            if (missing.Count > 0) throw new ExchangeException("the phrase folder '" + options.PhrasesDirectory + "' does not exist");
            var catalogs = PhraseFolder.Load(paths, options.Settings);
            var candidates = new[] { original?.Catalog, section.Id, ownName[0] };
            var catalog = candidates.Where(c => c is not null).Select(c => catalogs.FirstOrDefault(k => k.Name == c)).FirstOrDefault(k => k is not null);
            if (catalog is null)
            {
                report.Refusal = $"no catalog named {string.Join(" or ", candidates.Where(c => c is not null).Distinct())} in {options.PhrasesDirectory}";
                return;
            }

            if (original?.Culture is { } exportedFor && original.Kind == PhraseFileKind.Approved && !string.Equals(exportedFor, targetCulture, StringComparison.OrdinalIgnoreCase))
            {
                report.Refusal = $"the file's target language is '{targetCulture}', but it was exported for {section.Original} ({exportedFor}); nothing imported";
                return;
            }

            var target = catalog.Approved(targetCulture);
            if (target is null)
            {
                report.Refusal = $"catalog {catalog.Name} has no phrase file for the target language '{targetCulture}' ({catalog.Name}.{targetCulture}.resx); create it, then import again";
                return;
            }

            report.ResxPath = target.Path;
            var raw = catalog.Raw[target.Path];
            var unreadable = target.File.Content.Problems.FirstOrDefault(p => p.RuleId == PhraseRules.UnreadableId);
            if (raw.Text is null || unreadable is not null)
            {
                throw new ExchangeException($"the phrase file {target.Path} cannot be read: {unreadable?.Message ?? raw.Failure}");
            }

            string sourceCulture = catalog.Files.DefaultCulture;
            if (section.SourceLanguage is { Length: > 0 } sourceLanguage && catalog.Approved(sourceLanguage) is { } named)
            {
                sourceCulture = named.Culture;
            }
            else
            {
                report.Notes.Add($"the file's source language '{section.SourceLanguage ?? "(none)"}' is not a culture of catalog {catalog.Name}; source texts were compared with its {sourceCulture} texts");
            }

            var source = catalog.Approved(sourceCulture);
            if (source is null || string.Equals(source.Culture, target.Culture, StringComparison.OrdinalIgnoreCase))
            {
                report.Refusal = $"the source language '{sourceCulture}' is {(source is null ? "not a culture of catalog " + catalog.Name : "the target language")}; nothing imported";
                return;
            }

            report.Notes.AddRange(section.Ignored.Select(i => "ignored " + i));
            Gate(catalog, source, target, raw, section, options, report);
        }

        private static void Gate(LoadedCatalog catalog, CultureFile source, CultureFile target, ResxFile raw, XliffFileSection section, ImportOptions options, ImportFileReport report)
        {
            var sourceTexts = source.Entries.ToDictionary(e => e.Key, e => e.Text, StringComparer.Ordinal);
            var targetTexts = target.Entries.ToDictionary(e => e.Key, e => e.Text, StringComparer.Ordinal);
            var keys = new HashSet<string>(catalog.Files.Approved.SelectMany(f => f.Entries).Select(e => e.Key), StringComparer.Ordinal);

            var results = new List<UnitResult>();
            var pending = new Dictionary<string, (string Text, int Line)>(StringComparer.Ordinal);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var unit in section.Units)
            {
                foreach (string key in unit.Keys)
                {
                    string? why = Check(unit, key);
                    if (why is not null)
                    {
                        results.Add(new UnitResult(key, UnitOutcome.Refused, why, unit.Line));
                    }
                    else if (targetTexts.TryGetValue(key, out var current) && string.Equals(current, unit.Target, StringComparison.Ordinal))
                    {
                        results.Add(new UnitResult(key, UnitOutcome.Unchanged, null, unit.Line));
                    }
                    else
                    {
                        why = CheckText(unit, key);
                        if (why is not null) results.Add(new UnitResult(key, UnitOutcome.Refused, why, unit.Line));
                        else pending[key] = (unit.Target!, unit.Line);
                    }
                }
            }

            // The phrase-file rules, on the catalog as it would be with the pending translations.
            byte[]? checkedEdit = null;
            var refusedByRules = pending.Count == 0 ? new Dictionary<string, string>() : RunRules(catalog, target, raw, pending.ToDictionary(p => p.Key, p => p.Value.Text, StringComparer.Ordinal), options, out checkedEdit);
            var accepted = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in pending)
            {
                if (refusedByRules.TryGetValue(pair.Key, out var why)) results.Add(new UnitResult(pair.Key, UnitOutcome.Refused, why, pair.Value.Line));
                else accepted[pair.Key] = pair.Value.Text;
            }

            if (accepted.Count > 0)
            {
                byte[] edited;
                try
                {
                    // The rules ran on exactly these edits when their last round refused nothing more.
                    edited = checkedEdit ?? ResxEditor.Apply(raw, accepted, target.File.Content, out _);
                }
                catch (ExchangeException ex)
                {
                    foreach (var pair in accepted) results.Add(new UnitResult(pair.Key, UnitOutcome.Refused, "the phrase file could not be edited safely: " + ex.Message, pending[pair.Key].Line));
                    accepted.Clear();
                    edited = raw.Bytes;
                }

                foreach (var pair in accepted) results.Add(new UnitResult(pair.Key, UnitOutcome.Accepted, null, pending[pair.Key].Line));
                if (!options.DryRun && accepted.Count > 0 && !edited.AsSpanEquals(raw.Bytes))
                {
                    // Someone else's edit since the file was read must not be overwritten.
                    if (!File.ReadAllBytes(target.Path).AsSpanEquals(raw.Bytes))
                    {
                        throw new ExchangeException($"the phrase file {target.Path} changed while the import ran; nothing was written, run the import again");
                    }

                    AtomicFile.Write(target.Path, edited);
                    report.Written = true;
                }
            }

            // The report follows the file's unit order.
            var order = new Dictionary<(string, int), int>();
            int index = 0;
            foreach (var unit in section.Units)
            {
                foreach (string key in unit.Keys) order[(key, unit.Line)] = index++;
            }

            report.Units.AddRange(results.OrderBy(r => order.TryGetValue((r.Key, r.Line), out int i) ? i : int.MaxValue));

            // Refusals that need nothing but the unit and the current phrase files, in the order a vendor fixes them.
            string? Check(XliffUnit unit, string key)
            {
                if (seen.TryGetValue(key, out int firstLine)) return $"'{key}' is translated twice in this file (first at line {firstLine}); only the first is used";
                seen[key] = unit.Line;
                if (!keys.Contains(key)) return $"'{key}' is not a phrase of catalog {catalog.Name}: it may have been renamed or removed since the export, so there is nothing to write it to";
                if (unit.Problem is not null) return unit.Problem;
                if (unit.Target is null || unit.Target.Trim().Length == 0) return "the translation is empty";
                return null;
            }

            string? CheckText(XliffUnit unit, string key)
            {
                if (!sourceTexts.TryGetValue(key, out var currentSource))
                {
                    return $"'{key}' has no {source.Culture} text any more, so the translation cannot be checked against its source";
                }

                if (unit.SourceHash is { Length: > 0 } hash)
                {
                    if (!string.Equals(hash, SourceHash.Of(currentSource), StringComparison.OrdinalIgnoreCase))
                    {
                        return $"the {source.Culture} source text changed after this file was exported, so this translation is of an old text; translate the current text “{currentSource}” (export again)";
                    }
                }
                else if (!string.Equals(unit.Source, currentSource, StringComparison.Ordinal))
                {
                    return $"the source text in the file (“{unit.Source}”) is not the current {source.Culture} text (“{currentSource}”), so this translation is of an old text; translate the current text (export again)";
                }

                string translation = unit.Target!;
                if ((unit.State == UnitState.Initial || unit.State == UnitState.Unspecified)
                    && (string.Equals(translation, currentSource, StringComparison.Ordinal) || string.Equals(translation, unit.Source, StringComparison.Ordinal)))
                {
                    return $"the translation is still the {source.Culture} source text and its state is '{unit.StateText}', so it was not translated; translate it, or mark it translated if it must stay the same";
                }

                string? storable = ResxEditor.CannotStore(translation);
                if (storable is not null) return "the translation cannot be stored: " + storable;

                var sourceTemplate = PlaceholderParser.Parse(currentSource, source.Culture);
                var targetTemplate = PlaceholderParser.Parse(translation, target.Culture);
                if (targetTemplate.Errors.Count > 0) return string.Join("; ", targetTemplate.Errors.Select(e => e.Message));
                var expected = new HashSet<string>(sourceTemplate.Placeholders.Select(p => p.Name), StringComparer.Ordinal);
                var actual = new HashSet<string>(targetTemplate.Placeholders.Select(p => p.Name), StringComparer.Ordinal);
                if (!expected.SetEquals(actual))
                {
                    var lost = expected.Where(n => !actual.Contains(n)).OrderBy(n => n, StringComparer.Ordinal).Select(n => "{" + n + "}").ToList();
                    var extra = actual.Where(n => !expected.Contains(n)).OrderBy(n => n, StringComparer.Ordinal).Select(n => "{" + n + "}").ToList();
                    var parts = new List<string>();
                    if (lost.Count > 0) parts.Add("missing " + string.Join(", ", lost));
                    if (extra.Count > 0) parts.Add("not in the source " + string.Join(", ", extra));
                    return "its placeholders differ from the source's (" + string.Join("; ", parts) + "); keep every placeholder of the source, with its name exactly as written";
                }

                return null;
            }
        }

        /// <summary>
        /// Runs the build's rules on the catalog with <paramref name="pending"/> written into the target
        /// file, and returns the keys whose new text has a finding of error severity (any warning too
        /// with <see cref="ImportOptions.WarnAsError"/>), with the first such finding as the reason.
        /// Findings elsewhere count when they are new and sit on a pending key (a placeholder mismatch
        /// reported at another culture's text). Runs again without the refused keys until nothing changes.
        /// </summary>
        private static Dictionary<string, string> RunRules(LoadedCatalog catalog, CultureFile target, ResxFile raw, Dictionary<string, string> pending, ImportOptions options, out byte[]? checkedEdit)
        {
            checkedEdit = null;
            var generatorOptions = options.Settings.ToOptions();

            // What the catalog already reports in its other files, worked out only when a finding there might be new.
            HashSet<(string, string, int, string)>? baseline = null;
            HashSet<(string, string, int, string)> Baseline() => baseline ??= new HashSet<(string, string, int, string)>(
                CatalogPipeline.Model(catalog.Input, generatorOptions).Problems.Where(p => p.Span is not null).Select(p => (p.RuleId, p.Span!.Path, p.Span.Start, p.Message)));

            var refused = new Dictionary<string, string>(StringComparer.Ordinal);
            var remaining = new Dictionary<string, string>(pending, StringComparer.Ordinal);
            for (int round = 0; round < 8 && remaining.Count > 0; round++)
            {
                byte[] bytes;
                ResxReadResult edited;
                try
                {
                    bytes = ResxEditor.Apply(raw, remaining, target.File.Content, out edited);
                }
                catch (ExchangeException)
                {
                    // Left to the write step, which reports it per unit.
                    return refused;
                }

                var editedFile = target.File with { Content = edited };
                var files = catalog.Input.Files.Select(f => f.Path == target.Path ? editedFile : f).ToImmutableArray().ToEquatableArray();
                var problems = CatalogPipeline.Model(catalog.Input with { Files = files }, generatorOptions).Problems;

                var locators = new Dictionary<string, EntryLocator>(StringComparer.Ordinal);
                bool any = false;
                foreach (var problem in problems.OrderBy(p => p.Span?.Start ?? 0))
                {
                    if (problem.Span is null) continue;
                    bool counts = problem.EffectiveSeverity == RuleSeverity.Error || (options.WarnAsError && problem.EffectiveSeverity == RuleSeverity.Warning);
                    if (!counts) continue;
                    bool inTarget = problem.Span.Path == target.Path;
                    if (!locators.TryGetValue(problem.Span.Path, out var locator))
                    {
                        var file = inTarget ? editedFile : catalog.Input.Files.FirstOrDefault(f => f.Path == problem.Span.Path);
                        if (file is null) continue;
                        locator = new EntryLocator(file.Content.Entries.Items);
                        locators[problem.Span.Path] = locator;
                    }

                    string? key = locator.KeyAt(problem.Span.Start);
                    if (key is null || !remaining.ContainsKey(key) || refused.ContainsKey(key)) continue;
                    if (!inTarget && Baseline().Contains((problem.RuleId, problem.Span.Path, problem.Span.Start, problem.Message))) continue;
                    string severity = problem.EffectiveSeverity == RuleSeverity.Error ? "error" : "warning";
                    refused[key] = $"{problem.RuleId} ({severity}): {problem.Message}";
                    any = true;
                }

                if (!any)
                {
                    checkedEdit = bytes;
                    break;
                }

                foreach (string key in refused.Keys) remaining.Remove(key);
            }

            return refused;
        }

        /// <summary>Finds the entry a file offset falls in (from its key to the end of its value).</summary>
        private sealed class EntryLocator
        {
            private readonly ResxEntry[] _entries;

            public EntryLocator(IReadOnlyList<ResxEntry> entries)
            {
                _entries = entries.OrderBy(e => e.KeySpan.Start).ToArray();
            }

            public string? KeyAt(int offset)
            {
                int lo = 0;
                int hi = _entries.Length - 1;
                int found = -1;
                while (lo <= hi)
                {
                    int mid = (lo + hi) / 2;
                    if (_entries[mid].KeySpan.Start <= offset)
                    {
                        found = mid;
                        lo = mid + 1;
                    }
                    else
                    {
                        hi = mid - 1;
                    }
                }

                if (found < 0) return null;
                var entry = _entries[found];
                int end = Math.Max(entry.KeySpan.Start + entry.KeySpan.Length, entry.ValueSpan.Start + entry.ValueSpan.Length);
                return offset <= end ? entry.Key : null;
            }
        }

        private static bool AsSpanEquals(this byte[] a, byte[] b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i]) return false;
            }

            return true;
        }
    }
}
