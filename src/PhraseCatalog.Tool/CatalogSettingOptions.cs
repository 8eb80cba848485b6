using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using PhraseCatalog.Core;
using PhraseCatalog.Core.Exchange;
using PhraseCatalog.Core.Model;

namespace PhraseCatalog.Tool
{
    /// <summary>
    /// The build settings every command takes, each named after its MSBuild property, so lint, report
    /// and the XLIFF commands read phrase files exactly as the build does. One definition, so the
    /// commands cannot drift apart.
    /// </summary>
    internal sealed class CatalogSettingOptions
    {
        public Option<string[]> Cultures { get; } = new("--cultures")
        {
            Description = "The cultures phrase files may have (MSBuild PhraseCatalogCultures), e.g. \"zh-Hans;zh-Hant;ko\"",
            AllowMultipleArgumentsPerToken = true,
        };

        public Option<string?> DefaultCulture { get; } = new("--default-culture")
        {
            Description = "The culture used when no other fits (MSBuild PhraseCatalogDefaultCulture; default zh-Hans). Given, a file without a culture part is read as this culture",
        };

        public Option<string?> NeutralLanguage { get; } = new("--neutral-language")
        {
            Description = "The language of neutral phrase files such as Resources.resx (MSBuild NeutralLanguage)",
        };

        public Option<string?> TextKind { get; } = new("--text-kind")
        {
            Description = "What the texts are (MSBuild PhraseCatalogTextKind): spoken (default), chat or ui; with ui the findings that assume spoken agent text are not reported",
        };

        public Option<bool> TaiwanStandard { get; } = new("--taiwan-standard")
        {
            Description = "zh-Hant texts must use Taiwan's standard forms (MSBuild PhraseCatalogTaiwanStandard)",
        };

        public CatalogSettingOptions()
        {
            // The build reports a value it cannot read (PHR0021); on a command line it is a usage error at once.
            TextKind.AcceptOnlyFromAmong("spoken", "chat", "ui");
        }

        public void AddTo(Command command)
        {
            command.Options.Add(Cultures);
            command.Options.Add(DefaultCulture);
            command.Options.Add(NeutralLanguage);
            command.Options.Add(TextKind);
            command.Options.Add(TaiwanStandard);
        }

        /// <summary>The settings for the core's checker (lint, report).</summary>
        public PhraseCheckOptions ReadCheckOptions(ParseResult result, string? ns)
        {
            var options = new PhraseCheckOptions
            {
                DefaultCulture = Trimmed(result.GetValue(DefaultCulture)),
                NeutralLanguage = Trimmed(result.GetValue(NeutralLanguage)),
                TaiwanStandard = result.GetValue(TaiwanStandard),
                TextKind = Kind(result) switch
                {
                    Core.Model.TextKind.Chat => PhraseTextKind.Chat,
                    Core.Model.TextKind.Ui => PhraseTextKind.Ui,
                    _ => PhraseTextKind.Spoken,
                },
                Namespace = ns,
            };
            foreach (string culture in ReadCultures(result)) options.Cultures.Add(culture);
            return options;
        }

        /// <summary>The settings for the XLIFF exchange.</summary>
        public ExchangeSettings ReadExchangeSettings(ParseResult result)
        {
            string? defaultCulture = Trimmed(result.GetValue(DefaultCulture));
            return new ExchangeSettings
            {
                DefaultCulture = defaultCulture ?? GeneratorOptions.DefaultDefaultCulture,
                DefaultCultureSet = defaultCulture is not null,
                DeclaredCultures = ReadCultures(result),
                TaiwanStandard = result.GetValue(TaiwanStandard),
                NeutralLanguage = Trimmed(result.GetValue(NeutralLanguage)),
                TextKind = Kind(result),
            };
        }

        private TextKind Kind(ParseResult result) =>
            BuildSettings.ParseTextKind(result.GetValue(TextKind)) ?? Core.Model.TextKind.Spoken;

        private List<string> ReadCultures(ParseResult result) =>
            (result.GetValue(Cultures) ?? Array.Empty<string>())
                .SelectMany(v => v.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
                .Select(c => c.Trim())
                .Where(c => c.Length > 0)
                .ToList();

        private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
