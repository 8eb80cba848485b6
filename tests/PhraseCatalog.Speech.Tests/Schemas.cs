using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace PhraseCatalog.Speech.Tests
{
    /// <summary>The W3C SSML 1.0 schema, loaded once, for validating documents in memory.</summary>
    internal static class Schemas
    {
        public static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Schemas");

        private static readonly Lazy<XmlSchemaSet> Ssml = new Lazy<XmlSchemaSet>(() => Load(Path.Combine(Directory, "ssml", "synthesis.xsd")));

        private static XmlSchemaSet Load(string path)
        {
            var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
            using (var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }))
            {
                set.Add(null, reader);
            }

            set.Compile();
            return set;
        }

        /// <summary>The validation errors of an SSML document (empty when it is valid).</summary>
        public static IReadOnlyList<string> ValidateSsml(string ssml)
        {
            var errors = new List<string>();
            var document = XDocument.Parse(ssml);
            document.Validate(Ssml.Value, (_, e) => errors.Add(e.Severity + ": " + e.Message));
            return errors;
        }
    }
}
