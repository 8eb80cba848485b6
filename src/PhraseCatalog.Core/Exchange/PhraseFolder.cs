using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Core.Exchange
{
    /// <summary>Settings that decide how phrase files are read and checked, as in the build.</summary>
    internal sealed record ExchangeSettings
    {
        public static readonly ExchangeSettings Default = new ExchangeSettings();

        /// <summary>The culture of a file without a culture part, and the source culture by default (PhraseCatalogDefaultCulture).</summary>
        public string DefaultCulture { get; init; } = GeneratorOptions.DefaultDefaultCulture;

        /// <summary>The declared cultures (PhraseCatalogCultures); empty: any known culture.</summary>
        public IReadOnlyList<string> DeclaredCultures { get; init; } = Array.Empty<string>();

        /// <summary>PhraseCatalogTaiwanStandard.</summary>
        public bool TaiwanStandard { get; init; }

        /// <summary>The default culture was given explicitly, so a neutral file (<c>Support.resx</c>) is read as that culture.</summary>
        public bool DefaultCultureSet { get; init; }

        /// <summary>The language of neutral files (MSBuild NeutralLanguage); null: the default culture when set, else invariant.</summary>
        public string? NeutralLanguage { get; init; }

        /// <summary>PhraseCatalogTextKind: decides which findings of the rules the import's gate sees.</summary>
        public TextKind TextKind { get; init; }

        public GeneratorOptions ToOptions() =>
            new GeneratorOptions(null, DefaultCulture, true)
            {
                DeclaredCultures = DeclaredCultures.ToImmutableArray().ToEquatableArray(),
                TaiwanStandard = TaiwanStandard,
                DefaultCultureSet = DefaultCultureSet,
                NeutralLanguage = NeutralLanguage,
                TextKind = TextKind,
            };
    }

    /// <summary>One catalog's phrase files, read and arranged by culture, with the raw files kept for editing.</summary>
    internal sealed class LoadedCatalog
    {
        public LoadedCatalog(CatalogInput input, CatalogFiles files, IReadOnlyDictionary<string, ResxFile> raw)
        {
            Input = input;
            Files = files;
            Raw = raw;
        }

        public string Name => Input.Name;

        public CatalogInput Input { get; }

        public CatalogFiles Files { get; }

        /// <summary>The bytes and text of each file, by path.</summary>
        public IReadOnlyDictionary<string, ResxFile> Raw { get; }

        public CultureFile? Approved(string culture) =>
            Files.Approved.FirstOrDefault(f => string.Equals(f.Culture, culture, StringComparison.OrdinalIgnoreCase));

        public CultureFile? Forbidden(string culture) =>
            Files.Forbidden.FirstOrDefault(f => string.Equals(f.Culture, culture, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Finds and reads phrase files the way the build does (same reader, same grouping).</summary>
    internal static class PhraseFolder
    {
        /// <summary>
        /// The <c>.resx</c> files named by <paramref name="paths"/> (files, or folders whose top level is
        /// searched), in ordinal order. A path that does not exist goes to <paramref name="missing"/>.
        /// </summary>
        public static List<string> Collect(IEnumerable<string> paths, List<string> missing)
        {
            var result = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string path in paths)
            {
                if (Directory.Exists(path))
                {
                    foreach (string file in Directory.GetFiles(path, "*.resx", SearchOption.TopDirectoryOnly)) result.Add(Path.GetFullPath(file));
                }
                else if (File.Exists(path))
                {
                    result.Add(Path.GetFullPath(path));
                }
                else
                {
                    missing.Add(path);
                }
            }

            return result.ToList();
        }

        /// <summary>Reads files and groups them into catalogs; files whose names are not phrase-file names are left out.</summary>
        public static List<LoadedCatalog> Load(IReadOnlyList<string> files, ExchangeSettings settings)
        {
            var raw = new Dictionary<string, ResxFile>(StringComparer.Ordinal);
            var parsed = ImmutableArray.CreateBuilder<ParsedPhraseFile>();
            foreach (string path in files)
            {
                var file = ResxFile.Load(path);
                raw[path] = file;
                parsed.Add(CatalogPipeline.ReadFile(path, file.Text, null, file.Failure));
            }

            var options = settings.ToOptions();
            var result = new List<LoadedCatalog>();
            foreach (var input in CatalogPipeline.Group(parsed.ToImmutable(), options))
            {
                if (input.HintName.Length == 0) continue;
                var arranged = CatalogFiles.Arrange(input, options, new List<PhraseProblem>());
                var mine = input.Files.ToDictionary(f => f.Path, f => raw[f.Path], StringComparer.Ordinal);
                result.Add(new LoadedCatalog(input, arranged, mine));
            }

            return result;
        }
    }
}
