using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PhraseCatalog.Core.Exchange;

namespace PhraseCatalog.Tool
{
    /// <summary>
    /// <c>phrasecatalog xliff export</c> and <c>phrasecatalog xliff import</c>: translation rounds with
    /// vendors through XLIFF 2.0 or 1.2, the import gated by the build's rules (docs/xliff.md).
    /// Exit codes as everywhere: 0 fine, 1 a unit or file was refused, 2 bad usage or unreadable input.
    /// </summary>
    internal static class XliffCommands
    {
        public static Command Build(TextWriter output, TextWriter error, string currentDirectory)
        {
            var xliff = new Command("xliff", "Exchange translations with vendors: export XLIFF 2.0/1.2, import it back through a gate that runs the build's rules.");
            xliff.Subcommands.Add(Export(output, error, currentDirectory));
            xliff.Subcommands.Add(Import(output, error, currentDirectory));
            return xliff;
        }

        private static Command Export(TextWriter output, TextWriter error, string currentDirectory)
        {
            var paths = new Argument<string[]>("paths") { Description = "Phrase files or folders (searched recursively for .resx); default: ./phrases", Arity = ArgumentArity.ZeroOrMore };
            var target = new Option<string>("--target", "-t") { Description = "The culture to translate into, e.g. zh-Hant or ko", Required = true };
            var source = new Option<string?>("--source", "-s") { Description = "The culture to translate from (default: each catalog's default culture)" };
            var version = new Option<string>("--version", "--xliff-version") { Description = "XLIFF version: 2.0 (default) or 1.2 for older CAT tools", DefaultValueFactory = _ => "2.0" };
            version.AcceptOnlyFromAmong("2.0", "1.2");
            var outputDirectory = new Option<string>("--output", "-o") { Description = "The folder to write <Catalog>.<target>.xlf files into", Required = true };
            var settings = new CatalogSettingOptions();
            var command = new Command("export", "Write one XLIFF file per catalog for a target culture: <Catalog>.<target>.xlf, one unit per key.");
            command.Arguments.Add(paths);
            command.Options.Add(target);
            command.Options.Add(source);
            command.Options.Add(version);
            command.Options.Add(outputDirectory);
            settings.AddTo(command);
            command.SetAction(result =>
            {
                string targetCulture = Culture(result.GetValue(target), "--target")!;
                string? sourceCulture = Culture(result.GetValue(source), "--source");
                var exchange = settings.ReadExchangeSettings(result);
                var files = PhraseFileFinder.Find(result.GetValue(paths) ?? Array.Empty<string>(), currentDirectory);
                var options = new ExportOptions(targetCulture)
                {
                    SourceCulture = sourceCulture,
                    Version = result.GetValue(version) == "1.2" ? XliffVersion.V12 : XliffVersion.V20,
                    Settings = exchange,
                };
                var exported = XliffExporter.Export(PhraseFolder.Load(files.ToList(), exchange), options);
                foreach (string message in exported.Messages) error.WriteLine("phrasecatalog: note: " + message);
                if (exported.Files.Count == 0) throw new ToolException("Nothing was exported (see the notes above).");

                string folder = Path.GetFullPath(Path.Combine(currentDirectory, result.GetValue(outputDirectory)!));
                try
                {
                    Directory.CreateDirectory(folder);
                    var utf8 = new System.Text.UTF8Encoding(false);
                    foreach (var file in exported.Files)
                    {
                        string path = Path.Combine(folder, file.FileName);
                        Core.Exchange.AtomicFile.Write(path, utf8.GetBytes(file.Content));
                        output.WriteLine($"{PhraseFileFinder.Display(path, currentDirectory)}: {file.Units} unit(s), {file.Translated} translated, {file.Units - file.Translated} to translate");
                    }
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    throw new ToolException("The XLIFF files cannot be written to '" + result.GetValue(outputDirectory) + "': " + ex.Message);
                }

                return Program.Success;
            });
            return command;
        }

        private static Command Import(TextWriter output, TextWriter error, string currentDirectory)
        {
            var files = new Argument<string[]>("files") { Description = "XLIFF files (2.0, 1.2, 1.1) delivered by a vendor or CAT tool", Arity = ArgumentArity.OneOrMore };
            var phrases = new Option<string>("--phrases", "-p") { Description = "The folder holding the catalogs' phrase files", DefaultValueFactory = _ => PhraseFileFinder.DefaultFolder };
            var dryRun = new Option<bool>("--dry-run") { Description = "Check and report only; write nothing (a CI check on a vendor delivery)" };
            var warnAsError = new Option<bool>("--warnaserror") { Description = "Refuse a translation with any warning of the rules, not only errors" };
            var listUnchanged = new Option<bool>("--list-unchanged") { Description = "Also list the units that change nothing" };
            var settings = new CatalogSettingOptions();
            var command = new Command("import", "Write translations from XLIFF into <Catalog>.<target>.resx, through the gate: refused units are listed with the reason.");
            command.Arguments.Add(files);
            command.Options.Add(phrases);
            command.Options.Add(dryRun);
            command.Options.Add(warnAsError);
            command.Options.Add(listUnchanged);
            settings.AddTo(command);
            command.SetAction(result =>
            {
                string folder = Path.GetFullPath(Path.Combine(currentDirectory, result.GetValue(phrases) ?? PhraseFileFinder.DefaultFolder));
                if (!Directory.Exists(folder)) throw new ToolException($"The phrase folder '{result.GetValue(phrases)}' does not exist; name it with --phrases.");
                var paths = (result.GetValue(files) ?? Array.Empty<string>()).Select(f => Path.GetFullPath(Path.Combine(currentDirectory, f))).ToList();
                var report = XliffImporter.Import(paths, new ImportOptions(folder)
                {
                    DryRun = result.GetValue(dryRun),
                    WarnAsError = result.GetValue(warnAsError),
                    Settings = settings.ReadExchangeSettings(result),
                });

                string Display(string path) => PhraseFileFinder.Display(path, currentDirectory);
                foreach (var file in report.Files.Where(f => f.Error is not null))
                {
                    error.WriteLine("phrasecatalog: error: " + Display(file.XliffPath) + ": " + file.Error);
                }

                output.Write(report.Format(result.GetValue(listUnchanged), includeErrors: false, display: Display));
                return report.ExitCode;
            });
            return command;
        }

        private static string? Culture(string? value, string option)
        {
            if (value is null) return null;
            string trimmed = value.Trim();
            if (!Core.Model.PhraseFileName.IsNameLike(trimmed)) throw new ToolException($"{option} '{value}' is not a culture name such as zh-Hans, zh-Hant or ko.");
            return trimmed;
        }
    }
}
