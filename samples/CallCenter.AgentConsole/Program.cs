using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using PhraseCatalog;
using PhraseCatalog.Extensions.Localization;
using PhraseCatalog.Metadata;

// The agent console: every catalog of the app (the standard CallCenter and this app's Desk) behind
// IStringLocalizer, the caller's language taken from the request by name (so it also runs with
// InvariantGlobalization), and PhraseGuard checking drafts. `--urls` is honoured as by any ASP.NET app.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPhraseCatalogLocalization();
builder.Services.AddSingleton(_ => PhraseGuard.Default);

var app = builder.Build();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UsePhraseCatalogRequestCulture();

// Catalogs and their scenarios, for the pickers.
app.MapGet("/api/catalogs", (PhraseStringLocalizerFactory factory) =>
    factory.Catalogs.Select(c => new CatalogInfo(c.Name, c.TypeName, c.AssemblyName, c.Cultures.Names.ToArray(), c.Scenarios.ToArray())));

// The phrases of one scenario in the request's culture (?culture=zh-TW, a cookie or Accept-Language),
// placeholders filled from the customer record given in the query (surname, title, ticket, hours, …).
app.MapGet("/api/phrases", (HttpRequest request, PhraseStringLocalizerFactory factory, string catalog, string scenario) =>
{
    var description = factory.Catalogs.FirstOrDefault(c => c.TypeName == catalog);
    if (description is null) return Results.NotFound();
    var localizer = factory.Create(description.TypeName, description.AssemblyName);
    var fields = Fields.From(request.Query);
    var phrases = description.Phrases
        .Where(p => p.Scenario == scenario)
        .Select(p => Fields.Render(localizer, p, fields))
        .ToArray();
    return Results.Ok(new PhraseList(description.Cultures.ResolveName(PhraseRequestCulture.CurrentName), phrases));
});

// A draft checked by the guard: forbidden phrases with their place and the approved replacement,
// filled from the customer record like the phrase list.
app.MapPost("/api/check", (CheckRequest body, PhraseGuard guard, PhraseStringLocalizerFactory factory) =>
{
    var fields = body.Fields ?? new Dictionary<string, string>();
    using var culture = PhraseRequestCulture.Use(body.Culture);
    var check = guard.Check(body.Text ?? string.Empty, body.Culture);
    var findings = check.Forbidden.Select(f => new FindingInfo(
        f.Start,
        f.Length,
        f.Matched,
        f.Rule.Key,
        f.Rule.Comment,
        f.Instead.Select(p => Fields.Render(factory.Create(f.Catalog.TypeName, f.Catalog.AssemblyName), p, fields)).ToArray())).ToArray();
    return new CheckResult(check.Verdict.ToString(), check.Phrase?.Key, check.Culture, check.Edits, findings);
});

// One string through IStringLocalizer, as a page or controller would ask for it.
app.MapGet("/api/localize/{catalog}/{key}", (PhraseStringLocalizerFactory factory, string catalog, string key, string[]? arg) =>
{
    var localizer = factory.Create(catalog, string.Empty);
    try
    {
        var value = arg is { Length: > 0 } ? localizer[key, arg.Cast<object>().ToArray()] : localizer[key];
        return Results.Ok(new LocalizedInfo(value.Value, value.ResourceNotFound, PhraseRequestCulture.CurrentName, null));
    }
    catch (ArgumentException e)
    {
        return Results.BadRequest(new LocalizedInfo(null, false, PhraseRequestCulture.CurrentName, e.Message));
    }
});

// Whether this process can build CultureInfo for named cultures: false under InvariantGlobalization,
// where only culture names reach the catalogs.
app.MapGet("/api/environment", () =>
{
    bool namedCultures;
    try
    {
        namedCultures = new System.Globalization.CultureInfo("zh-TW").Name == "zh-TW";
    }
    catch (System.Globalization.CultureNotFoundException)
    {
        namedCultures = false;
    }

    return new EnvironmentInfo(namedCultures);
});

app.Run();

internal sealed record EnvironmentInfo(bool NamedCultures);

internal sealed record CatalogInfo(string Name, string TypeName, string Assembly, string[] Cultures, string[] Scenarios);

internal sealed record PhraseInfo(string Key, string? Comment, string Template, string Text, string[] Missing, string? Error);

internal sealed record PhraseList(string Culture, PhraseInfo[] Phrases);

internal sealed record CheckRequest(string? Text, string? Culture, Dictionary<string, string>? Fields);

internal sealed record FindingInfo(int Start, int Length, string Matched, string Rule, string? Comment, PhraseInfo[] Instead);

internal sealed record CheckResult(string Verdict, string? Key, string? Culture, int Edits, FindingInfo[] Forbidden);

internal sealed record LocalizedInfo(string? Value, bool ResourceNotFound, string Culture, string? Error);

/// <summary>Fills a phrase's placeholders from the customer record.</summary>
internal static partial class Fields
{
    private static readonly string[] Known = ["surname", "title", "ticket", "hours", "company", "staffId", "agentName", "time", "phoneNumber", "department", "days", "minutes"];

    public static Dictionary<string, string> From(IQueryCollection query)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Known)
        {
            if (query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)) fields[name] = value.ToString().Trim();
        }

        return fields;
    }

    /// <summary>The text in the current phrase culture; with every value known it goes through the localizer (typed values checked), else the template keeps the missing placeholders visible.</summary>
    public static PhraseInfo Render(IStringLocalizer localizer, PhraseDescription phrase, IReadOnlyDictionary<string, string> fields)
    {
        string template = phrase.Text(PhraseRequestCulture.CurrentName);
        var missing = phrase.Placeholders.Where(p => !fields.ContainsKey(p.Name)).Select(p => p.Name).ToArray();
        if (missing.Length == 0)
        {
            try
            {
                object[] values = phrase.Placeholders.Select(p => (object)fields[p.Name]).ToArray();
                return new PhraseInfo(phrase.Key, phrase.Comment, template, localizer[phrase.Key, values].Value, missing, null);
            }
            catch (ArgumentException e)
            {
                return new PhraseInfo(phrase.Key, phrase.Comment, template, template, missing, e.Message);
            }
        }

        string partial = Placeholder().Replace(template, m => fields.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
        return new PhraseInfo(phrase.Key, phrase.Comment, template, partial, missing, null);
    }

    [GeneratedRegex(@"\{(\w+)(?::\w+)?(?:\|[^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
