using System;
using System.IO;
using System.Text;
using System.Xml;
using BenchmarkDotNet.Attributes;

namespace PhraseCatalog.Benchmarks;

/// <summary>
/// Issue 12: <c>ToSsml</c> of Greeting.KnownCustomer (two placeholders) in zh-Hans, against the
/// plain <c>Text()</c> of the same message and against building the same SSML document by hand with
/// <see cref="XmlWriter"/> over a <see cref="StringWriter"/>.
/// </summary>
[MemoryDiagnoser]
public class SsmlBenchmarks
{
    private const string SsmlNamespace = "http://www.w3.org/2001/10/synthesis";

    // Fields, not constants, so the JIT cannot fold anything away.
    private string _surname = "王";
    private string _title = "先生";

    [GlobalSetup]
    public void Setup()
    {
        string expected = XmlWriterByHand();
        if (PhraseToSsml() != expected) throw new InvalidOperationException("ToSsml and the hand-built document differ:\n" + PhraseToSsml() + "\n" + expected);
    }

    /// <summary>The plain text of the same message: the floor.</summary>
    [Benchmark(Baseline = true)]
    public string PhraseText() => Catalog.Greeting.KnownCustomer(_surname, _title).Text("zh-Hans");

    /// <summary>The portable SSML document.</summary>
    [Benchmark]
    public string PhraseToSsml() => Catalog.Greeting.KnownCustomer(_surname, _title).ToSsml("zh-Hans");

    /// <summary>The Azure document (adds the voice element).</summary>
    [Benchmark]
    public string PhraseToSsml_Azure() => Catalog.Greeting.KnownCustomer(_surname, _title).ToSsml("zh-Hans", SpeechProfile.Azure);

    /// <summary>The same document written with XmlWriter, the usual way to escape by hand.</summary>
    [Benchmark]
    public string XmlWriterByHand()
    {
        var text = new StringWriter();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            writer.WriteStartElement("speak", SsmlNamespace);
            writer.WriteAttributeString("version", "1.0");
            // Written explicitly so the attribute order (and so the bytes) match ToSsml's.
            writer.WriteAttributeString("xmlns", SsmlNamespace);
            writer.WriteAttributeString("xml", "lang", null, "zh-CN");
            writer.WriteString(Catalog.Greeting.KnownCustomer(_surname, _title).Text("zh-Hans"));
            writer.WriteEndElement();
        }

        return text.ToString();
    }
}
