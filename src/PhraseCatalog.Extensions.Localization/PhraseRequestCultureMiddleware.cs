using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace PhraseCatalog.Extensions.Localization
{
    /// <summary>
    /// Takes the request's language from RequestLocalization's providers (query string, cookie,
    /// Accept-Language, and any added to <see cref="RequestLocalizationOptions.RequestCultureProviders"/>)
    /// as names, picks the first that a served catalog has, and sets <see cref="PhraseRequestCulture"/>
    /// for the rest of the request. No <see cref="System.Globalization.CultureInfo"/> is created, so it
    /// works under <c>InvariantGlobalization=true</c>. A request whose languages no catalog has keeps
    /// the UI culture (so ASP.NET's own request localization, if used, still decides).
    /// </summary>
    public sealed class PhraseRequestCultureMiddleware
    {
        private readonly RequestDelegate _next;
        private readonly RequestLocalizationOptions _options;
        private readonly PhraseStringLocalizerFactory? _factory;

        /// <summary>Creates the middleware.</summary>
        public PhraseRequestCultureMiddleware(RequestDelegate next, IOptions<RequestLocalizationOptions> options, IStringLocalizerFactory factory)
        {
            _next = next ?? throw new ArgumentNullException(nameof(next));
            _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
            _factory = factory as PhraseStringLocalizerFactory;
        }

        /// <summary>Runs the middleware.</summary>
        public async Task InvokeAsync(HttpContext context)
        {
            if (context is null) throw new ArgumentNullException(nameof(context));
            string? chosen = null;
            if (_factory is not null)
            {
                foreach (var provider in _options.RequestCultureProviders)
                {
                    var result = await provider.DetermineProviderCultureResult(context).ConfigureAwait(false);
                    if (result is null) continue;
                    foreach (var name in result.UICultures.Count > 0 ? result.UICultures : result.Cultures)
                    {
                        if (!name.HasValue) continue;
                        string candidate = name.Value!;
                        if (_factory.MatchCulture(candidate) is not null)
                        {
                            chosen = candidate;
                            break;
                        }
                    }

                    if (chosen is not null) break;
                }
            }

            if (chosen is null)
            {
                await _next(context).ConfigureAwait(false);
                return;
            }

            context.Items[ItemKey] = chosen;
            using (PhraseRequestCulture.Use(chosen))
            {
                await _next(context).ConfigureAwait(false);
            }
        }

        /// <summary>The key under which the chosen culture name is kept in <see cref="HttpContext.Items"/>.</summary>
        public const string ItemKey = "PhraseCatalog.RequestCulture";
    }
}
