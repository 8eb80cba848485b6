using System.Collections.Generic;
using System.Text;

namespace PhraseCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// A phrase file as a project would list it: <c>&lt;PhraseFile Include="Path" PhraseCatalogNamespace="…" /&gt;</c>.
/// <paramref name="IsPhraseFile"/> false makes it a plain <c>AdditionalFiles</c> item the generator must ignore.
/// </summary>
internal sealed record PhraseFile(string Path, string Content, string? Namespace = null, bool IsPhraseFile = true, string? TextKind = null)
{
    /// <summary>Phrase files live under this folder unless a test says otherwise (an absolute path, as MSBuild passes it).</summary>
    public const string Root = "/src/App/Phrases/";

    public static PhraseFile Of(string fileName, string content, string? ns = null) => new(Root + fileName, content, ns);

    public static PhraseFile Of(string fileName, params Entry[] entries) => new(Root + fileName, Resx.Of(entries));
}

/// <summary>One <c>&lt;data&gt;</c> entry.</summary>
internal sealed record Entry(string Key, string Value, string? Comment = null)
{
    public static implicit operator Entry((string Key, string Value) pair) => new(pair.Key, pair.Value);
}

/// <summary>Writes .resx text the way Visual Studio and ResXManager do, XML-escaping keys, values and comments.</summary>
internal static class Resx
{
    public const string Header =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" +
        "<root>\n" +
        "  <resheader name=\"resmimetype\">\n" +
        "    <value>text/microsoft-resx</value>\n" +
        "  </resheader>\n";

    public static string Of(params Entry[] entries) => Of((IEnumerable<Entry>)entries);

    public static string Of(IEnumerable<Entry> entries)
    {
        var builder = new StringBuilder(Header);
        foreach (var entry in entries)
        {
            builder.Append("  <data name=\"").Append(Escape(entry.Key)).Append("\" xml:space=\"preserve\">\n");
            builder.Append("    <value>").Append(Escape(entry.Value)).Append("</value>\n");
            if (entry.Comment is not null) builder.Append("    <comment>").Append(Escape(entry.Comment)).Append("</comment>\n");
            builder.Append("  </data>\n");
        }

        return builder.Append("</root>\n").ToString();
    }

    /// <summary>XML text escaping; '\r' is written as a character reference so it survives XML's line-end normalisation.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\r': builder.Append("&#xD;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
