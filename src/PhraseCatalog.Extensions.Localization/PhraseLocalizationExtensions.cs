using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PhraseCatalog.Extensions.Localization;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Registers the PhraseCatalog localizers.</summary>
    public static class PhraseLocalizationServiceCollectionExtensions
    {
        /// <summary>
        /// Serves every generated catalog as <see cref="IStringLocalizer"/>: registers
        /// <see cref="PhraseStringLocalizerFactory"/> as the <see cref="IStringLocalizerFactory"/>
        /// (replacing ASP.NET's ResourceManager one if <c>AddLocalization</c> ran first) and
        /// <c>IStringLocalizer&lt;T&gt;</c>, where <c>T</c> is a catalog's marker, <c>CallCenter.Phrases</c>.
        /// </summary>
        public static IServiceCollection AddPhraseCatalogLocalization(this IServiceCollection services, Action<PhraseLocalizationOptions>? configure = null)
        {
            if (services is null) throw new ArgumentNullException(nameof(services));
            services.AddOptions();
            if (configure is not null) services.Configure(configure);
            // A factory delegate: the class has two public constructors, which the container would find ambiguous.
            services.TryAddSingleton(provider => new PhraseStringLocalizerFactory(provider.GetRequiredService<IOptions<PhraseLocalizationOptions>>()));
            services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory>(provider => provider.GetRequiredService<PhraseStringLocalizerFactory>()));
            services.TryAddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
            return services;
        }
    }
}

namespace Microsoft.AspNetCore.Builder
{
    /// <summary>Adds the PhraseCatalog request-culture middleware.</summary>
    public static class PhraseLocalizationApplicationBuilderExtensions
    {
        /// <summary>
        /// Sets each request's phrase culture by name from RequestLocalization's providers (query,
        /// cookie, Accept-Language); see <see cref="PhraseRequestCultureMiddleware"/>. Needed under
        /// <c>InvariantGlobalization=true</c>; harmless alongside <c>UseRequestLocalization</c>.
        /// </summary>
        public static IApplicationBuilder UsePhraseCatalogRequestCulture(this IApplicationBuilder app)
        {
            if (app is null) throw new ArgumentNullException(nameof(app));
            return app.UseMiddleware<PhraseRequestCultureMiddleware>();
        }
    }
}

namespace Microsoft.AspNetCore.Builder
{
    /// <summary>Adds the reply guard to endpoints.</summary>
    public static class PhraseGuardEndpointExtensions
    {
        /// <summary>
        /// Checks the chat reply the endpoint receives (its <typeparamref name="TReply"/> argument,
        /// text chosen by <paramref name="text"/>) for forbidden phrases; see
        /// <see cref="PhraseCatalog.Extensions.Localization.PhraseGuardEndpointFilter{TReply}"/>.
        /// </summary>
        public static TBuilder GuardReplies<TBuilder, TReply>(this TBuilder builder, System.Func<TReply, string?> text, PhraseCatalog.Extensions.Localization.PhraseGuardAction action = PhraseCatalog.Extensions.Localization.PhraseGuardAction.Refuse)
            where TBuilder : IEndpointConventionBuilder
        {
            if (builder is null) throw new System.ArgumentNullException(nameof(builder));
            return Microsoft.AspNetCore.Http.EndpointFilterExtensions.AddEndpointFilter(builder, new PhraseCatalog.Extensions.Localization.PhraseGuardEndpointFilter<TReply>(text, action));
        }
    }
}
