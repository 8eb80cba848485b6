using System;
using System.Collections.Generic;
using System.Globalization;

namespace PhraseCatalog
{
    /// <summary>
    /// One step of a <see cref="PhraseProcedure"/>: the phrase to say, then how long to listen before
    /// the caller's silence counts as no input. On no input the procedure goes on with the next step;
    /// after the last step it hangs up. What follows on input is the application's to decide.
    /// </summary>
    public sealed class PhraseProcedureStep
    {
        /// <summary>Creates a step; generated code calls this.</summary>
        public PhraseProcedureStep(Phrase phrase, TimeSpan noInputTimeout)
        {
            Phrase = phrase ?? throw new ArgumentNullException(nameof(phrase));
            if (noInputTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(noInputTimeout), "A step listens for some time.");
            NoInputTimeout = noInputTimeout;
        }

        /// <summary>What the step says.</summary>
        public Phrase Phrase { get; }

        /// <summary>How long to listen after the phrase before no input (VoiceXML <c>timeout</c>).</summary>
        public TimeSpan NoInputTimeout { get; }
    }

    /// <summary>
    /// A timed prompt procedure from a phrase book, such as the silent-line procedure: say a phrase,
    /// listen, and on no input say the next one, until the last step hangs up. Generated catalogs
    /// expose each as <c>&lt;Catalog&gt;.Procedures.&lt;Name&gt;</c>.
    /// </summary>
    public sealed class PhraseProcedure
    {
        private const string VoiceXmlNamespace = "http://www.w3.org/2001/vxml";
        private readonly PhraseProcedureStep[] _steps;

        /// <summary>Creates a procedure; generated code calls this.</summary>
        /// <param name="name">The procedure's name, a C# identifier (also the VoiceXML form id).</param>
        /// <param name="steps">The steps in the order they are said; at least one.</param>
        public PhraseProcedure(string name, PhraseProcedureStep[] steps)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            if (name.Length == 0) throw new ArgumentException("A procedure needs a name.", nameof(name));
            _steps = steps ?? throw new ArgumentNullException(nameof(steps));
            if (steps.Length == 0) throw new ArgumentException("A procedure needs at least one step.", nameof(steps));
            foreach (var step in steps)
            {
                if (step is null) throw new ArgumentException("A step cannot be null.", nameof(steps));
            }
        }

        /// <summary>The procedure's name, e.g. <c>SilentLine</c>.</summary>
        public string Name { get; }

        /// <summary>The steps, in order; after the last one's timeout the call is hung up.</summary>
        public IReadOnlyList<PhraseProcedureStep> Steps => _steps;

        /// <summary>The procedure as a VoiceXML 2.1 document for a culture.</summary>
        public string ToVoiceXml(CultureInfo culture) => ToVoiceXml(culture?.Name!);

        /// <summary>
        /// The procedure as a VoiceXML 2.1 document: one form whose field says step <c>n</c> as
        /// <c>&lt;prompt count="n" timeout="…"&gt;</c>, reprompts on each no input until the last
        /// step's, and then disconnects. The field has no grammar: what the caller says is the
        /// application's, which adds its grammar and <c>&lt;filled&gt;</c>.
        /// </summary>
        public string ToVoiceXml(string cultureName)
        {
            var cultures = _steps[0].Phrase.Cultures;
            string language = SsmlWriter.LanguageOf(cultureName, cultures.Names[cultures.Resolve(cultureName)]);
            var builder = SsmlWriter.Rent();
            builder.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            builder.Append("<vxml version=\"2.1\" xmlns=\"").Append(VoiceXmlNamespace).Append("\" xml:lang=\"");
            SsmlWriter.AppendEscaped(builder, language);
            builder.Append("\">\n  <form id=\"");
            SsmlWriter.AppendEscaped(builder, Name);
            builder.Append("\">\n    <field name=\"");
            SsmlWriter.AppendEscaped(builder, Name);
            builder.Append("_input\">\n");
            for (int i = 0; i < _steps.Length; i++)
            {
                var step = _steps[i];
                builder.Append("      <prompt count=\"").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append("\" timeout=\"");
                AppendDuration(builder, step.NoInputTimeout);
                builder.Append("\">");
                var phrase = step.Phrase;
                int culture = phrase.Cultures.Resolve(cultureName);
                phrase.AppendSpeech(builder, culture, language, int.MaxValue);
                builder.Append("</prompt>\n");
            }

            if (_steps.Length > 1) builder.Append("      <noinput><reprompt/></noinput>\n");
            builder.Append("      <noinput count=\"").Append(_steps.Length.ToString(CultureInfo.InvariantCulture)).Append("\"><disconnect/></noinput>\n");
            builder.Append("    </field>\n  </form>\n</vxml>\n");
            return SsmlWriter.Return(builder);
        }

        /// <summary>An SSML/VoiceXML duration: whole seconds as <c>5s</c>, anything else as whole milliseconds.</summary>
        private static void AppendDuration(System.Text.StringBuilder builder, TimeSpan duration)
        {
            long ms = (long)Math.Round(duration.TotalMilliseconds);
            if (ms % 1000 == 0) builder.Append((ms / 1000).ToString(CultureInfo.InvariantCulture)).Append('s');
            else builder.Append(ms.ToString(CultureInfo.InvariantCulture)).Append("ms");
        }

        /// <inheritdoc />
        public override string ToString() => Name;
    }
}
