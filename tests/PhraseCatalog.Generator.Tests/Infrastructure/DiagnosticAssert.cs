using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PhraseCatalog.Core.Problems;

namespace PhraseCatalog.Generator.Tests.Infrastructure;

internal static class DiagnosticAssert
{
    /// <summary>
    /// Asserts a diagnostic's ID, severity and place: the 1-based line and column the build prints
    /// (<c>file.resx(12,5): error PHR0003: …</c>), and that <see cref="Location.SourceSpan"/> covers
    /// exactly <paramref name="spanText"/> in the file and agrees with the line span.
    /// </summary>
    /// <returns>The offset of the span in the file, for checks on what follows an empty span.</returns>
    public static int Located(Diagnostic diagnostic, string id, DiagnosticSeverity severity, PhraseFile file, int line, int column, string spanText)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(severity, diagnostic.DefaultSeverity);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);

        var lineSpan = diagnostic.Location.GetLineSpan();
        Assert.Equal(file.Path, lineSpan.Path);
        Assert.Equal((line, column), (lineSpan.StartLinePosition.Line + 1, lineSpan.StartLinePosition.Character + 1));

        var text = SourceText.From(file.Content);
        var span = diagnostic.Location.SourceSpan;
        Assert.True(span.End <= text.Length, $"The span {span} lies outside the file ({text.Length} characters)");
        Assert.Equal(spanText, text.ToString(span));
        Assert.Equal(text.Lines.GetLinePositionSpan(span), lineSpan.Span);

        // What the build prints for it.
        string kind = severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => severity.ToString().ToLowerInvariant(),
        };
        Assert.StartsWith($"{file.Path}({line},{column}): {kind} {id}: ", diagnostic.ToString(), StringComparison.Ordinal);
        return span.Start;
    }

    /// <summary>The one diagnostic with <paramref name="id"/>; fails when there are none or several.</summary>
    public static Diagnostic Single(GeneratorOutcome outcome, string id)
    {
        var matches = outcome.WithId(id);
        Assert.True(matches.Count == 1, $"Expected one {id}, got {matches.Count}:\n{string.Join("\n", outcome.Diagnostics)}");
        return matches[0];
    }

    /// <summary>Fails when the generator reported anything but the listed IDs.</summary>
    public static void OnlyIds(GeneratorOutcome outcome, params string[] ids)
    {
        var unexpected = outcome.Diagnostics.Where(d => !ids.Contains(d.Id)).ToList();
        Assert.True(unexpected.Count == 0, "Unexpected diagnostics:\n" + string.Join("\n", unexpected));
    }
}
