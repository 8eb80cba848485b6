using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using PhraseCatalog.Extensions.Localization;
using PhraseCatalog.Standard;

namespace PhraseCatalog.Web.Tests;

/// <summary>The request's language reaching the catalog, through Kestrel on 127.0.0.1 in this process (culture data available).</summary>
public sealed class RequestCultureTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _client;

    private HttpClient Client => _client!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddPhraseCatalogLocalization();
        var app = builder.Build();
        app.UsePhraseCatalogRequestCulture();
        app.MapGet("/greeting", (IStringLocalizer<CallCenter.Phrases> localizer) => localizer["Greeting.InboundCall"].Value);
        app.MapGet("/reply/{hours}", (IStringLocalizer<CallCenter.Phrases> localizer, string hours) =>
        {
            try
            {
                return Results.Text(localizer["Complaint.ReplyWithin", hours].Value);
            }
            catch (ArgumentException e)
            {
                return Results.BadRequest(e.Message);
            }
        });
        app.MapGet("/missing", (IStringLocalizer<CallCenter.Phrases> localizer) => localizer["Nope"].ResourceNotFound.ToString());
        app.MapPost("/chat", (ChatReply reply) => Results.Ok(reply.Text)).GuardReplies((ChatReply r) => r.Text);
        app.MapPost("/chat/report", (ChatReply reply) => Results.Ok(reply.Text)).GuardReplies((ChatReply r) => r.Text, PhraseGuardAction.Report);
        await app.StartAsync();
        _app = app;
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        _client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }

    public static TheoryData<string, string> Languages() => new()
    {
        { "zh-TW", "zh-Hant" },
        { "zh-HK", "zh-Hant" },
        { "zh-CN", "zh-Hans" },
        { "ko-KR", "ko" },
        { "en", "zh-Hans" },
        { "xx-nonsense;;q=abc", "zh-Hans" },
        { "en-US,en;q=0.9,zh-TW;q=0.8", "zh-Hant" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Accept_Language_picks_the_catalog_culture(string acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/greeting");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CallCenter.Greeting.InboundCall.Text(expected), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_query_string_and_the_cookie_are_read_like_Accept_Language()
    {
        Assert.Equal(CallCenter.Greeting.InboundCall.Text("ko"), await Client.GetStringAsync("/greeting?culture=ko-KR"));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/greeting");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c=zh-TW|uic=zh-TW");
        using var response = await Client.SendAsync(request);
        Assert.Equal(CallCenter.Greeting.InboundCall.Text("zh-Hant"), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Placeholders_are_filled_and_bad_values_refused_over_http()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/reply/48");
        request.Headers.Add("Accept-Language", "ko-KR");
        using var ok = await Client.SendAsync(request);
        Assert.Equal(CallCenter.Complaint.ReplyWithin(48).Text("ko"), await ok.Content.ReadAsStringAsync());

        using var bad = await Client.GetAsync("/reply/soon");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("{hours:int}", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal("True", await Client.GetStringAsync("/missing"));
    }

    [Fact]
    public async Task A_chat_reply_with_a_forbidden_phrase_is_refused_with_the_replacement_in_the_request_culture()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/chat") { Content = JsonContent.Create(new ChatReply("這個我不知道")) };
        request.Headers.Add("Accept-Language", "zh-TW");
        using var refused = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        string body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("\"rule\":\"Banned.DontKnow\"", body, StringComparison.Ordinal);
        Assert.Contains(CallCenter.Information.LookingUp.Text("zh-Hant"), body, StringComparison.Ordinal);

        using var approved = await Client.PostAsJsonAsync("/chat", new ChatReply(CallCenter.Hold.ThanksForWaiting.Text("zh-CN")));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        // Report only: logged and counted, but sent.
        using var reported = await Client.PostAsJsonAsync("/chat/report", new ChatReply("这个我不知道"));
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
    }

    [Fact]
    public void This_process_has_culture_data()
    {
        // The counterpart of the invariant run in InvariantGlobalizationTests.
        Assert.Equal("zh-TW", new CultureInfo("zh-TW").Name);
    }
}

/// <summary>A chat message an agent or a bot sends.</summary>
public sealed record ChatReply(string Text);

/// <summary>The agent console as its own process, with and without InvariantGlobalization: the same answers.</summary>
public sealed class InvariantGlobalizationTests
{
    public static TheoryData<bool> Modes() => new() { true, false };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task The_request_language_reaches_the_catalog_by_name(bool invariant)
    {
        await using var app = await SampleApp.StartAsync(invariant);

        var environment = await app.Client.GetFromJsonAsync<EnvironmentInfo>("/api/environment");
        Assert.Equal(!invariant, environment!.NamedCultures);

        (string Header, string Culture)[] cases = [("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"), ("zh-CN", "zh-Hans"), ("ko-KR", "ko"), ("en", "zh-Hans"), ("garbage!!", "zh-Hans")];
        foreach (var (header, culture) in cases)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/localize/PhraseCatalog.Standard.CallCenter/Greeting.InboundCall");
            request.Headers.TryAddWithoutValidation("Accept-Language", header);
            using var response = await app.Client.SendAsync(request);
            var body = await response.Content.ReadFromJsonAsync<LocalizedInfo>();
            Assert.Equal(CallCenter.Greeting.InboundCall.Text(culture), body!.Value);
            Assert.False(body.ResourceNotFound);
        }

        var typed = await app.Client.GetFromJsonAsync<LocalizedInfo>("/api/localize/AgentConsole.Desk/Ticket.Created?culture=ko-KR&arg=Kim&arg=%EA%B3%A0%EA%B0%9D&arg=T-7&arg=24");
        Assert.Contains("T-7", typed!.Value, StringComparison.Ordinal);
        Assert.Contains("24시간", typed.Value, StringComparison.Ordinal);
    }

    private sealed record EnvironmentInfo(bool NamedCultures);

    private sealed record LocalizedInfo(string? Value, bool ResourceNotFound, string Culture, string? Error);
}
