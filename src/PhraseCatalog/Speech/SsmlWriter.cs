using System;
using System.Globalization;
using System.Text;
using PhraseCatalog.CompilerServices;

namespace PhraseCatalog
{
    /// <summary>
    /// Writes SSML straight into a reused <see cref="StringBuilder"/>: the only allocation per call is
    /// the resulting string. Every piece of text, literal or value, goes through <see cref="AppendEscaped"/>,
    /// so a value can never open or close an element.
    /// </summary>
    internal static class SsmlWriter
    {
        private const string SsmlNamespace = "http://www.w3.org/2001/10/synthesis";

        [ThreadStatic]
        private static StringBuilder? t_cached;

        public static StringBuilder Rent()
        {
            var builder = t_cached;
            if (builder is null) return new StringBuilder(256);
            t_cached = null;
            builder.Clear();
            return builder;
        }

        public static string Return(StringBuilder builder)
        {
            string result = builder.ToString();
            // Keep only modest buffers, so one huge phrase does not pin memory on the thread.
            if (builder.Capacity <= 4096) t_cached = builder;
            return result;
        }

        /// <summary>The SSML language for a requested culture name and the catalog culture it resolved to.</summary>
        public static string LanguageOf(string? requested, string resolved)
        {
            if (resolved.Equals("zh-Hans", StringComparison.OrdinalIgnoreCase)) return "zh-CN";
            if (resolved.Equals("zh-Hant", StringComparison.OrdinalIgnoreCase))
            {
                // Hong Kong and Macau speech is Cantonese: engines know it as zh-HK.
                if (requested is not null && (HasRegion(requested, "HK") || HasRegion(requested, "MO"))) return "zh-HK";
                return "zh-TW";
            }

            if (resolved.Equals("ko", StringComparison.OrdinalIgnoreCase)) return "ko-KR";
            if (requested is not null && requested.Length > 0 && requested.StartsWith(resolved, StringComparison.OrdinalIgnoreCase)) return requested.Replace('_', '-');
            return resolved;
        }

        private static bool HasRegion(string name, string region)
        {
            string normalized = name.Replace('_', '-');
            return normalized.EndsWith("-" + region, StringComparison.OrdinalIgnoreCase)
                || normalized.IndexOf("-" + region + "-", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        public static void Open(StringBuilder builder, SpeechProfile profile, string language)
        {
            switch (profile.Engine)
            {
                case SpeechEngine.Twilio:
                    // <Say> takes the body only; Twilio adds <speak> itself.
                    return;
                case SpeechEngine.Polly:
                    // Polly's language and voice come with the request; a bare <speak> is what it documents.
                    builder.Append("<speak>");
                    return;
                default:
                    builder.Append("<speak version=\"1.0\" xmlns=\"").Append(SsmlNamespace).Append("\" xml:lang=\"");
                    AppendEscaped(builder, language);
                    builder.Append("\">");
                    if (profile.Engine == SpeechEngine.Azure)
                    {
                        builder.Append("<voice name=\"");
                        AppendEscaped(builder, profile.VoiceFor(language) ?? language);
                        builder.Append("\">");
                    }

                    return;
            }
        }

        public static void Close(StringBuilder builder, SpeechProfile profile)
        {
            if (profile.Engine == SpeechEngine.Azure) builder.Append("</voice>");
            if (profile.Engine != SpeechEngine.Twilio) builder.Append("</speak>");
        }

        /// <summary>A pause as whole milliseconds (some engines read <c>1.5s</c> as 1 ms), clamped to what the engine accepts.</summary>
        public static void AppendBreak(StringBuilder builder, int milliseconds, int maxMilliseconds)
        {
            int value = Math.Min(Math.Max(milliseconds, 0), maxMilliseconds);
            builder.Append("<break time=\"").Append(value.ToString(CultureInfo.InvariantCulture)).Append("ms\"/>");
        }

        /// <summary>
        /// Text content: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, and both quotes (harmless in content,
        /// and it keeps the text safe if it ever lands in an attribute) are escaped; characters XML 1.0
        /// does not allow at all (most C0 controls, unpaired surrogates, U+FFFE/U+FFFF) and line breaks
        /// become a space, which is how a speech engine would treat them anyway.
        /// </summary>
        public static void AppendEscaped(StringBuilder builder, string text)
        {
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                string? replacement;
                if (c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'') continue;
                switch (c)
                {
                    case '&': replacement = "&amp;"; break;
                    case '<': replacement = "&lt;"; break;
                    case '>': replacement = "&gt;"; break;
                    case '"': replacement = "&quot;"; break;
                    case '\'': replacement = "&apos;"; break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            i++;
                            continue;
                        }

                        if (c >= 0xE000 && c <= 0xFFFD) continue;
                        replacement = " ";
                        break;
                }

                builder.Append(text, start, i - start).Append(replacement);
                start = i + 1;
            }

            builder.Append(text, start, text.Length - start);
        }

        /// <summary>Writes a phrase's segments (literal text, values as spoken, pauses) as the SSML body.</summary>
        public static void AppendBody(StringBuilder builder, SpeechSegment[] segments, in PhraseArgs args, string language, int maxPause)
        {
            for (int i = 0; i < segments.Length; i++)
            {
                var segment = segments[i];
                switch (segment.Kind)
                {
                    case SpeechSegmentKind.Literal:
                        AppendEscaped(builder, segment.Text);
                        break;
                    case SpeechSegmentKind.Pause:
                        AppendBreak(builder, segment.PauseMilliseconds, maxPause);
                        break;
                    default:
                        string value = args[segment.Argument];
                        if (segment.Spoken == SpokenKind.AsWritten)
                        {
                            AppendEscaped(builder, value);
                        }
                        else
                        {
                            // The spoken form is built in a second reused buffer, then escaped as a whole.
                            var spoken = t_spoken ??= new StringBuilder(64);
                            spoken.Clear();
                            SpokenForms.AppendSpoken(spoken, segment.Spoken, value, language);
                            AppendEscaped(builder, spoken.ToString());
                        }

                        if (segment.Particle >= 0) builder.Append(KoreanParticles.Pick(value, (KoreanParticle)segment.Particle));
                        break;
                }
            }
        }

        [ThreadStatic]
        private static StringBuilder? t_spoken;
    }
}
