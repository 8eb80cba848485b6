using System;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PhraseCatalog.Generator.Tests.Infrastructure;

/// <summary>An additional file whose text lives in memory, as the compiler would hand it to the generator.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;
    private readonly Func<CancellationToken, SourceText?>? _read;

    public InMemoryAdditionalText(string path, string content)
    {
        Path = path;
        Content = content;
        _text = SourceText.From(content, Encoding.UTF8);
    }

    /// <summary>A file whose reading is simulated by <paramref name="read"/> (to throw, return null or cancel).</summary>
    public InMemoryAdditionalText(string path, Func<CancellationToken, SourceText?> read)
    {
        Path = path;
        Content = string.Empty;
        _read = read;
    }

    public override string Path { get; }

    public string Content { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) =>
        _read is null ? _text : _read(cancellationToken);
}
