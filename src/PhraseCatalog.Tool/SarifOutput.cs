using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PhraseCatalog.Core;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tool
{
    /// <summary>
    /// SARIF 2.1.0 for code-scanning services: every rule with short and full descriptions and a help
    /// URI, results with a start-to-end region, artifact URIs relative to <c>%SRCROOT%</c> (the current
    /// folder), and partial fingerprints that survive a finding's line moving. Deterministic: the same
    /// files give the same bytes, whatever the machine's culture.
    /// </summary>
    internal static class SarifOutput
    {
        public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
        public const string RootId = "SRCROOT";
        public const string FingerprintName = "phraseCatalogFinding/v1";

        public static byte[] Write(LintRun run)
        {
            var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                var rules = PhraseRules.All.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
                var artifacts = run.Findings.Where(f => f.Finding.Path is not null).Select(f => f.Finding.Path!).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
                string root = run.Settings.CurrentDirectory;

                json.WriteStartObject();
                json.WriteString("$schema", SchemaUri);
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();

                json.WriteStartObject("tool");
                json.WriteStartObject("driver");
                json.WriteString("name", "phrasecatalog");
                json.WriteString("fullName", "PhraseCatalog phrase-file lint");
                json.WriteString("semanticVersion", Version());
                json.WriteString("informationUri", "https://github.com/phrasecatalog/phrasecatalog/blob/main/docs/cli.md");
                json.WriteStartArray("rules");
                foreach (var rule in rules)
                {
                    json.WriteStartObject();
                    json.WriteString("id", rule.Id);
                    json.WriteString("name", Name(rule.Title));
                    json.WriteStartObject("shortDescription");
                    json.WriteString("text", rule.Title);
                    json.WriteEndObject();
                    json.WriteStartObject("fullDescription");
                    json.WriteString("text", rule.Description);
                    json.WriteEndObject();
                    json.WriteString("helpUri", rule.HelpLink);
                    json.WriteStartObject("help");
                    json.WriteString("text", rule.Description + " See " + rule.HelpLink);
                    json.WriteEndObject();
                    json.WriteStartObject("defaultConfiguration");
                    json.WriteString("level", Level((PhraseSeverity)(int)rule.Severity));
                    json.WriteEndObject();
                    json.WriteStartObject("properties");
                    json.WriteString("category", PhraseRules.Category);
                    json.WriteStartArray("tags");
                    json.WriteStringValue("localization");
                    json.WriteStringValue("phrase-file");
                    json.WriteEndArray();
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();

                json.WriteStartArray("invocations");
                json.WriteStartObject();
                json.WriteBoolean("executionSuccessful", true);
                json.WriteEndObject();
                json.WriteEndArray();

                json.WriteStartObject("originalUriBaseIds");
                json.WriteStartObject(RootId);
                json.WriteString("uri", new Uri(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar).AbsoluteUri);
                json.WriteEndObject();
                json.WriteEndObject();

                json.WriteStartArray("artifacts");
                foreach (string artifact in artifacts)
                {
                    json.WriteStartObject();
                    json.WriteStartObject("location");
                    WriteArtifactUri(json, artifact, root);
                    json.WriteEndObject();
                    json.WriteString("mimeType", "text/xml");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteString("columnKind", "utf16CodeUnits");

                json.WriteStartArray("results");
                var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var finding in run.Findings)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", finding.RuleId);
                    json.WriteNumber("ruleIndex", rules.FindIndex(r => r.Id == finding.RuleId));
                    json.WriteString("level", Level(finding.Severity));
                    json.WriteStartObject("message");
                    json.WriteString("text", finding.Finding.Message);
                    json.WriteEndObject();
                    string? path = finding.Finding.Path;
                    if (path is not null)
                    {
                        json.WriteStartArray("locations");
                        json.WriteStartObject();
                        json.WriteStartObject("physicalLocation");
                        json.WriteStartObject("artifactLocation");
                        WriteArtifactUri(json, path, root);
                        json.WriteNumber("index", artifacts.IndexOf(path));
                        json.WriteEndObject();
                        json.WriteStartObject("region");
                        json.WriteNumber("startLine", Math.Max(1, finding.Finding.Line));
                        json.WriteNumber("startColumn", Math.Max(1, finding.Finding.Column));
                        json.WriteNumber("endLine", Math.Max(Math.Max(1, finding.Finding.Line), finding.Finding.EndLine));
                        json.WriteNumber("endColumn", Math.Max(1, finding.Finding.EndLine > finding.Finding.Line ? finding.Finding.EndColumn : Math.Max(finding.Finding.Column, finding.Finding.EndColumn)));
                        json.WriteEndObject();
                        json.WriteEndObject();
                        json.WriteEndObject();
                        json.WriteEndArray();
                    }

                    // Stable when lines move: the rule, the file and the message (which names the key and the
                    // text), numbered when the same finding repeats in one file.
                    string identity = finding.RuleId + "|" + (path is null ? string.Empty : RelativeUri(path, root) ?? path) + "|" + finding.Finding.Message;
                    occurrences.TryGetValue(identity, out int seen);
                    occurrences[identity] = seen + 1;
                    json.WriteStartObject("partialFingerprints");
                    json.WriteString(FingerprintName, Hash(identity) + ":" + (seen + 1).ToString(CultureInfo.InvariantCulture));
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            buffer.WriteByte((byte)'\n');
            return buffer.ToArray();
        }

        public static string Level(PhraseSeverity severity) => severity switch
        {
            PhraseSeverity.Error => "error",
            PhraseSeverity.Warning => "warning",
            _ => "note",
        };

        private static void WriteArtifactUri(Utf8JsonWriter json, string path, string root)
        {
            string? relative = RelativeUri(path, root);
            if (relative is not null)
            {
                json.WriteString("uri", relative);
                json.WriteString("uriBaseId", RootId);
            }
            else
            {
                json.WriteString("uri", new Uri(path).AbsoluteUri);
            }
        }

        /// <summary>A relative URI reference (forward slashes, each segment escaped), or null outside the root.</summary>
        private static string? RelativeUri(string path, string root)
        {
            string relative = Path.GetRelativePath(root, path);
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return null;
            return string.Join("/", relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
        }

        private static string Name(string title)
        {
            var builder = new StringBuilder(title.Length);
            bool upper = true;
            foreach (char c in title)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    upper = true;
                    continue;
                }

                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }

            return builder.ToString();
        }

        private static string Hash(string value)
        {
            using var sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(value));
            var builder = new StringBuilder(32);
            for (int i = 0; i < 16; i++) builder.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
            return builder.ToString();
        }

        private static string Version()
        {
            string? informational = typeof(SarifOutput).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            if (string.IsNullOrEmpty(informational)) return "0.0.0";
            int plus = informational!.IndexOf('+');
            return plus >= 0 ? informational.Substring(0, plus) : informational;
        }
    }
}
