using System;
using System.Collections.Generic;
using System.Reflection;
using PhraseCatalog.CompilerServices;

namespace PhraseCatalog.Metadata
{
    /// <summary>
    /// The generated catalogs of an app. Each generated catalog registers itself with an assembly
    /// attribute derived from <see cref="PhraseCatalogRegistrationAttribute"/>; <see cref="All"/> reads
    /// those attributes from the loaded assemblies and from those the entry assembly references
    /// (transitively, loading them), once. Nothing is invoked by reflection: the attribute hands
    /// over the generated description, so this works trimmed and under native AOT. Catalogs can
    /// also be given directly (<c>CallCenter.PhraseData.Description</c>), which needs no look-up at all.
    /// </summary>
    public static class PhraseCatalogs
    {
        private static readonly object Gate = new object();
        private static CatalogDescription[]? s_all;

        /// <summary>The standard catalog shipped in this package, <c>PhraseCatalog.Standard.CallCenter</c>.</summary>
        public static CatalogDescription Standard => PhraseCatalog.Standard.CallCenter.PhraseData.Description;

        /// <summary>Every catalog found in the app, the standard one included, ordered by type name.</summary>
        public static IReadOnlyList<CatalogDescription> All
        {
            get
            {
                var all = s_all;
                if (all is not null) return all;
                lock (Gate)
                {
                    return s_all ??= Discover();
                }
            }
        }

        /// <summary>The catalogs registered in one assembly.</summary>
        public static IReadOnlyList<CatalogDescription> In(Assembly assembly)
        {
            if (assembly is null) throw new ArgumentNullException(nameof(assembly));
            var result = new List<CatalogDescription>();
            foreach (var attribute in assembly.GetCustomAttributes(typeof(PhraseCatalogRegistrationAttribute), false))
            {
                result.Add(((PhraseCatalogRegistrationAttribute)attribute).Description);
            }

            return result;
        }

        /// <summary>The catalog whose generated class has this full name (<c>PhraseCatalog.Standard.CallCenter</c>), optionally in the named assembly; <see langword="null"/> when there is none.</summary>
        public static CatalogDescription? Find(string typeName, string? assemblyName = null)
        {
            foreach (var catalog in All)
            {
                if (string.Equals(catalog.TypeName, typeName, StringComparison.Ordinal)
                    && (string.IsNullOrEmpty(assemblyName) || string.Equals(catalog.AssemblyName, assemblyName, StringComparison.OrdinalIgnoreCase)))
                {
                    return catalog;
                }
            }

            return null;
        }

#if NET5_0_OR_GREATER
        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage(
            "Trimming",
            "IL2026:RequiresUnreferencedCode",
            Justification = "Only assembly attributes are read. A reference that trimming removed cannot be loaded and is skipped; it held nothing the app uses, since trimming keeps every assembly whose catalog the app touches.")]
#endif
        private static CatalogDescription[] Discover()
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var pending = new Queue<Assembly>();
            var found = new Dictionary<Type, CatalogDescription>();
            foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies()) Enqueue(assembly);
            if (Assembly.GetEntryAssembly() is { } entry) Enqueue(entry);
            Enqueue(typeof(PhraseCatalogs).Assembly);

            while (pending.Count > 0)
            {
                var assembly = pending.Dequeue();
                foreach (var catalog in In(assembly)) found[catalog.MarkerType] = catalog;
                AssemblyName[] references;
                try
                {
                    references = assembly.GetReferencedAssemblies();
                }
                catch (NotSupportedException)
                {
                    continue;
                }

                foreach (var reference in references)
                {
                    // The framework holds no catalogs: skip it without loading anything.
                    if (reference.Name is null || IsFramework(reference.Name) || seen.Contains(reference.Name)) continue;
                    try
                    {
                        Enqueue(Assembly.Load(reference));
                    }
                    catch (Exception e) when (e is System.IO.FileNotFoundException || e is System.IO.FileLoadException || e is BadImageFormatException)
                    {
                        // A reference that is not deployed (compile-time only) cannot hold a catalog the app uses.
                        seen.Add(reference.Name);
                    }
                }
            }

            var result = new List<CatalogDescription>(found.Values);
            result.Sort((a, b) => string.CompareOrdinal(a.TypeName + "," + a.AssemblyName, b.TypeName + "," + b.AssemblyName));
            return result.ToArray();

            void Enqueue(Assembly assembly)
            {
                string? name = assembly.GetName().Name;
                if (name is null || IsFramework(name) || assembly.IsDynamic || !seen.Add(name)) return;
                pending.Enqueue(assembly);
            }
        }

        private static bool IsFramework(string name) =>
            name.StartsWith("System.", StringComparison.Ordinal) || name == "System" || name == "mscorlib" || name == "netstandard"
            || name.StartsWith("Microsoft.", StringComparison.Ordinal) || name == "WindowsBase";
    }
}
