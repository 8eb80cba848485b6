using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PhraseCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// What MSBuild would hand the compiler: global <c>build_property.*</c> values, and per additional
/// file the <c>build_metadata.AdditionalFiles.*</c> values the PhraseCatalog targets make visible.
/// Files are looked up by path, so an edited copy of a file keeps its metadata.
/// </summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ImmutableDictionary<string, DictionaryOptions> _files;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> files)
    {
        GlobalOptions = new DictionaryOptions(global);
        var builder = ImmutableDictionary.CreateBuilder<string, DictionaryOptions>(StringComparer.Ordinal);
        foreach (var pair in files) builder[pair.Key] = new DictionaryOptions(pair.Value);
        _files = builder.ToImmutable();
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _files.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values) =>
            _values = values.ToImmutableDictionary(KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
