using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Model
{
    /// <summary>
    /// Turns the files of one catalog into a <see cref="CatalogModel"/> and the structural problems
    /// (PHR0001–PHR0008). Bad entries are reported and left out; good ones are always kept, so one
    /// bad line never takes the rest of the catalog away. No Roslyn dependency.
    /// </summary>
    internal static class CatalogBuilder
    {
        private const string InsteadPrefix = "Instead:";

        /// <summary>
        /// Builds the model of one catalog from its arranged files, adding the structural problems to
        /// <paramref name="problems"/>. Quality rules are not run here: that is the validation step's job
        /// (<c>CatalogPipeline</c>), so the model never depends on the rules.
        /// </summary>
        public static CatalogModel? Build(CatalogFiles files, GeneratorOptions options, List<PhraseProblem> problems, CancellationToken cancellationToken = default)
        {
            var input = files.Input;
            var approved = files.Approved;
            var forbidden = files.Forbidden;
            var cultures = files.Cultures;
            string defaultCulture = files.DefaultCulture;

            // Keys: the union over cultures, in the order of the default culture's file, then first appearance.
            var keys = new List<string>();
            var entries = new Dictionary<string, ResxEntry?[]>(StringComparer.Ordinal);
            for (int c = 0; c < approved.Count; c++)
            {
                foreach (var entry in approved[c].File.Content.Entries)
                {
                    if (!entries.TryGetValue(entry.Key, out var perCulture))
                    {
                        perCulture = new ResxEntry?[approved.Count];
                        entries.Add(entry.Key, perCulture);
                        keys.Add(entry.Key);
                    }

                    perCulture[c] = entry;
                }
            }

            var validator = new KeyValidator(input.Name);
            var phrases = new List<PhraseModel>();
            var approvedKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var perCulture = entries[key];
                var reference = perCulture.First(e => e is not null)!;

                string? shapeError = validator.CheckShape(key, out var parts);
                string? collision = shapeError is null ? validator.Register(key, parts) : null;
                if (shapeError is not null || collision is not null)
                {
                    problems.Add(PhraseProblem.Create(PhraseRules.InvalidKey, reference.KeySpan, (shapeError ?? collision)!));
                    continue;
                }

                var phrase = BuildPhrase(key, parts, perCulture, approved, problems);
                if (phrase is not null)
                {
                    phrases.Add(phrase);
                    approvedKeys.Add(key);
                }
            }

            // Forbidden phrases: per culture, never compared across cultures.
            var forbiddenModels = new List<ForbiddenModel>();
            foreach (var forbiddenFile in forbidden)
            {
                string culture = forbiddenFile.Culture;
                foreach (var entry in forbiddenFile.File.Content.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    if (string.IsNullOrWhiteSpace(entry.Text))
                    {
                        problems.Add(PhraseProblem.Create(PhraseRules.EmptyText, entry.ValueSpan, entry.Key));
                        continue;
                    }

                    var instead = ParseInstead(entry.Comment);
                    foreach (var target in instead)
                    {
                        if (!approvedKeys.Contains(target))
                        {
                            problems.Add(PhraseProblem.Create(PhraseRules.UnknownReplacement, entry.KeySpan, entry.Key, target, input.Name));
                        }
                    }

                    forbiddenModels.Add(new ForbiddenModel(entry.Key, culture, entry.Text, entry.Comment, instead.Where(approvedKeys.Contains).ToEquatableArray()));
                }
            }

            if (approved.Count == 0 && forbidden.Count == 0)
            {
                return null;
            }

            var model = new CatalogModel(
                input.Name,
                input.Namespace ?? options.Namespace,
                input.HintName,
                defaultCulture,
                cultures.ToEquatableArray(),
                phrases.ToEquatableArray(),
                forbiddenModels.ToEquatableArray(),
                options.EmitNullable);
            return model;
        }

        private static PhraseModel? BuildPhrase(
            string key,
            string[] parts,
            ResxEntry?[] perCulture,
            IReadOnlyList<CultureFile> approved,
            List<PhraseProblem> problems)
        {
            int count = approved.Count;
            var parsed = new ParsedTemplate?[count];
            for (int c = 0; c < count; c++)
            {
                var entry = perCulture[c];
                if (entry is null) continue;
                if (string.IsNullOrWhiteSpace(entry.Text))
                {
                    problems.Add(PhraseProblem.Create(PhraseRules.EmptyText, entry.ValueSpan, key));
                    continue;
                }

                var template = PlaceholderParser.Parse(entry.Text, approved[c].Culture);
                if (template.Errors.Count > 0)
                {
                    foreach (var error in template.Errors)
                    {
                        problems.Add(PhraseProblem.Create(PhraseRules.MalformedPlaceholder, TextPositions.SpanInValue(entry, error.Index, error.Length), error.Message));
                    }

                    continue;
                }

                parsed[c] = template;
            }

            // The default culture's placeholders are the reference; without it, the first usable culture's.
            int referenceIndex = Array.FindIndex(parsed, p => p is not null);
            if (referenceIndex < 0) return null;
            var reference = parsed[referenceIndex]!;
            for (int c = referenceIndex + 1; c < count; c++)
            {
                var template = parsed[c];
                if (template is null || SamePlaceholders(template.Placeholders, reference.Placeholders)) continue;
                problems.Add(PhraseProblem.Create(
                    PhraseRules.PlaceholderMismatch,
                    perCulture[c]!.ValueSpan,
                    approved[c].Shown,
                    key,
                    Describe(template.Placeholders),
                    approved[referenceIndex].Shown,
                    Describe(reference.Placeholders)));
                parsed[c] = null;
            }

            var referenceEntry = perCulture[referenceIndex]!;
            var names = approved.Select(a => a.Culture).ToArray();
            var texts = new List<CultureText>(count);
            for (int c = 0; c < count; c++)
            {
                // Without its own text a culture takes the nearest one that has it, by the table requests
                // resolve with (zh-CN → zh-TW before English), else the reference (the default).
                int source = referenceIndex;
                if (parsed[c] is null)
                {
                    int nearer = Shared.CultureNames.Match(names, names[c], i => i != c && parsed[i] is not null);
                    if (nearer >= 0) source = nearer;
                }

                if (perCulture[c] is null)
                {
                    problems.Add(PhraseProblem.Create(
                        PhraseRules.MissingTranslation,
                        referenceEntry.KeySpan,
                        key,
                        $"{approved[c].Shown} ({System.IO.Path.GetFileName(approved[c].File.Path)})",
                        approved[source].Shown));
                }

                if (parsed[c] is { } template)
                {
                    texts.Add(new CultureText(approved[c].Culture, perCulture[c]!.Text, template.Segments, false));
                }
                else
                {
                    texts.Add(new CultureText(approved[c].Culture, perCulture[source]!.Text, parsed[source]!.Segments, true) { FallbackOf = source });
                }
            }

            string? comment = perCulture.FirstOrDefault(e => e?.Comment is { Length: > 0 })?.Comment;

            // Positional placeholders become parameters arg0, arg1… in index order, whatever order a text uses them in.
            var placeholders = reference.Placeholders;
            if (placeholders.Count > 0 && placeholders[0].IsPositional)
            {
                placeholders = placeholders.OrderBy(p => int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture)).ToEquatableArray();
            }

            return new PhraseModel(key, parts.ToEquatableArray(), comment, placeholders, texts.ToEquatableArray());
        }

        private static bool SamePlaceholders(EquatableArray<Placeholder> a, EquatableArray<Placeholder> b)
        {
            if (a.Count != b.Count) return false;
            foreach (var placeholder in a)
            {
                if (!b.Contains(placeholder)) return false;
            }

            return true;
        }

        private static string Describe(EquatableArray<Placeholder> placeholders) =>
            placeholders.Count == 0
                ? "(none)"
                : string.Join(", ", placeholders.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Shown));

        /// <summary>Reads the <c>Instead: Key, Key</c> lines of a forbidden entry's comment.</summary>
        internal static string[] ParseInstead(string? comment)
        {
            if (comment is null) return Array.Empty<string>();
            var result = new List<string>();
            foreach (var rawLine in comment.Split('\n'))
            {
                string line = rawLine.Trim();
                if (!line.StartsWith(InsteadPrefix, StringComparison.OrdinalIgnoreCase)) continue;
                foreach (var target in line.Substring(InsteadPrefix.Length).Split(','))
                {
                    string trimmed = target.Trim();
                    if (trimmed.Length > 0 && !result.Contains(trimmed)) result.Add(trimmed);
                }
            }

            return result.ToArray();
        }
    }
}
