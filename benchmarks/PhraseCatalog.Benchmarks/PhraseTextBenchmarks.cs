using System;
using System.Globalization;
using System.Resources;
using BenchmarkDotNet.Attributes;

namespace PhraseCatalog.Benchmarks;

/// <summary>
/// Issue 2, "Phrase text in a fixed culture": a generated phrase's text against the ideal (a
/// <c>static readonly string</c>) and against <see cref="ResourceManager.GetString(string, CultureInfo)"/>
/// on an equivalent embedded resx (Resources/Strings.resx, neutral zh-Hans, with a zh-Hant satellite
/// assembly). Targets: within 1.5× of the static string, 0 bytes; at least 20× faster than ResourceManager.
/// </summary>
[MemoryDiagnoser]
public class PhraseTextBenchmarks
{
    private static readonly string s_inboundCallZhHant = Texts.InboundCallZhHant;
    private static readonly ResourceManager s_resources = new("PhraseCatalog.Benchmarks.Resources.Strings", typeof(PhraseTextBenchmarks).Assembly);
    private static readonly CultureInfo s_zhHant = CultureInfo.GetCultureInfo("zh-Hant");
    private static readonly CultureInfo s_zhTW = CultureInfo.GetCultureInfo("zh-TW");

    [GlobalSetup]
    public void Setup()
    {
        // Every contestant must return the same text, or the comparison means nothing.
        Check(nameof(PhraseText), PhraseText());
        Check(nameof(PhraseText_CultureInfo), PhraseText_CultureInfo());
        Check(nameof(PhraseText_ZhTW), PhraseText_ZhTW());
        Check(nameof(PhraseText_CultureInfoZhTW), PhraseText_CultureInfoZhTW());
        Check(nameof(ResourceManager_GetString), ResourceManager_GetString());
        Check(nameof(ResourceManager_GetString_ZhTW), ResourceManager_GetString_ZhTW());
    }

    /// <summary>The ideal: a string the JIT can treat as a constant.</summary>
    [Benchmark(Baseline = true)]
    public string StaticReadonlyString() => s_inboundCallZhHant;

    /// <summary>The generated API with a culture name that is a catalog culture.</summary>
    [Benchmark]
    public string PhraseText() => Catalog.Greeting.InboundCall.Text("zh-Hant");

    /// <summary>The same through the <see cref="CultureInfo"/> overload.</summary>
    [Benchmark]
    public string PhraseText_CultureInfo() => Catalog.Greeting.InboundCall.Text(s_zhHant);

    /// <summary>A culture name that resolves to zh-Hant (zh-TW), asked for repeatedly.</summary>
    [Benchmark]
    public string PhraseText_ZhTW() => Catalog.Greeting.InboundCall.Text("zh-TW");

    /// <summary>zh-TW through the <see cref="CultureInfo"/> overload.</summary>
    [Benchmark]
    public string PhraseText_CultureInfoZhTW() => Catalog.Greeting.InboundCall.Text(s_zhTW);

    /// <summary>The same text from the equivalent embedded resx through ResourceManager (satellite zh-Hant).</summary>
    [Benchmark]
    public string? ResourceManager_GetString() => s_resources.GetString("Greeting.InboundCall", s_zhHant);

    /// <summary>ResourceManager with zh-TW, which its own fallback chain (zh-TW → zh-Hant → neutral) resolves.</summary>
    [Benchmark]
    public string? ResourceManager_GetString_ZhTW() => s_resources.GetString("Greeting.InboundCall", s_zhTW);

    private static void Check(string name, string? actual)
    {
        if (!string.Equals(actual, Texts.InboundCallZhHant, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{name} returned '{actual}', expected the zh-Hant text '{Texts.InboundCallZhHant}'.");
        }
    }
}
