using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PhraseCatalog.Core;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Reading;
using PhraseCatalog.Core.Validation;
using PhraseCatalog.Core.Validation.Quality;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Benchmarks;

/// <summary>
/// Issue 4, "all rules on the 10,000-key synthetic catalog": the nine quality rules (PHR0009–PHR0017)
/// over the three phrase files of <see cref="SyntheticCatalog"/>, already read, against the whole
/// model build (which runs them too) so their share of a catalog build can be read off.
/// </summary>
[MemoryDiagnoser]
public class QualityRuleBenchmarks
{
    private QualityInput _input = null!;
    private CatalogInput _catalog = null!;
    private GeneratorOptions _options = null!;

    [Params(1_000, 10_000)]
    public int Keys { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = new List<ParsedPhraseFile>();
        for (int c = 0; c < SyntheticCatalog.Cultures.Length; c++)
        {
            string path = "/bench/phrases/Synthetic." + SyntheticCatalog.Cultures[c] + ".resx";
            var name = PhraseFileName.Parse(System.IO.Path.GetFileName(path), out var error);
            files.Add(new ParsedPhraseFile(path, "/bench/phrases", name, error, null, ResxReader.Read(path, SyntheticCatalog.Resx(Keys, c))));
        }

        _catalog = new CatalogInput("Synthetic", "Bench", "Bench.Synthetic.g.cs", files.ToEquatableArray());
        _options = GeneratorOptions.Default with { Namespace = "Bench" };
        _input = new QualityInput(
            "Synthetic",
            "zh-Hans",
            files.Select(f => new CultureFile(f.Name!.Culture!, f)).ToList(),
            Array.Empty<CultureFile>(),
            Array.Empty<string>());

        // A clean catalog, or the benchmark would time the reporting of findings.
        var problems = new List<PhraseProblem>();
        QualityChecks.Run(_input, problems);
        if (problems.Count > 0) throw new InvalidOperationException("The synthetic catalog has findings: " + string.Join("; ", problems.Take(5)));
    }

    /// <summary>All nine quality rules.</summary>
    [Benchmark]
    public int QualityRules()
    {
        var problems = new List<PhraseProblem>();
        QualityChecks.Run(_input, problems);
        return problems.Count;
    }

    /// <summary>The whole model build of the catalog (structure, placeholders and the quality rules).</summary>
    [Benchmark(Baseline = true)]
    public int BuildModel() => CatalogPipeline.Model(_catalog, _options).Problems.Count;
}
