using System;
using PhraseCatalog.Shared;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PhraseCatalog.Generator.Analyzers
{
    /// <summary>
    /// The <c>phrasecatalog.*</c> options read from <c>.editorconfig</c> / <c>.globalconfig</c>
    /// (docs/analyzers.md lists them). A key under <c>phrasecatalog.</c> that is not one of these, or
    /// a value that cannot be read, is reported (PHR1007) instead of being ignored.
    /// </summary>
    internal sealed class PhraseOptions
    {
        public const string Prefix = "phrasecatalog.";
        public const string IncludeStandardForbiddenKey = "phrasecatalog.include_standard_forbidden";
        public const string NearMatchMaxEditsKey = "phrasecatalog.near_match_max_edits";
        public const string MaxWrapperDepthKey = "phrasecatalog.max_wrapper_depth";
        public const string MaxFlowDepthKey = "phrasecatalog.max_flow_depth";

        public const int DefaultNearMatchMaxEdits = 2;
        public const int DefaultMaxWrapperDepth = 4;
        public const int DefaultMaxFlowDepth = 3;

        public static readonly PhraseOptions Default = new PhraseOptions(true, DefaultNearMatchMaxEdits, DefaultMaxWrapperDepth, DefaultMaxFlowDepth);

        private static readonly string[] Known = { IncludeStandardForbiddenKey, NearMatchMaxEditsKey, MaxWrapperDepthKey, MaxFlowDepthKey };

        public PhraseOptions(bool includeStandardForbidden, int nearMatchMaxEdits, int maxWrapperDepth, int maxFlowDepth)
        {
            IncludeStandardForbidden = includeStandardForbidden;
            NearMatchMaxEdits = nearMatchMaxEdits;
            MaxWrapperDepth = maxWrapperDepth;
            MaxFlowDepth = maxFlowDepth;
        }

        /// <summary>Search literals for the standard catalog's forbidden phrases too (default true).</summary>
        public bool IncludeStandardForbidden { get; }

        /// <summary>Most edits a near match may differ by, 0 to 2 (default 2); never more than a tenth of the text's length.</summary>
        public int NearMatchMaxEdits { get; }

        /// <summary>How many forwarding wrappers deep a sink is followed, 0 to 8 (default 4); compilation-wide, read from a .globalconfig only.</summary>
        public int MaxWrapperDepth { get; }

        /// <summary>How many locals or fields deep a value is followed back to its constants, 0 to 5 (default 3).</summary>
        public int MaxFlowDepth { get; }

        /// <summary>Reads the options; problems (unknown keys, bad values) go to <paramref name="problems"/> as (key, message).</summary>
        public static PhraseOptions Read(AnalyzerConfigOptions primary, AnalyzerConfigOptions? fallback, ICollection<(string Key, string Message)>? problems)
        {
            bool includeStandard = ReadBool(IncludeStandardForbiddenKey, true);
            int edits = ReadInt(NearMatchMaxEditsKey, DefaultNearMatchMaxEdits, 0, 2);
            int wrappers = ReadInt(MaxWrapperDepthKey, DefaultMaxWrapperDepth, 0, 8);
            int flow = ReadInt(MaxFlowDepthKey, DefaultMaxFlowDepth, 0, 5);
            if (problems is not null)
            {
                // The global options' own keys are checked once per compilation (Read(global, null, …));
                // per file only the file's options are, which also hold the global keys.
                CheckKeys(primary, problems);
                if (fallback is not null) CheckCompilationWide(primary, fallback, problems);
            }

            if (includeStandard && edits == DefaultNearMatchMaxEdits && wrappers == DefaultMaxWrapperDepth && flow == DefaultMaxFlowDepth) return Default;
            return new PhraseOptions(includeStandard, edits, wrappers, flow);

            string? Value(string key)
            {
                if (primary.TryGetValue(key, out var value)) return value.Trim();
                if (fallback is not null && fallback.TryGetValue(key, out value)) return value.Trim();
                return null;
            }

            bool ReadBool(string key, bool defaultValue)
            {
                string? value = Value(key);
                if (value is null) return defaultValue;
                if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase)) return true;
                if (string.Equals(value, "false", StringComparison.OrdinalIgnoreCase)) return false;
                problems?.Add((key, $"'{key} = {value}' is not 'true' or 'false'; the default ({(defaultValue ? "true" : "false")}) is used"));
                return defaultValue;
            }

            int ReadInt(string key, int defaultValue, int min, int max)
            {
                string? value = Value(key);
                if (value is null) return defaultValue;
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number >= min && number <= max) return number;
                problems?.Add((key, $"'{key} = {value}' is not a whole number from {min} to {max}; the default ({defaultValue.ToString(CultureInfo.InvariantCulture)}) is used"));
                return defaultValue;
            }
        }

        private static void CheckKeys(AnalyzerConfigOptions options, ICollection<(string Key, string Message)> problems)
        {
            foreach (var key in options.Keys)
            {
                if (!key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) continue;
                if (Array.IndexOf(Known, key) >= 0) continue;
                string? suggestion = Suggest(key);
                string hint = suggestion is null ? "." : $"; did you mean '{suggestion}'?";
                problems.Add((key, $"'{key}' is not a PhraseCatalog option{hint} The options are {string.Join(", ", Known)}."));
            }
        }

        /// <summary>
        /// The wrapper depth shapes the sinks of the whole compilation, so it is read from the global
        /// options (a .globalconfig) only; a different value in an .editorconfig section would be
        /// silently ignored, so it is reported. Global values reach every file's options too, so an
        /// equal value is not a problem.
        /// </summary>
        private static void CheckCompilationWide(AnalyzerConfigOptions perFile, AnalyzerConfigOptions global, ICollection<(string Key, string Message)> problems)
        {
            if (!perFile.TryGetValue(MaxWrapperDepthKey, out var value)) return;
            if (global.TryGetValue(MaxWrapperDepthKey, out var globalValue) && string.Equals(globalValue.Trim(), value.Trim(), StringComparison.Ordinal)) return;
            problems.Add((MaxWrapperDepthKey, $"'{MaxWrapperDepthKey} = {value.Trim()}' is set for some files only, but the wrapper depth applies to the whole compilation: set it in a .globalconfig (this value is ignored)"));
        }

        private static string? Suggest(string key)
        {
            string lower = key.ToLowerInvariant();
            string? best = null;
            int bestDistance = 4;
            foreach (var known in Known)
            {
                int distance = EditDistance.Bounded(lower, known, 3);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = known;
                }
            }

            return best;
        }

        public static IReadOnlyList<string> KnownKeys => Known;
    }
}
