using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace PhraseCatalog.Catalog.Tests;

/// <summary>One <c>&lt;data&gt;</c> entry of a phrase file.</summary>
internal sealed record PhraseEntry(string Key, string Value, string Comment, int Line);

/// <summary>A phrase file read with System.Xml.Linq (DTDs prohibited, no resolver).</summary>
internal sealed class PhraseFile
{
    private PhraseFile(string path, XDocument document, IReadOnlyList<PhraseEntry> entries)
    {
        Path = path;
        Document = document;
        Entries = entries;
        ByKey = entries.GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public static readonly string[] Cultures = ["zh-Hans", "zh-Hant", "ko"];

    public string Path { get; }

    public XDocument Document { get; }

    public IReadOnlyList<PhraseEntry> Entries { get; }

    public IReadOnlyDictionary<string, PhraseEntry> ByKey { get; }

    private static readonly Dictionary<string, PhraseFile> Cache = new(StringComparer.Ordinal);

    public static PhraseFile Approved(string culture) => Load(Repo.ApprovedFile(culture));

    public static PhraseFile Forbidden(string culture) => Load(Repo.ForbiddenFile(culture));

    public static PhraseFile Load(string path)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(path, out var file))
            {
                file = Parse(path, File.ReadAllBytes(path));
                Cache[path] = file;
            }

            return file;
        }
    }

    public static PhraseFile Parse(string path, byte[] bytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 4 * 1024 * 1024,
        };
        using var stream = new MemoryStream(bytes);
        using var reader = XmlReader.Create(stream, settings);
        var document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        var entries = new List<PhraseEntry>();
        foreach (var data in document.Root!.Elements("data"))
        {
            var key = (string?)data.Attribute("name") ?? string.Empty;
            var value = data.Element("value")?.Value ?? string.Empty;
            var comment = data.Element("comment")?.Value ?? string.Empty;
            entries.Add(new PhraseEntry(key, value, comment, ((IXmlLineInfo)data).LineNumber));
        }

        return new PhraseFile(path, document, entries);
    }
}
