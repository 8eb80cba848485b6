using System;
using System.IO;

namespace PhraseCatalog.Catalog.Tests;

/// <summary>Paths inside the repository, found from the test's output folder.</summary>
internal static class Repo
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the nearest folder above the test binaries that holds
    /// Directory.Build.props next to a phrases folder (tests/ has a Directory.Build.props of its own).</summary>
    public static string Root => LazyRoot.Value;

    public static string Phrases => Path.Combine(Root, "phrases");

    public static string ScriptTables => Path.Combine(Root, "data", "script-tables");

    public static string TableExceptions => Path.Combine(Root, "tools", "text-tables", "exceptions.tsv");

    public static string CatalogDoc => Path.Combine(Root, "docs", "catalog.md");

    public static string ApprovedFile(string culture) => Path.Combine(Phrases, $"CallCenter.{culture}.resx");

    public static string ForbiddenFile(string culture) => Path.Combine(Phrases, $"CallCenter.Forbidden.{culture}.resx");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))
                && Directory.Exists(Path.Combine(dir.FullName, "phrases")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            "Repository root not found above " + AppContext.BaseDirectory + " (a folder with Directory.Build.props and phrases/).");
    }
}
