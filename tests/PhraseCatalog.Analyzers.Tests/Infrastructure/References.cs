using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace PhraseCatalog.Analyzers.Tests.Infrastructure;

/// <summary>The .NET 10 reference assemblies (from a package, so nothing is downloaded at test time) and the PhraseCatalog runtime.</summary>
internal static class References
{
    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(Phrase).Assembly.Location);

    public static ImmutableArray<MetadataReference> All { get; } =
        Net100.References.All.Cast<MetadataReference>().ToImmutableArray().Add(Runtime);
}
