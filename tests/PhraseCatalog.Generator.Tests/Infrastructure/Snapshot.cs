using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Core.Exceptions;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;

namespace PhraseCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// ApprovalTests snapshots kept in <c>Snapshots/</c> next to the test's source file, named
/// <c>&lt;TestClass&gt;.&lt;TestMethod&gt;.approved.&lt;ext&gt;</c>.
/// </summary>
/// <remarks>
/// ApprovalTests' default namer finds the source folder from PDB file paths in the stack trace,
/// which breaks under deterministic CI builds (paths mapped to <c>/_/</c>) and in async frames.
/// This namer takes the folder from <see cref="CallerFilePathAttribute"/> instead, and falls back
/// to the test project folder (found from the output folder) when that path was mapped.
/// No diff tool is ever launched: failures are reported quietly and explained in the exception;
/// set <c>PHRASECATALOG_APPROVE=1</c> to accept the received output as the new snapshot.
/// A passing run deletes its <c>*.received.*</c> file; a failing one leaves it for diffing
/// (<c>.gitignore</c> ignores <c>*.received.*</c>).
/// </remarks>
internal static partial class Snapshot
{
    private const string ProjectFile = "PhraseCatalog.Generator.Tests.csproj";

    public static void Verify(string text, string extension = "cs", [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        string testClass = Path.GetFileNameWithoutExtension(sourceFile);
        var namer = new Namer(Path.Combine(SourceDirectory(sourceFile), "Snapshots"), testClass + "." + testName);
        Directory.CreateDirectory(namer.SourcePath);

        var writer = WriterFactory.CreateTextWriter(text, extension);
        IApprovalFailureReporter reporter = Environment.GetEnvironmentVariable("PHRASECATALOG_APPROVE") == "1"
            ? new ApprovingReporter()
            : QuietReporter.INSTANCE;
        try
        {
            Approvals.Verify(writer, namer, reporter);
        }
        catch (ApprovalException ex)
        {
            throw new SnapshotMismatchException(Explain(ex), ex);
        }
    }

    /// <summary>Removes what changes with every release and says nothing about the output (the generator version).</summary>
    public static string Scrub(string source) => GeneratedCodeVersion().Replace(source, "$1{version}$2");

    [GeneratedRegex("(GeneratedCode\\(\"PhraseCatalog\\.Generator\", \")[0-9.]+(\"\\))")]
    private static partial Regex GeneratedCodeVersion();

    private static string SourceDirectory(string sourceFile)
    {
        string? directory = Path.GetDirectoryName(sourceFile);
        if (directory is not null && File.Exists(Path.Combine(directory, ProjectFile))) return directory;

        // CallerFilePath was mapped (ContinuousIntegrationBuild/PathMap): find the project from the output folder.
        for (var candidate = new DirectoryInfo(AppContext.BaseDirectory); candidate is not null; candidate = candidate.Parent)
        {
            if (File.Exists(Path.Combine(candidate.FullName, ProjectFile))) return candidate.FullName;
        }

        throw new InvalidOperationException($"Cannot find the folder of {sourceFile} to keep its snapshots in");
    }

    private static string Explain(ApprovalException ex)
    {
        if (!File.Exists(ex.Approved))
        {
            return $"No approved snapshot yet: {ex.Approved}\nReview {ex.Received} and rename it, or run with PHRASECATALOG_APPROVE=1.";
        }

        string[] approved = File.ReadAllText(ex.Approved).ReplaceLineEndings("\n").Split('\n');
        string[] received = File.ReadAllText(ex.Received).ReplaceLineEndings("\n").Split('\n');
        int line = 0;
        while (line < approved.Length && line < received.Length && approved[line] == received[line]) line++;
        string Show(string[] lines) => line < lines.Length ? lines[line] : "(end of file)";
        return $"The generated code differs from {ex.Approved} at line {line + 1}:\n" +
               $"  approved: {Show(approved)}\n" +
               $"  received: {Show(received)}\n" +
               $"Compare with {ex.Received}; if the change is intended, run with PHRASECATALOG_APPROVE=1.";
    }

    private sealed class Namer(string sourcePath, string name) : IApprovalNamer
    {
        public string SourcePath { get; } = sourcePath;

        public string Name { get; } = name;
    }

    /// <summary>Accepts the received file as the approved one (PHRASECATALOG_APPROVE=1).</summary>
    private sealed class ApprovingReporter : IReporterWithApprovalPower
    {
        public void Report(string approved, string received) => File.Copy(received, approved, overwrite: true);

        public bool ApprovedWhenReported() => true;
    }
}

internal sealed class SnapshotMismatchException(string message, Exception inner) : Exception(message, inner);
