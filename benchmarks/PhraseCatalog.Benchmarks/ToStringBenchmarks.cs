using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace PhraseCatalog.Benchmarks;

/// <summary>
/// Issue 2, "ToString() under the current UI culture": 0 bytes allocated; report ns. The current UI
/// culture is set for the benchmark thread (and as the default for new threads) in the setup.
/// </summary>
[MemoryDiagnoser]
public class ToStringBenchmarks
{
    private static readonly string s_inboundCallZhHant = Texts.InboundCallZhHant;

    [Params("zh-Hant", "zh-TW")]
    public string UICulture { get; set; } = "zh-Hant";

    [GlobalSetup]
    public void Setup()
    {
        var culture = CultureInfo.GetCultureInfo(UICulture);
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentUICulture = culture;
        if (PhraseToString() != Texts.InboundCallZhHant) throw new InvalidOperationException("ToString() must give the zh-Hant text under " + UICulture + ".");
        if (ImplicitConversion() != Texts.InboundCallZhHant) throw new InvalidOperationException("The conversion to string must give the zh-Hant text under " + UICulture + ".");
    }

    /// <summary>The ideal: a string the JIT can treat as a constant.</summary>
    [Benchmark(Baseline = true)]
    public string StaticReadonlyString() => s_inboundCallZhHant;

    /// <summary>What <see cref="Phrase.ToString"/> must at least pay: reading the current UI culture's name.</summary>
    [Benchmark]
    public string CurrentUICultureName() => CultureInfo.CurrentUICulture.Name;

    [Benchmark]
    public string PhraseToString() => Catalog.Greeting.InboundCall.ToString();

    /// <summary>A phrase used where a string is expected.</summary>
    [Benchmark]
    public string ImplicitConversion()
    {
        string text = Catalog.Greeting.InboundCall;
        return text;
    }
}
