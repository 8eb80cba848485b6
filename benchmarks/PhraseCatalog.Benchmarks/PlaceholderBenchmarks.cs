using System;
using System.Globalization;
using System.Resources;
using BenchmarkDotNet.Attributes;

namespace PhraseCatalog.Benchmarks;

/// <summary>
/// Issue 2, "Placeholder phrase": Greeting.KnownCustomer (<c>{surname}{title}，您好！…</c>, two
/// placeholders) rendered in zh-Hans, against <see cref="string.Concat(string, string, string)"/> of
/// the same parts (target: within 1.2×, allocating only the result) and against
/// <see cref="string.Format(IFormatProvider, string, object, object)"/> of the same template.
/// </summary>
[MemoryDiagnoser]
public class PlaceholderBenchmarks
{
    private static readonly ResourceManager s_resources = new("PhraseCatalog.Benchmarks.Resources.Strings", typeof(PlaceholderBenchmarks).Assembly);
    private static readonly CultureInfo s_zhHans = CultureInfo.GetCultureInfo("zh-Hans");

    // Fields, not constants, so the JIT cannot fold the concatenation away.
    private string _surname = "王";
    private string _title = "先生";

    [GlobalSetup]
    public void Setup()
    {
        string expected = "王先生" + Texts.KnownCustomerTailZhHans;
        Check(nameof(StringConcat), StringConcat(), expected);
        Check(nameof(PhraseText), PhraseText(), expected);
        Check(nameof(StringFormat), StringFormat(), expected);
        Check(nameof(ResourceManager_Format), ResourceManager_Format(), expected);
    }

    /// <summary>The ideal: the concatenation the generator emits, written by hand.</summary>
    [Benchmark(Baseline = true)]
    public string StringConcat() => string.Concat(_surname, _title, Texts.KnownCustomerTailZhHans);

    /// <summary>The generated method: binds the arguments, resolves the culture, renders.</summary>
    [Benchmark]
    public string PhraseText() => Catalog.Greeting.KnownCustomer(_surname, _title).Text("zh-Hans");

    /// <summary>The same template as a composite format string.</summary>
    [Benchmark]
    public string StringFormat() => string.Format(CultureInfo.InvariantCulture, Texts.KnownCustomerFormatZhHans, _surname, _title);

    /// <summary>The usual resx way: look the format up with ResourceManager, then format it.</summary>
    [Benchmark]
    public string ResourceManager_Format() =>
        string.Format(CultureInfo.InvariantCulture, s_resources.GetString("Greeting.KnownCustomer", s_zhHans)!, _surname, _title);

    private static void Check(string name, string actual, string expected)
    {
        if (!string.Equals(actual, expected, StringComparison.Ordinal)) throw new InvalidOperationException($"{name} returned '{actual}', expected '{expected}'.");
    }
}
