using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace PhraseCatalog.Analyzers.Tests.Infrastructure;

/// <summary>The .NET 10 reference assemblies (from a package, so nothing is downloaded at test time) and the PhraseCatalog runtime.</summary>
internal static class References
{
    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(Phrase).Assembly.Location);

    /// <summary>The .NET 10 reference assemblies alone: a compilation that knows nothing of PhraseCatalog.</summary>
    public static ImmutableArray<MetadataReference> Net100Only { get; } = Net100.References.All.Cast<MetadataReference>().ToImmutableArray();

    public static ImmutableArray<MetadataReference> All { get; } = Net100Only.Add(Runtime);
}
