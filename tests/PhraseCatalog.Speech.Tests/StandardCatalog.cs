using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace PhraseCatalog.Speech.Tests
{
    /// <summary>Every phrase of the standard catalog, placeholder phrases bound to sample values.</summary>
    internal static class StandardCatalog
    {
        /// <summary>
        /// The catalog's three cultures as spoken: zh-Hans (Mandarin), zh-Hant as Taiwan Mandarin, Korean.
        /// zh-HK (Cantonese, the same zh-Hant texts) is covered by the pause and phone tests, which keeps
        /// the run to three synthesized files per phrase.
        /// </summary>
        public static readonly string[] SpokenCultures = { "zh-Hans", "zh-TW", "ko" };

        public static readonly Lazy<IReadOnlyList<PhraseMessage>> All = new Lazy<IReadOnlyList<PhraseMessage>>(Load);

        private static IReadOnlyList<PhraseMessage> Load()
        {
            var messages = new List<PhraseMessage>();
            Collect(typeof(PhraseCatalog.Standard.CallCenter), messages);
            return messages.OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
        }

        private static void Collect(Type type, List<PhraseMessage> messages)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                if (property.PropertyType == typeof(Phrase)) messages.Add((Phrase)property.GetValue(null)!);
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (method.ReturnType != typeof(PhraseMessage) || method.IsSpecialName) continue;
                var arguments = method.GetParameters().Select(Sample).ToArray();
                messages.Add((PhraseMessage)method.Invoke(null, arguments)!);
            }

            foreach (var nested in type.GetNestedTypes(BindingFlags.Public))
            {
                if (nested.Name is "PhraseData" or "Procedures") continue;
                Collect(nested, messages);
            }
        }

        /// <summary>A value a caller could hear for a parameter, by type and name.</summary>
        private static object Sample(ParameterInfo parameter)
        {
            var type = parameter.ParameterType;
            if (type == typeof(int)) return 24;
            if (type == typeof(long)) return 24L;
            if (type == typeof(decimal)) return 1280.50m;
            if (type == typeof(double)) return 1.5;
            if (type == typeof(TimeSpan)) return new TimeSpan(14, 30, 0);
            string name = parameter.Name ?? string.Empty;
            if (name.Contains("phone", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Id", StringComparison.Ordinal)) return "95588";
            return "KT";
        }

        public static string FileName(PhraseMessage message, string culture) =>
            message.Key.Replace('.', '_') + "." + culture.ToLowerInvariant();

        public static string Language(string culture) => culture switch
        {
            "zh-Hans" => "zh-CN",
            "zh-TW" => "zh-TW",
            "zh-HK" => "zh-HK",
            "ko" => "ko-KR",
            _ => throw new ArgumentOutOfRangeException(nameof(culture), culture.ToString(CultureInfo.InvariantCulture)),
        };
    }
}
