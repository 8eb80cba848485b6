using System;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PhraseCatalog.Extensions.Localization
{
    /// <summary>What <see cref="PhraseGuardEndpointFilter{TReply}"/> does with a reply that holds a forbidden phrase.</summary>
    public enum PhraseGuardAction
    {
        /// <summary>Log a warning and count it, then let the reply through.</summary>
        Report = 0,

        /// <summary>Log and count it, and answer 422 with the findings instead of running the endpoint.</summary>
        Refuse = 1,
    }

    /// <summary>
    /// An endpoint filter that checks the outgoing chat reply an endpoint receives (an agent's message
    /// or a bot's answer, the argument of type <typeparamref name="TReply"/>) with <see cref="PhraseGuard"/>
    /// in the request's phrase culture. A forbidden phrase is logged, counted on the meter
    /// <c>PhraseCatalog</c> (<c>phrasecatalog.guard.forbidden</c>, tagged with the rule) and, with
    /// <see cref="PhraseGuardAction.Refuse"/>, refused with 422 and the findings.
    /// </summary>
    public sealed class PhraseGuardEndpointFilter<TReply> : IEndpointFilter
    {
        private static readonly Meter Meter = new Meter("PhraseCatalog");
        private static readonly Counter<long> Forbidden = Meter.CreateCounter<long>("phrasecatalog.guard.forbidden", description: "Forbidden phrases found in replies");
        private readonly Func<TReply, string?> _text;
        private readonly PhraseGuardAction _action;

        /// <summary>Checks the text <paramref name="text"/> selects from the endpoint's <typeparamref name="TReply"/> argument.</summary>
        public PhraseGuardEndpointFilter(Func<TReply, string?> text, PhraseGuardAction action)
        {
            _text = text ?? throw new ArgumentNullException(nameof(text));
            _action = action;
        }

        /// <inheritdoc />
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            if (context is null) throw new ArgumentNullException(nameof(context));
            if (next is null) throw new ArgumentNullException(nameof(next));
            var reply = context.Arguments.OfType<TReply>().FirstOrDefault();
            string? text = reply is null ? null : _text(reply);
            if (string.IsNullOrEmpty(text)) return await next(context).ConfigureAwait(false);

            var services = context.HttpContext.RequestServices;
            var guard = services.GetService<PhraseGuard>() ?? PhraseGuard.Default;
            string culture = PhraseRequestCulture.CurrentName;
            var check = guard.Check(text!, culture);
            if (check.Verdict != PhraseVerdict.Forbidden) return await next(context).ConfigureAwait(false);

            var logger = services.GetService<ILoggerFactory>()?.CreateLogger("PhraseCatalog.Guard");
            foreach (var finding in check.Forbidden)
            {
                Forbidden.Add(1, new System.Collections.Generic.KeyValuePair<string, object?>("rule", finding.Rule.Key));
                logger?.LogWarning("A reply to {Path} holds the forbidden phrase '{Phrase}' ({Rule}) at {Start}; say instead: {Instead}", context.HttpContext.Request.Path.Value, finding.Matched, finding.Rule.Key, finding.Start, finding.InsteadText(culture));
            }

            if (_action == PhraseGuardAction.Report) return await next(context).ConfigureAwait(false);
            return Results.UnprocessableEntity(new
            {
                error = "The reply holds forbidden phrases.",
                forbidden = check.Forbidden.Select(f => new { start = f.Start, length = f.Length, matched = f.Matched, rule = f.Rule.Key, instead = f.Instead.Select(p => new { key = p.Key, text = p.Text(culture) }) }),
            });
        }
    }
}
