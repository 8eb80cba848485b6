using System;
using BenchmarkDotNet.Attributes;

namespace PhraseCatalog.Benchmarks;

/// <summary>
/// The culture-resolution path when the same string instance is not asked for every time: a server
/// answering zh-TW and zh-CN callers in turn, and culture names that are equal but distinct string
/// instances (parsed from a request header or a database row, not literals). Each benchmark does two
/// lookups per invocation and reports the cost of one.
/// </summary>
[MemoryDiagnoser]
public class CultureResolutionBenchmarks
{
    private string _zhTW = "zh-TW";
    private string _zhCN = "zh-CN";
    private string _zhTWCopyA = string.Empty;
    private string _zhTWCopyB = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        // Two equal strings that are different objects, like names parsed per request.
        _zhTWCopyA = new string("zh-TW".AsSpan());
        _zhTWCopyB = new string("zh-TW".AsSpan());
        if (ReferenceEquals(_zhTWCopyA, _zhTWCopyB)) throw new InvalidOperationException("The copies must be distinct objects.");
        if (Catalog.Greeting.InboundCall.Text(_zhTWCopyA) != Texts.InboundCallZhHant) throw new InvalidOperationException("zh-TW must resolve to zh-Hant.");
        if (Catalog.Greeting.InboundCall.Text(_zhCN) != Texts.InboundCallZhHans) throw new InvalidOperationException("zh-CN must resolve to zh-Hans.");
    }

    /// <summary>The same name twice: the steady state of a single-culture app.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 2)]
    public int SameName()
    {
        var phrase = Catalog.Greeting.InboundCall;
        return phrase.Text(_zhTW).Length + phrase.Text(_zhTW).Length;
    }

    /// <summary>zh-TW, then zh-CN: two cultures served in turn.</summary>
    [Benchmark(OperationsPerInvoke = 2)]
    public int AlternatingCultures()
    {
        var phrase = Catalog.Greeting.InboundCall;
        return phrase.Text(_zhTW).Length + phrase.Text(_zhCN).Length;
    }

    /// <summary>zh-TW twice, but from two distinct string instances.</summary>
    [Benchmark(OperationsPerInvoke = 2)]
    public int EqualNamesDistinctInstances()
    {
        var phrase = Catalog.Greeting.InboundCall;
        return phrase.Text(_zhTWCopyA).Length + phrase.Text(_zhTWCopyB).Length;
    }
}
