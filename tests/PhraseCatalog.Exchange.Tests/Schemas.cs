using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Schema;

namespace PhraseCatalog.Exchange.Tests
{
    /// <summary>Validates documents against the OASIS XLIFF schemas copied into Schemas/, offline.</summary>
    internal static class Schemas
    {
        private static readonly Lazy<XmlSchemaSet> Xliff20 = new Lazy<XmlSchemaSet>(() => Load("informativeCopiesOf3rdPartySchemas/w3c/xml.xsd", "xliff-core-2.0.xsd"));
        private static readonly Lazy<XmlSchemaSet> Xliff12 = new Lazy<XmlSchemaSet>(() => Load("xml.xsd", "xliff-core-1.2-transitional.xsd"));

        public static string Folder => Path.Combine(AppContext.BaseDirectory, "Schemas");

        /// <summary>Every schema error and warning in <paramref name="path"/>, as text (empty when valid).</summary>
        public static List<string> Validate(string path, bool version2)
        {
            var messages = new List<string>();
            var settings = new XmlReaderSettings
            {
                ValidationType = ValidationType.Schema,
                Schemas = version2 ? Xliff20.Value : Xliff12.Value,
                ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
            };
            settings.ValidationEventHandler += (_, e) =>
            {
                // Module elements (mda:, val:) sit in lax ##other slots with no schema here: a warning, not an error.
                if (e.Severity == XmlSeverityType.Warning && e.Message.Contains("Could not find schema information", StringComparison.Ordinal)) return;
                messages.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
            };
            using var reader = XmlReader.Create(path, settings);
            while (reader.Read())
            {
            }

            return messages;
        }

        private static XmlSchemaSet Load(string xml, string core)
        {
            var set = new XmlSchemaSet { XmlResolver = null };
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            foreach (string file in new[] { xml, core })
            {
                using var reader = XmlReader.Create(Path.Combine(Folder, file), settings);
                set.Add(null, reader);
            }

            set.Compile();
            return set;
        }
    }
}
