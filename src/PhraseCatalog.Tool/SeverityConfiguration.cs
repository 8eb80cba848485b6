using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PhraseCatalog.Core;

namespace PhraseCatalog.Tool
{
    /// <summary>What a configuration file says of one rule.</summary>
    internal enum ConfiguredSeverity
    {
        /// <summary>Hidden (none, silent): the build reports nothing, and neither does the tool.</summary>
        Suppressed,
        Info,
        Warning,
        Error,
    }

    /// <summary>
    /// Rule severities from global analyzer config files, read the way the compiler reads them for
    /// phrase-file diagnostics: <c>dotnet_diagnostic.PHRxxxx.severity</c> at the top of a
    /// <c>.globalconfig</c> (or of any config with <c>is_global = true</c>). The build finds
    /// <c>.globalconfig</c> files in the folders above its sources; the tool looks in the folders above
    /// the phrase files (or reads only the files given with <c>--config</c>). Section-based
    /// <c>.editorconfig</c> settings never reach phrase-file diagnostics in the build, so they are ignored.
    /// A higher <c>global_level</c> wins; two files of the same level that disagree leave the rule at
    /// its default, as the compiler does, and the tool says so.
    /// </summary>
    internal sealed class SeverityConfiguration
    {
        private readonly Dictionary<string, ConfiguredSeverity> _severities;

        private SeverityConfiguration(Dictionary<string, ConfiguredSeverity> severities, IReadOnlyList<string> files, IReadOnlyList<string> notes)
        {
            _severities = severities;
            Files = files;
            Notes = notes;
        }

        /// <summary>The configuration files read, in the order read.</summary>
        public IReadOnlyList<string> Files { get; }

        /// <summary>Things the user should know (conflicting settings, unknown values), one line each.</summary>
        public IReadOnlyList<string> Notes { get; }

        public static SeverityConfiguration Empty { get; } = new SeverityConfiguration(new Dictionary<string, ConfiguredSeverity>(), Array.Empty<string>(), Array.Empty<string>());

        /// <summary>Finds the global configs above the files' folders.</summary>
        public static SeverityConfiguration Discover(IEnumerable<string> phraseFiles)
        {
            var candidates = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string file in phraseFiles)
            {
                var dir = new DirectoryInfo(Path.GetDirectoryName(file)!);
                while (dir is not null)
                {
                    foreach (string name in new[] { ".globalconfig", ".editorconfig" })
                    {
                        string path = Path.Combine(dir.FullName, name);
                        if (File.Exists(path)) candidates.Add(path);
                    }

                    dir = dir.Parent;
                }
            }

            return Load(candidates.ToList(), explicitFiles: false);
        }

        /// <summary>Reads exactly the files given (<c>--config</c>); each must exist.</summary>
        public static SeverityConfiguration FromFiles(IReadOnlyList<string> files, string currentDirectory)
        {
            var full = new List<string>();
            foreach (string file in files)
            {
                string path = Path.GetFullPath(Path.Combine(currentDirectory, file));
                if (!File.Exists(path)) throw new ToolException($"The configuration file '{file}' does not exist.");
                full.Add(path);
            }

            return Load(full, explicitFiles: true);
        }

        public ConfiguredSeverity? For(string ruleId) => _severities.TryGetValue(ruleId, out var severity) ? severity : null;

        private static SeverityConfiguration Load(IReadOnlyList<string> paths, bool explicitFiles)
        {
            var notes = new List<string>();
            var used = new List<string>();
            // ruleId → (level, severity, file) of the settings seen so far.
            var best = new Dictionary<string, (int Level, ConfiguredSeverity? Severity, string File)>(StringComparer.OrdinalIgnoreCase);
            foreach (string path in paths)
            {
                string[] lines;
                try
                {
                    var info = new FileInfo(path);
                    if (info.Length > 1024 * 1024) throw new ToolException($"The configuration file '{path}' is larger than 1 MiB.");
                    lines = File.ReadAllLines(path);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new ToolException($"The configuration file '{path}' cannot be read: {ex.Message}");
                }

                var parsed = Parse(lines);
                bool isGlobalName = string.Equals(Path.GetFileName(path), ".globalconfig", StringComparison.OrdinalIgnoreCase);
                bool isGlobal = isGlobalName || explicitFiles || parsed.IsGlobal;
                if (!isGlobal) continue;
                used.Add(path);
                int level = parsed.Level ?? (isGlobalName ? 100 : 0);
                foreach (var (rule, value, line) in parsed.Severities)
                {
                    ConfiguredSeverity? severity = value.ToLowerInvariant() switch
                    {
                        "none" or "silent" => ConfiguredSeverity.Suppressed,
                        "suggestion" => ConfiguredSeverity.Info,
                        "warning" => ConfiguredSeverity.Warning,
                        "error" => ConfiguredSeverity.Error,
                        "default" => null,
                        _ => Unknown(path, line, value, notes),
                    };
                    if (severity is null && value.ToLowerInvariant() != "default") continue;
                    if (best.TryGetValue(rule, out var seen))
                    {
                        if (seen.Level > level) continue;
                        if (seen.Level == level && seen.Severity != severity)
                        {
                            notes.Add($"{rule}: '{seen.File}' and '{path}' set different severities at global_level {level.ToString(CultureInfo.InvariantCulture)}; the rule keeps its default, as in the build.");
                            best[rule] = (level, null, path);
                            continue;
                        }
                    }

                    best[rule] = (level, severity, path);
                }
            }

            var severities = new Dictionary<string, ConfiguredSeverity>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in best)
            {
                if (pair.Value.Severity is { } s) severities[pair.Key] = s;
            }

            return new SeverityConfiguration(severities, used, notes);
        }

        private static ConfiguredSeverity? Unknown(string path, int line, string value, List<string> notes)
        {
            notes.Add($"{path}({line.ToString(CultureInfo.InvariantCulture)}): '{value}' is not a severity (none, silent, suggestion, warning, error, default); the setting is ignored.");
            return null;
        }

        private sealed class ParsedConfig
        {
            public bool IsGlobal { get; set; }

            public int? Level { get; set; }

            public List<(string Rule, string Value, int Line)> Severities { get; } = new();
        }

        /// <summary>The top-level keys (before any section): is_global, global_level, dotnet_diagnostic.PHR*.severity.</summary>
        private static ParsedConfig Parse(string[] lines)
        {
            var config = new ParsedConfig();
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length == 0 || line[0] == '#' || line[0] == ';') continue;
                if (line[0] == '[') break;
                int eq = line.IndexOf('=');
                if (eq <= 0) continue;
                string key = line.Substring(0, eq).Trim();
                string value = line.Substring(eq + 1).Trim();
                int comment = value.IndexOfAny(new[] { '#', ';' });
                if (comment >= 0) value = value.Substring(0, comment).Trim();
                if (key.Equals("is_global", StringComparison.OrdinalIgnoreCase))
                {
                    config.IsGlobal = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                }
                else if (key.Equals("global_level", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int level))
                {
                    config.Level = level;
                }
                else if (key.StartsWith("dotnet_diagnostic.", StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase))
                {
                    string rule = key.Substring("dotnet_diagnostic.".Length, key.Length - "dotnet_diagnostic.".Length - ".severity".Length);
                    if (rule.StartsWith("PHR", StringComparison.OrdinalIgnoreCase)) config.Severities.Add((rule.ToUpperInvariant(), value, i + 1));
                }
            }

            return config;
        }
    }
}
