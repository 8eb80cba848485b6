using System;
using System.IO;
using System.Linq;

namespace PhraseCatalog.Catalog.Tests;

public class CatalogDocTests
{
    private static string Doc => File.ReadAllText(Repo.CatalogDoc);

    [Fact]
    public void Catalog_doc_names_every_approved_key()
    {
        var doc = Doc;
        var missing = Catalog.CommonApprovedKeys().Where(k => !doc.Contains("`" + k + "`", StringComparison.Ordinal)).OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "docs/catalog.md does not name: " + string.Join(", ", missing));
    }

    [Fact]
    public void Catalog_doc_names_only_existing_keys()
    {
        var keys = Catalog.AllKeys();
        var unknown = Checks.KeyReferences(Doc, Catalog.Scenarios()).Where(k => !keys.Contains(k)).ToList();
        Assert.True(unknown.Count == 0, "docs/catalog.md names unknown keys: " + string.Join(", ", unknown));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    public void Catalog_doc_maps_each_seed_and_lists_what_was_left_out(string seed)
    {
        var doc = Doc;
        Assert.Contains("Seed " + seed, doc, StringComparison.Ordinal);
        Assert.Contains("Left out on purpose", doc, StringComparison.Ordinal);
    }
}
