using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PhraseCatalog.Core;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Generator.Emit;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Core.Problems;

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
                .SelectMany((pair, _) => CatalogPipeline.Group(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Catalogs);

            var results = catalogs
                .Combine(options)
                .Select((pair, cancellationToken) => CatalogPipeline.Build(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.CatalogModels);

            context.RegisterSourceOutput(results, static (spc, result) => Produce(spc, result));

            // Project settings are reported once per build, not once per catalog (they have no file).
            var settingProblems = options
                .Select((o, _) => o.SettingProblems)
                .WithTrackingName(TrackingNames.SettingProblems);
            context.RegisterSourceOutput(settingProblems, static (spc, problems) =>
            {
                foreach (var problem in problems) spc.ReportDiagnostic(Diagnostics.ToDiagnostic(problem));
            });
        }

        private static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
        {
            string? ns = null;
            if (global.TryGetValue(BuildOptions.NamespaceProperty, out var configured) && !string.IsNullOrWhiteSpace(configured)) ns = configured.Trim();
            else if (global.TryGetValue(BuildOptions.RootNamespaceProperty, out var root) && !string.IsNullOrWhiteSpace(root)) ns = root.Trim();

            string culture = GeneratorOptions.DefaultDefaultCulture;
            bool cultureSet = global.TryGetValue(BuildOptions.DefaultCultureProperty, out var c) && !string.IsNullOrWhiteSpace(c);
            if (cultureSet) culture = c!.Trim();
            string? neutral = global.TryGetValue(BuildOptions.NeutralLanguageProperty, out var n) && !string.IsNullOrWhiteSpace(n) ? n.Trim() : null;
            var declared = EquatableArray<string>.Empty;
            // The targets' comma list first; the raw property for hosts that hand options in directly.
            if ((global.TryGetValue(BuildOptions.CultureListProperty, out var list) && !string.IsNullOrWhiteSpace(list))
                || (global.TryGetValue(BuildOptions.CulturesProperty, out list) && !string.IsNullOrWhiteSpace(list)))
            {
                declared = list.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(c => c.Trim())
                    .Where(c => c.Length > 0)
                    .ToImmutableArray()
                    .ToEquatableArray();
            }

            var settingProblems = new List<PhraseProblem>();
            var kind = BuildSettings.ReadTextKind(global.TryGetValue(BuildOptions.TextKindProperty, out var k) ? k : null, settingProblems);
            bool taiwan = BuildSettings.ReadBoolean(BuildSettings.TaiwanStandardProperty, global.TryGetValue(BuildOptions.TaiwanStandardProperty, out var tw) ? tw : null, settingProblems);
            return new GeneratorOptions(ns, culture, true)
            {
                DeclaredCultures = declared,
                TaiwanStandard = taiwan,
                DefaultCultureSet = cultureSet,
                NeutralLanguage = neutral,
                TextKind = kind,
                SettingProblems = settingProblems.ToEquatableArray(),
            };
        }

        private static ParsedPhraseFile? ReadFile(AdditionalText text, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
        {
            var fileOptions = provider.GetOptions(text);
            if (!fileOptions.TryGetValue(BuildOptions.PhraseFileMetadata, out var marked) || !string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            string? ns = fileOptions.TryGetValue(BuildOptions.NamespaceMetadata, out var n) && !string.IsNullOrWhiteSpace(n) ? n.Trim() : null;
            string? content = null;
            string? failure = null;
            try
            {
                content = text.GetText(cancellationToken)?.ToString();
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                failure = "reading failed: " + ex.Message;
            }

            var parsed = CatalogPipeline.ReadFile(text.Path, content, ns, failure, cancellationToken);
            return BuildSettings.WithTextKind(parsed, fileOptions.TryGetValue(BuildOptions.TextKindMetadata, out var kind) ? kind : null);
        }

        private static void Produce(SourceProductionContext context, CatalogResult result)
        {
            foreach (var summary in CatalogPipeline.Summaries(result.Problems))
            {
                context.ReportDiagnostic(Diagnostics.ToDiagnostic(summary));
            }

            foreach (var problem in result.Problems)
            {
                context.ReportDiagnostic(Diagnostics.ToDiagnostic(problem));
            }

            if (result.Model is null) return;
            context.AddSource(result.Model.HintName, CatalogEmitter.Emit(result.Model, context.CancellationToken));
        }
    }
}
