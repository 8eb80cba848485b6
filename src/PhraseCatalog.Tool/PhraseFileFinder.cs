using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PhraseCatalog.Tool
{
    /// <summary>Turns the command line's paths (files or folders) into the phrase files to check.</summary>
    internal static class PhraseFileFinder
    {
        /// <summary>The default when no path is given: the current folder's phrases/, as the README lays a project out.</summary>
        public const string DefaultFolder = "phrases";

        /// <summary>Every .resx file named or found under a named folder (recursively), as full paths, sorted and distinct.</summary>
        public static IReadOnlyList<string> Find(IReadOnlyList<string> paths, string currentDirectory)
        {
            var requested = paths.Count == 0 ? new[] { DefaultFolder } : paths.ToArray();
            var found = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string raw in requested)
            {
                if (string.IsNullOrWhiteSpace(raw)) throw new ToolException("An empty path was given.");
                string full;
                try
                {
                    full = Path.GetFullPath(Path.Combine(currentDirectory, raw));
                }
                catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
                {
                    throw new ToolException($"'{raw}' is not a valid path: {ex.Message}");
                }

                if (File.Exists(full))
                {
                    found.Add(full);
                }
                else if (Directory.Exists(full))
                {
                    try
                    {
                        foreach (string file in Directory.EnumerateFiles(full, "*.resx", SearchOption.AllDirectories)) found.Add(Path.GetFullPath(file));
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        throw new ToolException($"The folder '{raw}' cannot be read: {ex.Message}");
                    }
                }
                else
                {
                    throw new ToolException(paths.Count == 0
                        ? $"No path was given and there is no '{DefaultFolder}' folder here ({currentDirectory}); name the phrase files or folders to check."
                        : $"'{raw}' does not exist.");
                }
            }

            if (found.Count == 0) throw new ToolException("No .resx phrase files were found in " + string.Join(", ", requested.Select(p => "'" + p + "'")) + ".");
            return found.ToList();
        }

        /// <summary>The path as a person reads it in the output: relative to the current folder when under it.</summary>
        public static string Display(string fullPath, string currentDirectory)
        {
            string relative = Path.GetRelativePath(currentDirectory, fullPath);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        }
    }
}
