using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;

namespace PhraseCatalog.Core.Exchange
{
    /// <summary>What to export: the target culture, and optionally the source culture and XLIFF version.</summary>
    internal sealed record ExportOptions(string TargetCulture)
    {
        /// <summary>The source culture; null: each catalog's default culture.</summary>
        public string? SourceCulture { get; init; }

        public XliffVersion Version { get; init; } = XliffVersion.V20;

        public ExchangeSettings Settings { get; init; } = ExchangeSettings.Default;
    }

    /// <summary>One XLIFF document made from one catalog.</summary>
    internal sealed record ExportedFile(string Catalog, string FileName, string Content, int Units, int Translated);

    /// <summary>The documents of an export, and what could not be exported and why (for the person running it).</summary>
    internal sealed record ExportResult(IReadOnlyList<ExportedFile> Files, IReadOnlyList<string> Messages);

    /// <summary>
    /// Exports catalogs to XLIFF: one document per catalog and target culture, one unit per key of
    /// the source culture's file in ordinal key order (so a re-export diffs small), the source text,
    /// the target's current text, the resx comment and placeholder notes, the source hash, and the
    /// target culture's forbidden phrases.
    /// </summary>
    internal static class XliffExporter
    {
        public static ExportResult Export(IReadOnlyList<LoadedCatalog> catalogs, ExportOptions options)
        {
            var files = new List<ExportedFile>();
            var messages = new List<string>();
            foreach (var catalog in catalogs.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                string sourceCulture = options.SourceCulture ?? catalog.Files.DefaultCulture;
                var source = catalog.Approved(sourceCulture);
                if (source is null)
                {
                    messages.Add($"{catalog.Name}: no phrase file for the source culture '{sourceCulture}' (the catalog has {string.Join(", ", catalog.Files.Cultures)}); not exported");
                    continue;
                }

                if (source.Culture.Length == 0)
                {
                    messages.Add($"{catalog.Name}: the source is the neutral file {Path.GetFileName(source.Path)}, whose language is not known; name it (--neutral-language, or --default-culture) or choose --source; not exported");
                    continue;
                }

                if (string.Equals(source.Culture, options.TargetCulture, StringComparison.OrdinalIgnoreCase))
                {
                    messages.Add($"{catalog.Name}: the target culture '{options.TargetCulture}' is the source culture; not exported");
                    continue;
                }

                foreach (var problem in source.File.Content.Problems)
                {
                    messages.Add($"{catalog.Name}: {problem}");
                }

                var target = catalog.Approved(options.TargetCulture);
                string targetCulture = target?.Culture ?? options.TargetCulture;
                var targetTexts = new Dictionary<string, string>(StringComparer.Ordinal);
                if (target is not null)
                {
                    foreach (var entry in target.Entries) targetTexts[entry.Key] = entry.Text;
                }

                var units = new List<ExportUnit>();
                foreach (var entry in source.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    if (entry.Text.Trim().Length == 0)
                    {
                        messages.Add($"{catalog.Name}: '{entry.Key}' has no {source.Culture} text to translate; left out");
                        continue;
                    }

                    if (options.Version == XliffVersion.V20 && !IsNmToken(entry.Key))
                    {
                        messages.Add($"{catalog.Name}: the key '{entry.Key}' cannot be an XLIFF 2.0 unit id (letters, digits, '.', '-', '_' and ':' only); left out");
                        continue;
                    }

                    targetTexts.TryGetValue(entry.Key, out var current);
                    units.Add(new ExportUnit(entry.Key, entry.Text, current, entry.Comment));
                }

                var forbidden = catalog.Forbidden(targetCulture)?.Entries
                    .Select(e => e.Text)
                    .Where(t => t.Trim().Length > 0)
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(t => t, StringComparer.Ordinal)
                    .ToList() ?? new List<string>();

                string fileName = XliffNames.FileName(catalog.Name, targetCulture);
                if (files.Any(f => string.Equals(f.FileName, fileName, StringComparison.OrdinalIgnoreCase)))
                {
                    messages.Add($"{catalog.Name}: a second catalog of this name (in {source.File.Directory}) would also be {fileName}; not exported, export its folder on its own");
                    continue;
                }

                string original = Path.GetFileName(target?.Path ?? (catalog.Name + "." + targetCulture + ".resx"));
                var document = new ExportDocument(catalog.Name, source.Culture, targetCulture, original, units, forbidden);
                string content = XliffWriter.Write(document, options.Version);
                files.Add(new ExportedFile(catalog.Name, fileName, content, units.Count, units.Count(XliffWriter.IsTranslated)));
            }

            return new ExportResult(files, messages);
        }

        /// <summary>Reads the phrase files at <paramref name="paths"/> and writes one XLIFF file per catalog into <paramref name="outputDirectory"/>, each atomically.</summary>
        public static ExportResult ExportToDirectory(IReadOnlyList<string> paths, string outputDirectory, ExportOptions options)
        {
            var missing = new List<string>();
            var files = PhraseFolder.Collect(paths, missing);
            if (missing.Count > 0) throw new ExchangeException("no such file or folder: " + string.Join(", ", missing));
            if (files.Count == 0) throw new ExchangeException("no .resx phrase files in " + string.Join(", ", paths));
            var result = Export(PhraseFolder.Load(files, options.Settings), options);
            Directory.CreateDirectory(outputDirectory);
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            foreach (var file in result.Files)
            {
                AtomicFile.Write(Path.Combine(outputDirectory, file.FileName), utf8.GetBytes(file.Content));
            }

            return result;
        }

        private static bool IsNmToken(string key)
        {
            try
            {
                XmlConvert.VerifyNMTOKEN(key);
                return key.Length > 0;
            }
            catch (XmlException)
            {
                return false;
            }
        }
    }

    /// <summary>A problem with the input as a whole (a path, a file that cannot be read): one line for the person running the command.</summary>
    internal sealed class ExchangeException : Exception
    {
        public ExchangeException(string message)
            : base(message)
        {
        }

        public ExchangeException()
        {
        }

        public ExchangeException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
