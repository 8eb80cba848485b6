using System;
using System.Linq;
using PhraseCatalog;
using PhraseCatalog.Metadata;

// Everything below reads generated descriptions: no reflection beyond the assembly attributes that
// register them, so a trimmed app must print the same as an untrimmed one.
var catalogs = PhraseCatalogs.All;
Console.WriteLine("catalogs=" + string.Join(",", catalogs.Select(c => c.TypeName + "@" + c.AssemblyName)));
foreach (var catalog in catalogs)
{
    Console.WriteLine("catalog=" + catalog.TypeName + "|cultures=" + string.Join(",", catalog.Cultures.Names) + "|phrases=" + catalog.Phrases.Count + "|forbidden=" + catalog.Forbidden.Count + "|scenarios=" + catalog.Scenarios.Count);
}

var shipped = PhraseCatalogs.Find("TrimmedCatalogApp.Shop")!.Find("Order.Shipped")!;
Console.WriteLine("phrase=" + shipped.Key + "|" + string.Join(",", shipped.Placeholders) + "|" + shipped.Comment + "|" + shipped.Text("zh-TW"));
Console.WriteLine("render=" + shipped.Render("zh-HK", "陳", "先生", "A-1", "3"));
var rule = PhraseCatalogs.Standard.Forbidden.First(f => f.Key == "Banned.DontKnow");
Console.WriteLine("forbidden=" + rule.Key + "|" + rule.Text + "|" + string.Join(",", rule.Instead));
Console.WriteLine("guard=" + PhraseGuard.Default.Check("我不知道", "zh-TW"));
