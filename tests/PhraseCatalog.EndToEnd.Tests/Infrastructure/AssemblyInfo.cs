using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PhraseCatalog.EndToEnd.Tests.Infrastructure;

/// <summary>An assembly's identity, references and attributed types, read from its metadata without loading it.</summary>
public sealed class AssemblyInfo
{
    private readonly Dictionary<string, List<string>> _typesByAttribute;

    private AssemblyInfo(string name, Version version, IReadOnlyList<(string Name, Version Version)> references, Dictionary<string, List<string>> typesByAttribute)
    {
        Name = name;
        Version = version;
        References = references;
        _typesByAttribute = typesByAttribute;
    }

    public string Name { get; }

    public Version Version { get; }

    /// <summary>Referenced assemblies, in metadata order.</summary>
    public IReadOnlyList<(string Name, Version Version)> References { get; }

    /// <summary>Full names of the types that carry the attribute (by its full type name), in metadata order.</summary>
    public IReadOnlyList<string> TypesWithAttribute(string attributeFullName) =>
        _typesByAttribute.TryGetValue(attributeFullName, out var types) ? types : Array.Empty<string>();

    public static AssemblyInfo Read(byte[] image)
    {
        using var pe = new PEReader(ImmutableArray.Create(image));
        var reader = pe.GetMetadataReader();
        var definition = reader.GetAssemblyDefinition();
        var references = reader.AssemblyReferences
            .Select(h => reader.GetAssemblyReference(h))
            .Select(r => (reader.GetString(r.Name), r.Version))
            .ToList();

        var typesByAttribute = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            string typeName = FullName(reader.GetString(type.Namespace), reader.GetString(type.Name));
            foreach (var attributeHandle in type.GetCustomAttributes())
            {
                string? attribute = AttributeTypeName(reader, reader.GetCustomAttribute(attributeHandle));
                if (attribute is null) continue;
                if (!typesByAttribute.TryGetValue(attribute, out var list)) typesByAttribute.Add(attribute, list = new List<string>());
                list.Add(typeName);
            }
        }

        return new AssemblyInfo(reader.GetString(definition.Name), definition.Version, references, typesByAttribute);
    }

    private static string? AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        EntityHandle parent;
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MemberReference:
                parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
                break;
            case HandleKind.MethodDefinition:
                parent = reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
                break;
            default:
                return null;
        }

        switch (parent.Kind)
        {
            case HandleKind.TypeReference:
                var reference = reader.GetTypeReference((TypeReferenceHandle)parent);
                return FullName(reader.GetString(reference.Namespace), reader.GetString(reference.Name));
            case HandleKind.TypeDefinition:
                var definition = reader.GetTypeDefinition((TypeDefinitionHandle)parent);
                return FullName(reader.GetString(definition.Namespace), reader.GetString(definition.Name));
            default:
                return null;
        }
    }

    private static string FullName(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
}
