using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace PhraseCatalog.Tool.Tests.Infrastructure;

/// <summary>The outcome of one in-process run of the phrasecatalog command.</summary>
public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>A temporary folder with phrase files, deleted at the end; the tool runs with it as the current folder.</summary>
public sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "phrasecatalog-tool-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Path_(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes a file (UTF-8, no BOM, \n line ends) and returns its full path.</summary>
    public string Write(string relative, string content)
    {
        string path = Path_(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string relative, byte[] content)
    {
        string path = Path_(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public ToolResult Run(params string[] args) => RunIn(Root, args);

    public ToolResult RunIn(string directory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, output, error, directory, color: false);
        return new ToolResult(code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>Builds .resx phrase files whose lines and columns the tests know.</summary>
public static class Resx
{
    /// <summary>
    /// A phrase file with one entry per pair, one line each after a 2-line header:
    /// entry i (0-based) is on line 3 + i, its value text starts at column 43 + key length... so tests
    /// compute columns with <see cref="ValueColumn"/>.
    /// </summary>
    public static string File(params (string Key, string Value)[] entries) => FileWithComments(entries.Select(e => (e.Key, e.Value, (string?)null)).ToArray());

    public static string FileWithComments(params (string Key, string Value, string? Comment)[] entries)
    {
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n");
        foreach (var (key, value, comment) in entries)
        {
            text.Append("  <data name=\"").Append(Escape(key)).Append("\" xml:space=\"preserve\"><value>").Append(Escape(value)).Append("</value>");
            if (comment is not null) text.Append("<comment>").Append(Escape(comment)).Append("</comment>");
            text.Append("</data>\n");
        }

        text.Append("</root>\n");
        return text.ToString();
    }

    /// <summary>The 1-based line of entry <paramref name="index"/> in a file from <see cref="File"/>.</summary>
    public static int Line(int index) => 3 + index;

    /// <summary>The 1-based column where the value of an entry with this key starts.</summary>
    public static int ValueColumn(string key) => "  <data name=\"".Length + Escape(key).Length + "\" xml:space=\"preserve\"><value>".Length + 1;

    private static string Escape(string value) => value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
