using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PhraseCatalog.Core;

namespace PhraseCatalog.Tests.Architecture
{
    /// <summary>
    /// The core's layers, as ARCHITECTURE.md draws them: Problems and Common at the bottom, then
    /// Reading, Model, Validation, Exchange (XLIFF), and the pipeline on top. A layer may use only the layers below it,
    /// so the model can never call the rules again (the old cycle) and nothing in the core knows Roslyn.
    /// </summary>
    public class LayeringTests
    {
        private static readonly string[] Order = { "Common", "Problems", "Reading", "Model", "Validation", "Exchange" };

        [Fact]
        public void The_core_assembly_references_no_Roslyn_assembly()
        {
            var references = typeof(CatalogPipeline).Assembly.GetReferencedAssemblies().Select(r => r.Name!).ToList();
            Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
            Assert.Contains("netstandard", references);
        }

        [Fact]
        public void Each_layer_of_the_core_uses_only_the_layers_below_it()
        {
            string root = Path.Combine(RepoRoot(), "src", "PhraseCatalog.Core");
            var files = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .ToList();
            Assert.NotEmpty(files);
            var violations = new System.Collections.Generic.List<string>();
            foreach (string file in files)
            {
                string text = File.ReadAllText(file);
                Assert.DoesNotContain("Microsoft.CodeAnalysis", text, StringComparison.Ordinal);
                var ns = Regex.Match(text, @"^namespace\s+PhraseCatalog\.Core(?:\.(\w+))?", RegexOptions.Multiline);
                if (!ns.Success)
                {
                    // Only the compiler's own polyfills may stand outside the core's namespaces.
                    Assert.Matches(@"^namespace\s+System\.", Regex.Match(text, @"^namespace\s+\S+", RegexOptions.Multiline).Value);
                    continue;
                }

                int own = ns.Groups[1].Success ? Array.IndexOf(Order, ns.Groups[1].Value) : Order.Length; // the pipeline sits on top
                foreach (Match used in Regex.Matches(text, @"PhraseCatalog\.Core\.(\w+)"))
                {
                    int layer = Array.IndexOf(Order, used.Groups[1].Value);
                    if (layer > own) violations.Add(Path.GetRelativePath(root, file) + " uses " + used.Value);
                }
            }

            Assert.True(violations.Count == 0, string.Join("\n", violations));
        }

        private static string RepoRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PhraseCatalog.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("PhraseCatalog.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
