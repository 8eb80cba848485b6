using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using PhraseCatalog.Core;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Tool
{
    /// <summary>A finding as the tool reports it: severity after configuration, path as displayed.</summary>
    internal sealed class ReportedFinding
    {
        public ReportedFinding(PhraseFinding finding, PhraseSeverity severity, string? displayPath)
        {
            Finding = finding;
            Severity = severity;
            DisplayPath = displayPath;
        }

        public PhraseFinding Finding { get; }

        public PhraseSeverity Severity { get; }

        public string? DisplayPath { get; }

        public string RuleId => Finding.RuleId;
    }

    /// <summary>The settings every command shares (the build's MSBuild properties, as options).</summary>
    internal sealed class CheckSettings
    {
        public IReadOnlyList<string> Paths { get; init; } = Array.Empty<string>();

        public PhraseCheckOptions Options { get; init; } = new PhraseCheckOptions();

        public IReadOnlyList<string> ConfigFiles { get; init; } = Array.Empty<string>();

        public bool WarnAsError { get; init; }

        public string CurrentDirectory { get; init; } = Directory.GetCurrentDirectory();
    }

    /// <summary>Finds the files, runs the core's checks, applies the configured severities.</summary>
    internal sealed class LintRun
    {
        private LintRun(CheckSettings settings, IReadOnlyList<string> files, PhraseCheckResult result, SeverityConfiguration configuration, IReadOnlyList<ReportedFinding> findings)
        {
            Settings = settings;
            Files = files;
            Result = result;
            Configuration = configuration;
            Findings = findings;
        }

        public CheckSettings Settings { get; }

        public IReadOnlyList<string> Files { get; }

        public PhraseCheckResult Result { get; }

        public SeverityConfiguration Configuration { get; }

        /// <summary>Every reported finding (suppressed ones left out), in file, line, column order.</summary>
        public IReadOnlyList<ReportedFinding> Findings { get; }

        public int Count(PhraseSeverity severity) => Findings.Count(f => f.Severity == severity);

        public static LintRun Execute(CheckSettings settings, CancellationToken cancellationToken = default)
        {
            var files = PhraseFileFinder.Find(settings.Paths, settings.CurrentDirectory);
            var configuration = settings.ConfigFiles.Count > 0
                ? SeverityConfiguration.FromFiles(settings.ConfigFiles, settings.CurrentDirectory)
                : SeverityConfiguration.Discover(files);

            var sources = new List<PhraseFileSource>();
            foreach (string file in files)
            {
                try
                {
                    sources.Add(PhraseFileSource.FromFile(file));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new ToolException($"'{PhraseFileFinder.Display(file, settings.CurrentDirectory)}' cannot be read: {ex.Message}");
                }
            }

            var result = PhraseFileChecker.Check(sources, settings.Options, cancellationToken);
            var findings = new List<ReportedFinding>();
            foreach (var finding in result.Findings)
            {
                PhraseSeverity severity;
                switch (configuration.For(finding.RuleId))
                {
                    case ConfiguredSeverity.Suppressed: continue;
                    case ConfiguredSeverity.Info: severity = PhraseSeverity.Info; break;
                    case ConfiguredSeverity.Warning: severity = PhraseSeverity.Warning; break;
                    case ConfiguredSeverity.Error: severity = PhraseSeverity.Error; break;
                    default: severity = finding.Severity; break;
                }

                if (settings.WarnAsError && severity == PhraseSeverity.Warning) severity = PhraseSeverity.Error;
                string? display = finding.Path is null ? null : PhraseFileFinder.Display(finding.Path, settings.CurrentDirectory);
                findings.Add(new ReportedFinding(finding, severity, display));
            }

            return new LintRun(settings, files, result, configuration, findings);
        }

        /// <summary>The rule table entry for an ID (every finding's ID is in it).</summary>
        public static PhraseRule Rule(string id) => PhraseRules.All.FirstOrDefault(r => r.Id == id) ?? PhraseRules.Unreadable;
    }
}
