using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Validation;

namespace PhraseCatalog.Core
{
    /// <summary>
    /// The stages every entry point runs, in one place: read a file → group files into catalogs →
    /// arrange by culture → validate (quality rules) → build the model. The generator calls these
    /// steps one by one inside its incremental pipeline (so each is cached on its own); the tool calls
    /// them through <c>PhraseFileSet</c>. Same code, so the same findings at the same places.
    /// </summary>
    internal static class CatalogPipeline
    {
        /// <summary>
        /// Reads one phrase file. <paramref name="text"/> is null when the host could not load the file;
        /// <paramref name="failure"/> then says why, in words for the person who reads the build log.
        /// </summary>
        public static ParsedPhraseFile ReadFile(string path, string? text, string? ns, string? failure = null, CancellationToken cancellationToken = default)
        {
            ResxReadResult content;
            try
            {
                content = text is null
                    ? Unreadable(path, failure ?? "the compiler could not load it")
                    : ResxReader.Read(path, text, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                content = Unreadable(path, "reading failed: " + ex.Message);
            }

            return WithContent(path, ns, content);
        }

        /// <summary>A phrase file whose content is already read: the name's parts and the entries.</summary>
        public static ParsedPhraseFile WithContent(string path, string? ns, ResxReadResult content)
        {
            var name = PhraseFileName.Parse(Path.GetFileName(path), out var nameError);
            return new ParsedPhraseFile(path, Path.GetDirectoryName(path) ?? string.Empty, name, nameError, ns, content);
        }

        /// <summary>A file that could not be read at all: one PHR0001 at its start.</summary>
        public static ResxReadResult Unreadable(string path, string reason) =>
            new ResxReadResult(EquatableArray<ResxEntry>.Empty, ImmutableArray.Create(PhraseProblem.Create(PhraseRules.Unreadable, SourceSpan.FileStart(path), reason)).ToEquatableArray());

        /// <summary>Groups files into catalogs by folder and catalog name, and gives each a unique hint name.</summary>
        public static ImmutableArray<CatalogInput> Group(ImmutableArray<ParsedPhraseFile> files, GeneratorOptions options)
        {
            var result = ImmutableArray.CreateBuilder<CatalogInput>();
            var groups = files
                .Where(f => f.Name is not null)
                .GroupBy(f => (f.Directory, f.Name!.Catalog))
                .OrderBy(g => g.Key.Catalog, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Directory, StringComparer.Ordinal);

            var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var group in groups)
            {
                var members = group.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();
                string? ns = members.Select(f => f.Namespace).FirstOrDefault(n => n is not null) ?? options.Namespace;
                string fullName = string.IsNullOrEmpty(ns) ? group.Key.Catalog : ns + "." + group.Key.Catalog;
                if (taken.TryGetValue(fullName, out var firstDirectory))
                {
                    // Same class twice: keep the first, report the second so nothing vanishes silently.
                    var problem = PhraseProblem.Create(
                        PhraseRules.InvalidKey,
                        SourceSpan.FileStart(members[0].Path),
                        $"The catalog '{fullName}' is already generated from the phrase files in '{firstDirectory}'; give this folder's catalog another name or its own namespace (PhraseFile metadata PhraseCatalogNamespace)");
                    result.Add(new CatalogInput(group.Key.Catalog, ns, string.Empty, ImmutableArray.Create(members[0] with { Name = null, NameError = problem.Message }).ToEquatableArray()));
                    continue;
                }

                taken.Add(fullName, group.Key.Directory);
                result.Add(new CatalogInput(group.Key.Catalog, ns, fullName + ".g.cs", members.ToEquatableArray()));
            }

            foreach (var file in files.Where(f => f.Name is null).OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                result.Add(new CatalogInput(Path.GetFileName(file.Path), null, string.Empty, ImmutableArray.Create(file).ToEquatableArray()));
            }

            return result.ToImmutable();
        }

        /// <summary>Validates and models one catalog; never throws (but for cancellation).</summary>
        public static CatalogResult Build(CatalogInput input, GeneratorOptions options, CancellationToken cancellationToken = default)
        {
            var problems = new List<PhraseProblem>();
            foreach (var file in input.Files)
            {
                if (file.Name is null && file.NameError is not null)
                {
                    problems.Add(PhraseProblem.Create(PhraseRules.InvalidKey, SourceSpan.FileStart(file.Path), file.NameError));
                }
            }

            string? ns = input.Namespace ?? options.Namespace;
            if (ns is not null && !Identifiers.IsValidNamespace(ns))
            {
                problems.Add(PhraseProblem.Create(PhraseRules.InvalidKey, null, $"The namespace '{ns}' (PhraseCatalogNamespace or RootNamespace) is not a valid C# namespace"));
                return new CatalogResult(null, problems.ToEquatableArray());
            }

            if (input.HintName.Length == 0)
            {
                return new CatalogResult(null, problems.ToEquatableArray());
            }

            try
            {
                return Model(input, options, problems, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                // Never crash a build or a lint run: report the failure where the catalog lives.
                problems.Add(PhraseProblem.Create(PhraseRules.Unreadable, SourceSpan.FileStart(input.Files[0].Path), "PhraseCatalog could not process this catalog (" + ex.GetType().Name + ": " + ex.Message + "); please report this"));
                return new CatalogResult(null, problems.ToEquatableArray());
            }
        }

        /// <summary>
        /// Arrange, validate, build: without the namespace and hint-name checks of <see cref="Build"/>,
        /// for tests and benchmarks that hand in a catalog directly.
        /// </summary>
        public static CatalogResult Model(CatalogInput input, GeneratorOptions options, CancellationToken cancellationToken = default) =>
            Model(input, options, new List<PhraseProblem>(), cancellationToken);

        private static CatalogResult Model(CatalogInput input, GeneratorOptions options, List<PhraseProblem> problems, CancellationToken cancellationToken)
        {
            var files = CatalogFiles.Arrange(input, options, problems);
            CatalogValidator.Validate(files, options, problems, cancellationToken);
            var model = CatalogBuilder.Build(files, options, problems, cancellationToken);
            return new CatalogResult(model, problems.ToEquatableArray());
        }

        /// <summary>From this many findings of one rule in one file, the file's findings are led by a summary.</summary>
        public const int SummaryThreshold = 10;

        /// <summary>
        /// One finding per file and rule that has many (an untranslated zh-TW file has hundreds),
        /// located at the file's start so the build log shows it before them: how many, what the rule
        /// is, the first one's words (which say the fix), and how to adopt the rule later. Every
        /// finding is still reported: a pipeline needs each location.
        /// </summary>
        public static IEnumerable<PhraseProblem> Summaries(EquatableArray<PhraseProblem> problems)
        {
            var groups = new Dictionary<(string Path, string Rule), List<PhraseProblem>>();
            var order = new List<(string Path, string Rule)>();
            foreach (var problem in problems)
            {
                if (problem.Span is null) continue;
                var slot = (problem.Span.Path, problem.RuleId);
                if (!groups.TryGetValue(slot, out var list))
                {
                    list = new List<PhraseProblem>();
                    groups.Add(slot, list);
                    order.Add(slot);
                }

                list.Add(problem);
            }

            foreach (var slot in order.OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Rule, StringComparer.Ordinal))
            {
                var list = groups[slot];
                if (list.Count < SummaryThreshold) continue;
                var first = list[0];
                var rule = first.Rule;
                string message = $"{list.Count} findings of {rule.Id} ({rule.Title}) in {Path.GetFileName(slot.Path)}, each reported at its line; the first, at line {first.Span!.Line}: {first.Message}. "
                    + $"To adopt this rule later, set dotnet_diagnostic.{rule.Id}.severity in a .globalconfig ({rule.HelpLink})";
                yield return new PhraseProblem(rule.Id, SourceSpan.FileStart(slot.Path), message, first.Severity);
            }
        }
    }
}
