using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using PhraseCatalog.Core.Common;
using PhraseCatalog.Core.Model;
using PhraseCatalog.Core.Problems;
using PhraseCatalog.Core.Reading;

namespace PhraseCatalog.Core
{
    /// <summary>How a rule's finding weighs: as the compiler's diagnostic severities.</summary>
    public enum PhraseSeverity
    {
        /// <summary>Information; never fails a build.</summary>
        Info,

        /// <summary>A warning; fails a build only with warnings as errors.</summary>
        Warning,

        /// <summary>An error; the build fails.</summary>
        Error,
    }

    /// <summary>One phrase file to check: its path (as reported in findings) and its content.</summary>
    public sealed class PhraseFileSource
    {
        /// <summary>A file whose bytes are already in memory.</summary>
        /// <param name="path">The path reported in findings.</param>
        /// <param name="content">The file's bytes; decoded strictly (UTF-8, or UTF-16 with a byte-order mark).</param>
        /// <param name="catalogNamespace">The namespace for this file's catalog, like the PhraseFile item's Namespace metadata; null for the default.</param>
        public PhraseFileSource(string path, byte[] content, string? catalogNamespace = null)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Content = content ?? throw new ArgumentNullException(nameof(content));
            Namespace = catalogNamespace;
        }

        /// <summary>The path reported in findings.</summary>
        public string Path { get; }

        /// <summary>The file's bytes.</summary>
        public byte[] Content { get; }

        /// <summary>The catalog namespace given for this file, if any.</summary>
        public string? Namespace { get; }

        /// <summary>Reads a file from disk, refusing one larger than the reader's limit before loading it.</summary>
        /// <exception cref="IOException">The file cannot be read.</exception>
        public static PhraseFileSource FromFile(string path, string? catalogNamespace = null)
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new FileNotFoundException("The phrase file does not exist.", path);

            // Oversized files are still handed on (as a few bytes too many), so the reader reports them at their line.
            byte[] bytes = info.Length > MaxBytes ? new byte[MaxBytes + 1] : File.ReadAllBytes(path);
            return new PhraseFileSource(path, bytes, catalogNamespace);
        }

        internal const long MaxBytes = ResxReader.MaxFileChars * 4L;
    }

    /// <summary>The build settings that change what the rules find (the MSBuild properties of the same names).</summary>
    public sealed class PhraseCheckOptions
    {
        /// <summary>PhraseCatalogNamespace (or RootNamespace): the namespace of generated catalogs; null for none.</summary>
        public string? Namespace { get; set; }

        /// <summary>
        /// PhraseCatalogDefaultCulture: the culture used when no other fits; null when the project does not set it
        /// (then zh-Hans, and a file without a culture part is the neutral file). Set, a file without a
        /// culture part is read as this culture, as the build does.
        /// </summary>
        public string? DefaultCulture { get; set; }

        /// <summary>PhraseCatalogCultures: the cultures phrase files may have; empty for any known culture.</summary>
        public IList<string> Cultures { get; } = new List<string>();

        /// <summary>PhraseCatalogTaiwanStandard: zh-Hant texts must use Taiwan's standard forms.</summary>
        public bool TaiwanStandard { get; set; }

        /// <summary>NeutralLanguage: the language of neutral files (<c>Support.resx</c>); null for invariant.</summary>
        public string? NeutralLanguage { get; set; }

        /// <summary>PhraseCatalogTextKind: what the texts are, for the rules whose premise is spoken agent text.</summary>
        public PhraseTextKind TextKind { get; set; }

        internal GeneratorOptions ToGeneratorOptions() =>
            new GeneratorOptions(string.IsNullOrWhiteSpace(Namespace) ? null : Namespace!.Trim(), string.IsNullOrWhiteSpace(DefaultCulture) ? GeneratorOptions.DefaultDefaultCulture : DefaultCulture!.Trim(), true)
            {
                DeclaredCultures = Cultures.Select(c => c.Trim()).Where(c => c.Length > 0).ToImmutableArray().ToEquatableArray(),
                TaiwanStandard = TaiwanStandard,
                DefaultCultureSet = !string.IsNullOrWhiteSpace(DefaultCulture),
                NeutralLanguage = string.IsNullOrWhiteSpace(NeutralLanguage) ? null : NeutralLanguage!.Trim(),
                TextKind = TextKind switch
                {
                    PhraseTextKind.Chat => Model.TextKind.Chat,
                    PhraseTextKind.Ui => Model.TextKind.Ui,
                    _ => Model.TextKind.Spoken,
                },
            };
    }

    /// <summary>
    /// What a catalog's texts are (MSBuild <c>PhraseCatalogTextKind</c>): the rules whose premise is
    /// spoken agent text (an ellipsis in Chinese, 你, a line break mid-sentence) skip <see cref="Ui"/> text.
    /// </summary>
    public enum PhraseTextKind
    {
        /// <summary>What an agent or an IVR says to a customer (the default).</summary>
        Spoken,

        /// <summary>What an agent or a bot writes to a customer in a chat.</summary>
        Chat,

        /// <summary>An app's labels, menus and messages.</summary>
        Ui,
    }

    /// <summary>A finding in a phrase file, located as the compiler locates it (1-based lines and columns).</summary>
    public sealed class PhraseFinding
    {
        internal PhraseFinding(PhraseProblem problem)
        {
            Problem = problem;
            RuleId = problem.RuleId;
            Severity = (PhraseSeverity)(int)problem.EffectiveSeverity;
            Message = problem.Message;
            Path = problem.Span?.Path;
            Line = problem.Span?.Line ?? 0;
            Column = problem.Span?.Column ?? 0;
            EndLine = problem.Span?.EndLine ?? 0;
            EndColumn = problem.Span?.EndColumn ?? 0;
        }

        internal PhraseProblem Problem { get; }

        /// <summary>The rule's ID, e.g. PHR0006.</summary>
        public string RuleId { get; }

        /// <summary>The severity before any .globalconfig setting.</summary>
        public PhraseSeverity Severity { get; }

        /// <summary>The message, in words a translator understands.</summary>
        public string Message { get; }

        /// <summary>The phrase file, or null for a finding about the build settings.</summary>
        public string? Path { get; }

        /// <summary>1-based start line (0 without a file).</summary>
        public int Line { get; }

        /// <summary>1-based start column (0 without a file).</summary>
        public int Column { get; }

        /// <summary>1-based end line.</summary>
        public int EndLine { get; }

        /// <summary>1-based end column (exclusive).</summary>
        public int EndColumn { get; }

        /// <inheritdoc />
        public override string ToString() => Problem.ToString();
    }

    /// <summary>A catalog found among the files: what the generator would emit a class for.</summary>
    public sealed class PhraseCatalogSummary
    {
        internal PhraseCatalogSummary(CatalogModel model)
        {
            Model = model;
            Name = model.Name;
            Namespace = model.Namespace;
            DefaultCulture = model.DefaultCulture;
            Cultures = model.Cultures.Items;
            Keys = model.Phrases.Items.Select(p => p.Key).ToImmutableArray();
            ForbiddenCount = model.Forbidden.Count;
        }

        internal CatalogModel Model { get; }

        /// <summary>The catalog name (the file name's first part).</summary>
        public string Name { get; }

        /// <summary>The namespace of the generated class, if any.</summary>
        public string? Namespace { get; }

        /// <summary>The culture that answers for any culture without a text of its own.</summary>
        public string DefaultCulture { get; }

        /// <summary>The catalog's cultures, default first.</summary>
        public IReadOnlyList<string> Cultures { get; }

        /// <summary>The approved keys that made it into the model, in key order.</summary>
        public IReadOnlyList<string> Keys { get; }

        /// <summary>How many forbidden phrases the catalog lists, over all cultures.</summary>
        public int ForbiddenCount { get; }
    }

    /// <summary>What checking a set of phrase files found.</summary>
    public sealed class PhraseCheckResult
    {
        internal PhraseCheckResult(IReadOnlyList<ParsedPhraseFile> files, IReadOnlyList<CatalogInput> inputs, IReadOnlyList<CatalogResult> results, IReadOnlyList<PhraseFinding> findings)
        {
            Files = files;
            Inputs = inputs;
            Results = results;
            Findings = findings;
            Catalogs = results.Where(r => r.Model is not null).Select(r => new PhraseCatalogSummary(r.Model!)).ToImmutableArray();
        }

        internal IReadOnlyList<ParsedPhraseFile> Files { get; }

        /// <summary>The grouped catalogs, parallel to <see cref="Results"/>.</summary>
        internal IReadOnlyList<CatalogInput> Inputs { get; }

        internal IReadOnlyList<CatalogResult> Results { get; }

        /// <summary>The catalogs the generator would emit.</summary>
        public IReadOnlyList<PhraseCatalogSummary> Catalogs { get; }

        /// <summary>Every finding, in a stable order: by file, line, column, rule.</summary>
        public IReadOnlyList<PhraseFinding> Findings { get; }
    }

    /// <summary>
    /// Checks phrase files outside the compiler with the generator's very stages and rules: the same
    /// findings (IDs, messages, severities, lines, columns) a <c>dotnet build</c> reports for them.
    /// </summary>
    public static class PhraseFileChecker
    {
        /// <summary>Reads, groups, validates and models the files. Never throws for bad input: bad input is a finding.</summary>
        public static PhraseCheckResult Check(IEnumerable<PhraseFileSource> files, PhraseCheckOptions options, CancellationToken cancellationToken = default)
        {
            if (files is null) throw new ArgumentNullException(nameof(files));
            if (options is null) throw new ArgumentNullException(nameof(options));
            var generatorOptions = options.ToGeneratorOptions();

            var parsed = ImmutableArray.CreateBuilder<ParsedPhraseFile>();
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                parsed.Add(Read(file, cancellationToken));
            }

            var inputs = CatalogPipeline.Group(parsed.ToImmutable(), generatorOptions);
            var results = new List<CatalogResult>();
            foreach (var input in inputs)
            {
                results.Add(CatalogPipeline.Build(input, generatorOptions, cancellationToken));
            }

            // The build leads a file's many findings of one rule with a summary (CatalogPipeline.Summaries); so does the tool.
            var findings = results
                .SelectMany(r => CatalogPipeline.Summaries(r.Problems).Concat(r.Problems))
                .Select(p => new PhraseFinding(p))
                .OrderBy(f => f.Path ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(f => f.Line)
                .ThenBy(f => f.Column)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ThenBy(f => f.Message, StringComparer.Ordinal)
                .ToImmutableArray();
            return new PhraseCheckResult(parsed.ToImmutable(), inputs, results, findings);
        }

        private static ParsedPhraseFile Read(PhraseFileSource file, CancellationToken cancellationToken)
        {
            // Strict decoding: invalid bytes are a finding at their line (the compiler would decode them as
            // Latin-1 without a word; see docs/cli.md), then the very reader the generator uses.
            ResxReadResult content;
            try
            {
                content = ResxReader.Read(file.Path, file.Content, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                content = CatalogPipeline.Unreadable(file.Path, "reading failed: " + ex.Message);
            }

            return CatalogPipeline.WithContent(file.Path, file.Namespace, content);
        }
    }
}
