using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PhraseCatalog.Generator.Analyzers
{
    /// <summary>One approved text: a phrase's text in one culture.</summary>
    internal sealed class ApprovedText
    {
        public ApprovedText(CatalogInfo catalog, string key, string culture, string text, bool hasPlaceholders)
        {
            Catalog = catalog;
            Key = key;
            Culture = culture;
            Text = text;
            HasPlaceholders = hasPlaceholders;
        }

        public CatalogInfo Catalog { get; }

        public string Key { get; }

        public string Culture { get; }

        public string Text { get; }

        public bool HasPlaceholders { get; }

        /// <summary>The typed member, e.g. <c>global::Contoso.App.CallCenter.Greeting.InboundCall</c>.</summary>
        /// <remarks>Named as the generator names it: one-part keys on the catalog class, other keys mapped (KeyNames).</remarks>
        public string Member => Catalog.TypeName + "." + string.Join(".", PhraseCatalog.Core.Model.KeyNames.ToPath(Key).Select(Identifier));

        /// <summary>A short name for messages: <c>CallCenter.Greeting.InboundCall</c>.</summary>
        public string DisplayName => Catalog.Name + "." + Key;

        private static string Identifier(string part) => SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None ? "@" + part : part;
    }

    /// <summary>One forbidden text of a catalog.</summary>
    internal sealed class ForbiddenText
    {
        public ForbiddenText(CatalogInfo catalog, string key, string culture, string text, string? instead)
        {
            Catalog = catalog;
            Key = key;
            Culture = culture;
            Text = text;
            Instead = instead;
        }

        public CatalogInfo Catalog { get; }

        public string Key { get; }

        public string Culture { get; }

        public string Text { get; }

        /// <summary>Approved keys to say instead, comma-separated, or null.</summary>
        public string? Instead { get; }
    }

    /// <summary>A catalog found through its <c>PhraseCatalogData</c> attribute.</summary>
    internal sealed class CatalogInfo
    {
        public CatalogInfo(string name, string typeName, string defaultCulture, bool isStandard, string assemblyName)
        {
            Name = name;
            TypeName = typeName;
            DefaultCulture = defaultCulture;
            IsStandard = isStandard;
            AssemblyName = assemblyName;
        }

        public string Name { get; }

        /// <summary>Fully qualified with <c>global::</c>.</summary>
        public string TypeName { get; }

        public string DefaultCulture { get; }

        /// <summary>True for the standard catalog compiled into the PhraseCatalog runtime library.</summary>
        public bool IsStandard { get; }

        public string AssemblyName { get; }

        public List<ApprovedText> Approved { get; } = new List<ApprovedText>();

        public List<ForbiddenText> Forbidden { get; } = new List<ForbiddenText>();

        /// <summary>The cultures the catalog has approved texts in, ordinal order.</summary>
        public IReadOnlyList<string> Cultures => _cultures ??= Approved.Select(a => a.Culture).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToList();

        private IReadOnlyList<string>? _cultures;
    }

    /// <summary>
    /// Reads catalogs from the metadata the generator emits: the assembly-level
    /// <c>[PhraseCatalogData(catalog, typeof(X.PhraseData), defaultCulture)]</c> and the
    /// <c>[ApprovedPhrase]</c> / <c>[ForbiddenPhrase]</c> constants of the data class. Works the same
    /// for the compilation's own (generated) catalogs and for referenced assemblies; a referenced
    /// assembly's catalogs are read once and shared by every compilation that sees the same symbol.
    /// </summary>
    internal static class CatalogReader
    {
        public const string RuntimeAssemblyName = "PhraseCatalog";
        // The catalog data attributes live with the rest of the generated-code plumbing.
        private const string AttributeNamespace = PhraseCatalog.Generator.Emit.RuntimeNames.CompilerServicesNamespace;

        private static readonly ConditionalWeakTable<IAssemblySymbol, IReadOnlyList<CatalogInfo>> ReferencedCache = new ConditionalWeakTable<IAssemblySymbol, IReadOnlyList<CatalogInfo>>();

        public static List<CatalogInfo> ReadAll(Compilation compilation, CancellationToken cancellationToken)
        {
            var result = new List<CatalogInfo>();
            result.AddRange(Read(compilation.Assembly, cancellationToken));
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!MayHaveCatalogs(assembly)) continue;
                result.AddRange(ReferencedCache.GetValue(assembly, a => Read(a, CancellationToken.None)));
            }

            return result;
        }

        /// <summary>Only the runtime and assemblies that reference it can carry catalogs: skip the rest without decoding their attributes.</summary>
        private static bool MayHaveCatalogs(IAssemblySymbol assembly)
        {
            if (assembly.Name == RuntimeAssemblyName) return true;
            foreach (var module in assembly.Modules)
            {
                foreach (var reference in module.ReferencedAssemblies)
                {
                    if (reference.Name == RuntimeAssemblyName) return true;
                }
            }

            return false;
        }

        private static IReadOnlyList<CatalogInfo> Read(IAssemblySymbol assembly, CancellationToken cancellationToken)
        {
            List<CatalogInfo>? result = null;
            foreach (var attribute in assembly.GetAttributes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!IsMetadataAttribute(attribute.AttributeClass, "PhraseCatalogDataAttribute")) continue;
                var args = attribute.ConstructorArguments;
                if (args.Length != 3
                    || args[0].Value is not string name
                    || args[1].Value is not INamedTypeSymbol dataType
                    || args[2].Value is not string defaultCulture)
                {
                    continue;
                }

                var catalogType = dataType.ContainingType;
                string typeName = catalogType is null
                    ? "global::" + name
                    : catalogType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                var catalog = new CatalogInfo(name, typeName, defaultCulture, assembly.Name == RuntimeAssemblyName, assembly.Name);
                foreach (var member in dataType.GetMembers())
                {
                    if (member is not IFieldSymbol { IsConst: true, ConstantValue: string text } field) continue;
                    foreach (var fieldAttribute in field.GetAttributes())
                    {
                        if (IsMetadataAttribute(fieldAttribute.AttributeClass, "ApprovedPhraseAttribute") && Strings(fieldAttribute, out var key, out var culture))
                        {
                            bool placeholders = fieldAttribute.NamedArguments.Any(n => n.Key == "HasPlaceholders" && n.Value.Value is true);
                            catalog.Approved.Add(new ApprovedText(catalog, key, culture, text, placeholders));
                        }
                        else if (IsMetadataAttribute(fieldAttribute.AttributeClass, "ForbiddenPhraseAttribute") && Strings(fieldAttribute, out key, out culture))
                        {
                            string? instead = fieldAttribute.NamedArguments.Where(n => n.Key == "Instead").Select(n => n.Value.Value as string).FirstOrDefault();
                            catalog.Forbidden.Add(new ForbiddenText(catalog, key, culture, text, string.IsNullOrWhiteSpace(instead) ? null : instead));
                        }
                    }
                }

                (result ??= new List<CatalogInfo>()).Add(catalog);
            }

            return (IReadOnlyList<CatalogInfo>?)result ?? Array.Empty<CatalogInfo>();
        }

        private static bool Strings(AttributeData attribute, out string key, out string culture)
        {
            key = culture = string.Empty;
            var args = attribute.ConstructorArguments;
            if (args.Length != 2 || args[0].Value is not string k || args[1].Value is not string c) return false;
            key = k;
            culture = c;
            return true;
        }

        private static bool IsMetadataAttribute(INamedTypeSymbol? type, string name) =>
            type is not null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == AttributeNamespace;
    }
}
