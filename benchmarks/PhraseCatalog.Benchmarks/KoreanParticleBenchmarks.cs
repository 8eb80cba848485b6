using System;
using BenchmarkDotNet.Attributes;

namespace PhraseCatalog.Benchmarks;

/// <summary>
/// What a particle form (<c>{department|으로/로} 연결해 드리겠습니다.</c>) costs at run time: the
/// concatenation the generator emits, with <see cref="KoreanParticles.Pick(string, KoreanParticle)"/>
/// picking the particle, against the same concatenation with the particle fixed. Picking reads a few
/// characters from the end and must allocate nothing beyond the result.
/// </summary>
[MemoryDiagnoser]
public class KoreanParticleBenchmarks
{
    private const string Tail = " 연결해 드리겠습니다.";

    [Params("고객지원부", "영업팀", "1,000", "ATM", "커피(coffee)")]
    public string Value { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        string picked = Picked();
        if (!picked.StartsWith(Value, StringComparison.Ordinal) || !picked.EndsWith(Tail, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Picked returned '{picked}'.");
        }
    }

    /// <summary>The particle written into the text: the cost floor (and wrong for half the values).</summary>
    [Benchmark(Baseline = true)]
    public string Fixed() => string.Concat(Value, "로", Tail);

    /// <summary>What the generated renderer does.</summary>
    [Benchmark]
    public string Picked() => string.Concat(Value, KoreanParticles.Pick(Value, KoreanParticle.EuroRo), Tail);

    /// <summary>Reading the ending alone.</summary>
    [Benchmark]
    public KoreanEnding Ending() => KoreanParticles.GetEnding(Value);
}
