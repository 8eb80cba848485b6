using System;
using System.Collections.Generic;
using System.Linq;

namespace PhraseCatalog.Catalog.Tests;

/// <summary>The standard catalog as the tests see it.</summary>
internal static class Catalog
{
    public static IEnumerable<object[]> Cultures => PhraseFile.Cultures.Select(c => new object[] { c });

    public static IReadOnlySet<string> ApprovedKeys(string culture) =>
        PhraseFile.Approved(culture).Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>Keys present in every approved culture.</summary>
    public static IReadOnlySet<string> CommonApprovedKeys()
    {
        IEnumerable<string> keys = ApprovedKeys(PhraseFile.Cultures[0]);
        foreach (var culture in PhraseFile.Cultures.Skip(1))
        {
            keys = keys.Intersect(ApprovedKeys(culture), StringComparer.Ordinal);
        }

        return keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>First key parts of all approved and forbidden keys.</summary>
    public static IReadOnlySet<string> Scenarios() =>
        PhraseFile.Cultures
            .SelectMany(c => PhraseFile.Approved(c).Entries.Concat(PhraseFile.Forbidden(c).Entries))
            .Select(e => e.Key.Split('.')[0])
            .ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> AllKeys() =>
        PhraseFile.Cultures
            .SelectMany(c => PhraseFile.Approved(c).Entries.Concat(PhraseFile.Forbidden(c).Entries))
            .Select(e => e.Key)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Formats problems for an assertion message.</summary>
    public static string Report(IEnumerable<string> problems) => string.Join(Environment.NewLine, problems);
}
