using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PhraseCatalog.Generator.Common;
using PhraseCatalog.Generator.Emit;
using PhraseCatalog.Generator.Model;
using PhraseCatalog.Generator.Reading;
using PhraseCatalog.Generator.Validation;

namespace PhraseCatalog.Generator.Pipeline
{
    /// <summary>
    /// Turns the <c>PhraseFile</c> items of a project into one typed catalog class per catalog.
    /// Pipeline: read each file (cached per file) → group by catalog → build and validate the
    /// model (cached per catalog) → emit. Only small equatable records flow between the steps;
    /// no Compilation, symbol, syntax node or Location, so editing code never re-runs them.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class PhraseCatalogGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider
                .Select((provider, _) => ReadOptions(provider.GlobalOptions))
                .Combine(context.ParseOptionsProvider.Select((parse, _) => parse is CSharpParseOptions cs && cs.LanguageVersion >= LanguageVersion.CSharp8))
                .Select((pair, _) => pair.Left with { EmitNullable = pair.Right })
                .WithTrackingName(TrackingNames.Options);

            var files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, cancellationToken) => ReadFile(pair.Left, pair.Right, cancellationToken))
                .Where(file => file is not null)
                .Select((file, _) => file!)
                .WithTrackingName(TrackingNames.PhraseFiles);

            var catalogs = files
                .Collect()
                .Combine(options)
                .SelectMany((pair, _) => Group(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Catalogs);

            var results = catalogs
                .Combine(options)
                .Select((pair, cancellationToken) => Build(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.CatalogModels);

            context.RegisterSourceOutput(results, static (spc, result) => Produce(spc, result));
        }

        private static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
        {
            string? ns = null;
            if (global.TryGetValue(BuildOptions.NamespaceProperty, out var configured) && !string.IsNullOrWhiteSpace(configured)) ns = configured.Trim();
            else if (global.TryGetValue(BuildOptions.RootNamespaceProperty, out var root) && !string.IsNullOrWhiteSpace(root)) ns = root.Trim();

            string culture = GeneratorOptions.DefaultDefaultCulture;
            if (global.TryGetValue(BuildOptions.DefaultCultureProperty, out var c) && !string.IsNullOrWhiteSpace(c)) culture = c.Trim();
            var declared = EquatableArray<string>.Empty;
            if (global.TryGetValue(BuildOptions.CulturesProperty, out var list) && !string.IsNullOrWhiteSpace(list))
            {
                declared = list.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(c => c.Trim())
                    .Where(c => c.Length > 0)
                    .ToImmutableArray()
                    .ToEquatableArray();
            }

            bool taiwan = global.TryGetValue(BuildOptions.TaiwanStandardProperty, out var tw) && string.Equals(tw?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            return new GeneratorOptions(ns, culture, true) { DeclaredCultures = declared, TaiwanStandard = taiwan };
        }

        private static ParsedPhraseFile? ReadFile(AdditionalText text, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
        {
            var fileOptions = provider.GetOptions(text);
            if (!fileOptions.TryGetValue(BuildOptions.PhraseFileMetadata, out var marked) || !string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            string? ns = fileOptions.TryGetValue(BuildOptions.NamespaceMetadata, out var n) && !string.IsNullOrWhiteSpace(n) ? n.Trim() : null;
            string path = text.Path;
            string fileName = Path.GetFileName(path);
            string directory = Path.GetDirectoryName(path) ?? string.Empty;
            var name = PhraseFileName.Parse(fileName, out var nameError);

            ResxReadResult content;
            try
            {
                var source = text.GetText(cancellationToken);
                content = source is null
                    ? Unreadable(path, "the compiler could not load it")
                    : ResxReader.Read(path, source.ToString(), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                content = Unreadable(path, "reading failed: " + ex.Message);
            }

            return new ParsedPhraseFile(path, directory, name, nameError, ns, content);
        }

        private static ResxReadResult Unreadable(string path, string reason) =>
            new ResxReadResult(EquatableArray<ResxEntry>.Empty, ImmutableArray.Create(PhraseProblem.Create(PhraseRules.Unreadable, SourceSpan.FileStart(path), reason)).ToEquatableArray());

        /// <summary>Groups files into catalogs by folder and catalog name, and gives each a unique hint name.</summary>
        internal static ImmutableArray<CatalogInput> Group(ImmutableArray<ParsedPhraseFile> files, GeneratorOptions options)
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

        internal static CatalogResult Build(CatalogInput input, GeneratorOptions options, CancellationToken cancellationToken)
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
                var built = CatalogBuilder.Build(input, options, cancellationToken);
                problems.AddRange(built.Problems);
                return new CatalogResult(built.Model, problems.ToEquatableArray());
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                // Never crash the build: report the failure where the catalog lives.
                problems.Add(PhraseProblem.Create(PhraseRules.Unreadable, SourceSpan.FileStart(input.Files[0].Path), "PhraseCatalog could not process this catalog (" + ex.GetType().Name + ": " + ex.Message + "); please report this"));
                return new CatalogResult(null, problems.ToEquatableArray());
            }
        }

        private static void Produce(SourceProductionContext context, CatalogResult result)
        {
            foreach (var problem in result.Problems)
            {
                context.ReportDiagnostic(Diagnostics.ToDiagnostic(problem));
            }

            if (result.Model is null) return;
            context.AddSource(result.Model.HintName, CatalogEmitter.Emit(result.Model, context.CancellationToken));
        }
    }
}
