using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace PhraseCatalog.Catalog.Tests;

/// <summary>One reviewed exception from reviewed-exceptions.tsv.</summary>
internal sealed record ReviewedException(string Check, string Key, string Text, string Reason);

/// <summary>The reviewed, deliberate exceptions to the content checks (reviewed-exceptions.tsv).</summary>
internal static class ReviewedExceptions
{
    private static readonly Lazy<IReadOnlyList<ReviewedException>> LazyAll = new(Load);

    public static IReadOnlyList<ReviewedException> All => LazyAll.Value;

    public static bool Allows(string check, string key, string problemText) =>
        All.Any(e => e.Check == check && e.Key == key && problemText.Contains(e.Text, StringComparison.Ordinal));

    private static IReadOnlyList<ReviewedException> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "reviewed-exceptions.tsv");
        var list = new List<ReviewedException>();
        foreach (var line in File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            if (parts.Length != 4 || parts.Any(p => p.Trim().Length == 0) || parts[0] is not ("script" or "ni"))
            {
                throw new InvalidDataException($"reviewed-exceptions.tsv: expected 'script|ni<TAB>key<TAB>text<TAB>reason': {line}");
            }

            list.Add(new ReviewedException(parts[0], parts[1], parts[2], parts[3]));
        }

        return list;
    }
}
