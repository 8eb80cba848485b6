using System;
using System.ComponentModel;
using PhraseCatalog.Metadata;

namespace PhraseCatalog.CompilerServices
{
    /// <summary>
    /// Marks the generated class that holds a catalog's texts as constants, so analyzers can read
    /// the approved and forbidden phrases of referenced assemblies from metadata alone.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PhraseCatalogDataAttribute : Attribute
    {
        /// <summary>Points at a catalog's data class.</summary>
        public PhraseCatalogDataAttribute(string catalog, Type dataType, string defaultCulture)
        {
            Catalog = catalog;
            DataType = dataType;
            DefaultCulture = defaultCulture;
        }

        /// <summary>The catalog name.</summary>
        public string Catalog { get; }

        /// <summary>The generated class whose constants hold the texts.</summary>
        public Type DataType { get; }

        /// <summary>The catalog's default culture.</summary>
        public string DefaultCulture { get; }
    }

    /// <summary>Marks a constant as the text of an approved phrase in one culture.</summary>
    [AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class ApprovedPhraseAttribute : Attribute
    {
        /// <summary>Describes an approved text.</summary>
        public ApprovedPhraseAttribute(string key, string culture)
        {
            Key = key;
            Culture = culture;
        }

        /// <summary>The scenario key.</summary>
        public string Key { get; }

        /// <summary>The culture of this text.</summary>
        public string Culture { get; }

        /// <summary>True when the text is a template with <c>{placeholders}</c>.</summary>
        public bool HasPlaceholders { get; set; }
    }

    /// <summary>Marks a constant as a forbidden phrase in one culture.</summary>
    [AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class ForbiddenPhraseAttribute : Attribute
    {
        /// <summary>Describes a forbidden text.</summary>
        public ForbiddenPhraseAttribute(string key, string culture)
        {
            Key = key;
            Culture = culture;
        }

        /// <summary>The rule key.</summary>
        public string Key { get; }

        /// <summary>The culture of this text.</summary>
        public string Culture { get; }

        /// <summary>Approved keys to say instead, separated by commas, or <see langword="null"/>.</summary>
        public string? Instead { get; set; }
    }

    /// <summary>
    /// Registers a catalog's description with its assembly. The generator derives one attribute per
    /// catalog and applies it to the assembly, so <see cref="PhraseCatalogs"/> finds every catalog by
    /// reading assembly attributes: a virtual call, never a reflection invoke.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    [EditorBrowsable(EditorBrowsableState.Never)] // derived by generated catalogs, not by user code
    public abstract class PhraseCatalogRegistrationAttribute : Attribute
    {
        /// <summary>The catalog's description.</summary>
        public abstract CatalogDescription Description { get; }
    }
}
