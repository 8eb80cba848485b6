using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PhraseCatalog.Core;

namespace PhraseCatalog.Tool
{
    /// <summary>
    /// The <c>phrasecatalog</c> command. Exit codes: 0 no errors; 1 errors (or any warning with
    /// <c>--warnaserror</c>); 2 bad usage, unreadable input or an internal failure, always with one
    /// clear line on standard error and never a stack trace.
    /// </summary>
    internal static class Program
    {
        public const int Success = 0;
        public const int Findings = 1;
        public const int Failure = 2;

        private static int Main(string[] args)
        {
            bool color = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            return Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory(), color);
        }

        /// <summary>Runs a command line; the tests call this in-process.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error, string currentDirectory, bool color = false)
        {
            var root = BuildCommands(output, error, currentDirectory, color);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var parseError in parsed.Errors) error.WriteLine("phrasecatalog: " + parseError.Message);
                error.WriteLine("Run 'phrasecatalog --help' for usage.");
                return Failure;
            }

            try
            {
                return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            }
            catch (ToolException ex)
            {
                error.WriteLine("phrasecatalog: error: " + ex.Message);
                return Failure;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Never a stack trace for a user: one line that says what broke and asks for a report.
                error.WriteLine("phrasecatalog: internal error: " + ex.GetType().Name + ": " + ex.Message + " (please report this)");
                return Failure;
            }
        }

        private sealed class SharedOptions
        {
            public Argument<string[]> Paths { get; } = new("paths")
            {
                Description = "Phrase files or folders (searched recursively for .resx); default: ./phrases",
                Arity = ArgumentArity.ZeroOrMore,
            };

            public CatalogSettingOptions Settings { get; } = new();

            public Option<string?> Namespace { get; } = new("--namespace")
            {
                Description = "Namespace of the generated catalogs (MSBuild PhraseCatalogNamespace or RootNamespace)",
            };

            public Option<string[]> Config { get; } = new("--config")
            {
                Description = "Global analyzer config files with dotnet_diagnostic.PHRxxxx.severity settings (default: every .globalconfig above the phrase files)",
                AllowMultipleArgumentsPerToken = false,
            };

            public void AddTo(Command command)
            {
                command.Arguments.Add(Paths);
                Settings.AddTo(command);
                command.Options.Add(Namespace);
                command.Options.Add(Config);
            }

            public CheckSettings Read(ParseResult result, string currentDirectory, bool warnAsError) =>
                new CheckSettings
                {
                    Paths = result.GetValue(Paths) ?? Array.Empty<string>(),
                    Options = Settings.ReadCheckOptions(result, result.GetValue(Namespace)),
                    ConfigFiles = result.GetValue(Config) ?? Array.Empty<string>(),
                    WarnAsError = warnAsError,
                    CurrentDirectory = currentDirectory,
                };
        }

        private static Command BuildCommands(TextWriter output, TextWriter error, string currentDirectory, bool color)
        {
            // A named root rather than RootCommand, whose name is the host executable's (dotnet or the dll), so help always says phrasecatalog.
            var root = new Command("phrasecatalog", "PhraseCatalog for localization teams: check phrase files (.resx) with the build's very rules, and review them as one HTML page.");
            root.Options.Add(new System.CommandLine.Help.HelpOption());
            root.Options.Add(new VersionOption());

            // lint
            var lintShared = new SharedOptions();
            var format = new Option<string>("--format", "-f") { Description = "text (as MSBuild prints diagnostics) or sarif (SARIF 2.1.0)", DefaultValueFactory = _ => "text" };
            format.AcceptOnlyFromAmong("text", "sarif");
            var lintOutput = new Option<string?>("--output", "-o") { Description = "Write the result to this file (required for --format sarif in CI; text goes to the console by default)" };
            var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat every warning as an error (exit code 1)" };
            var lint = new Command("lint", "Check phrase files: the build's rules, IDs, messages, severities, lines and columns.");
            lintShared.AddTo(lint);
            lint.Options.Add(format);
            lint.Options.Add(lintOutput);
            lint.Options.Add(warnAsError);
            lint.SetAction(result =>
            {
                var settings = lintShared.Read(result, currentDirectory, result.GetValue(warnAsError));
                var run = LintRun.Execute(settings);
                string? file = result.GetValue(lintOutput);
                if (result.GetValue(format) == "sarif")
                {
                    byte[] sarif = SarifOutput.Write(run);
                    if (file is null) output.Write(System.Text.Encoding.UTF8.GetString(sarif));
                    else OutputFile.Write(Path.Combine(currentDirectory, file), sarif);
                    if (file is not null) error.WriteLine(Summary(run) + " SARIF written to " + file + ".");
                }
                else if (file is not null)
                {
                    var text = new StringWriter();
                    TextOutput.Write(run, text, color: false);
                    OutputFile.Write(Path.Combine(currentDirectory, file), new System.Text.UTF8Encoding(false).GetBytes(text.ToString()));
                    output.WriteLine(Summary(run) + " Written to " + file + ".");
                }
                else
                {
                    TextOutput.Write(run, output, color);
                }

                return run.Count(PhraseSeverity.Error) > 0 ? Findings : Success;
            });
            root.Subcommands.Add(lint);

            // report
            var reportShared = new SharedOptions();
            var reportOutput = new Option<string>("--output", "-o") { Description = "The HTML file to write", DefaultValueFactory = _ => "review.html" };
            var report = new Command("report", "Write one self-contained HTML page to review phrase files: keys by scenario, cultures side by side, findings in their cells.");
            reportShared.AddTo(report);
            report.Options.Add(reportOutput);
            report.SetAction(result =>
            {
                var settings = reportShared.Read(result, currentDirectory, warnAsError: false);
                var run = LintRun.Execute(settings);
                string file = result.GetValue(reportOutput) ?? "review.html";
                OutputFile.Write(Path.Combine(currentDirectory, file), HtmlReport.Write(run));
                output.WriteLine(Summary(run) + " Review page written to " + file + ".");
                return Success;
            });
            root.Subcommands.Add(report);

            // xliff export / xliff import (docs/xliff.md)
            root.Subcommands.Add(XliffCommands.Build(output, error, currentDirectory));
            return root;
        }

        private static string Summary(LintRun run) =>
            string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                "{0} phrase file(s): {1} error(s), {2} warning(s), {3} info.",
                run.Files.Count,
                run.Count(PhraseSeverity.Error),
                run.Count(PhraseSeverity.Warning),
                run.Count(PhraseSeverity.Info));
    }
}
