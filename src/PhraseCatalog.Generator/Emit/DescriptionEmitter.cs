using System.Collections.Generic;
using System.Linq;
using PhraseCatalog.Core.Model;

namespace PhraseCatalog.Generator.Emit
{
    /// <summary>
    /// Writes what run-time consumers (IStringLocalizer, the guard, UIs) need to find and read a
    /// catalog without reflection: the <c>Phrases</c> marker type, <c>PhraseData.Description</c>
    /// built from plain constructors, and an assembly attribute that hands the description over.
    /// Emitted code is valid C# 7.3, like the rest of the catalog.
    /// </summary>
    internal static class DescriptionEmitter
    {
        /// <summary>The marker class's name; reserved as a key's first part (KeyValidator).</summary>
        public const string MarkerName = "Phrases";

        /// <summary>The assembly attribute line that registers the catalog's description.</summary>
        public static string RegistrationLine(string catalogType) => "[assembly: " + catalogType + ".PhraseData.Registration]";

        /// <summary>The marker class inside the catalog class: static classes cannot be type arguments, this one can.</summary>
        public static void EmitMarker(CodeWriter w, CatalogModel model)
        {
            w.Line();
            w.Line("/// <summary>Stands for the " + CatalogEmitter.Xml(model.Name) + " catalog where a type is needed, as in <c>IStringLocalizer&lt;" + CatalogEmitter.Xml(model.Name) + "." + MarkerName + "&gt;</c>; never instantiated.</summary>");
            w.Open("public sealed class " + MarkerName);
            w.Line("private " + MarkerName + "() { }");
            w.Close();
        }

        /// <summary>The description property and the registration attribute, inside <c>PhraseData</c>.</summary>
        public static void EmitDescription(CodeWriter w, CatalogModel model, string catalogType, System.Func<string, string> literal, System.Func<string, string> identifier)
        {
            string typeName = model.Namespace is { Length: > 0 } ns ? ns + "." + model.Name : model.Name;
            w.Line();
            w.Line("/// <summary>The catalog described for UIs and tools: scenarios, texts per culture, placeholders with types, comments, forbidden phrases.</summary>");
            w.Line("public static " + RuntimeNames.CatalogDescription + " Description { get; } = new " + RuntimeNames.CatalogDescription + "(");
            w.Indent();
            w.Line(literal(model.Name) + ",");
            w.Line(literal(typeName) + ",");
            w.Line("typeof(" + catalogType + "." + MarkerName + "),");
            w.Line(catalogType + ".Cultures,");
            w.Line("new " + RuntimeNames.PhraseDescription + "[]");
            w.Line("{");
            w.Indent();
            foreach (var phrase in model.Phrases)
            {
                // A one-part key (resx apps: ButtonOK) is a member of the catalog class itself.
                string member = phrase.Path.Count == 1 ? catalogType : catalogType + "." + string.Join(".", phrase.Path.Take(phrase.Path.Count - 1).Select(identifier));
                string last = phrase.Path[phrase.Path.Count - 1];
                string comment = phrase.Comment is { Length: > 0 } c ? literal(c) : "null";
                string fallback = phrase.Texts.Any(t => t.IsFallback)
                    ? "new bool[] { " + string.Join(", ", phrase.Texts.Select(t => t.IsFallback ? "true" : "false")) + " }"
                    : "null";
                if (phrase.Placeholders.Count == 0)
                {
                    w.Line("new " + RuntimeNames.PhraseDescription + "(" + member + "." + identifier(last) + ", " + comment + ", " + fallback + "),");
                }
                else
                {
                    string placeholders = "new " + RuntimeNames.PlaceholderDescription + "[] { "
                        + string.Join(", ", phrase.Placeholders.Select(p => "new " + RuntimeNames.PlaceholderDescription + "(" + literal(p.Name) + ", " + literal(p.Type) + ")")) + " }";
                    w.Line("new " + RuntimeNames.PhraseDescription + "(" + member + ".__" + last + "_Template, " + placeholders + ", " + comment + ", " + fallback + "),");
                }
            }

            w.Outdent();
            w.Line("},");
            w.Line("new " + RuntimeNames.ForbiddenPhraseDescription + "[]");
            w.Line("{");
            w.Indent();
            foreach (var forbidden in model.Forbidden)
            {
                string comment = forbidden.Comment is { Length: > 0 } c ? literal(c) : "null";
                w.Line("new " + RuntimeNames.ForbiddenPhraseDescription + "(" + literal(forbidden.Key) + ", " + literal(forbidden.Culture) + ", " + literal(forbidden.Text) + ", " + comment
                    + ", new string[] { " + string.Join(", ", forbidden.Instead.Select(literal)) + " }),");
            }

            w.Outdent();
            w.Line("});");
            w.Outdent();
            w.Line();
            w.Line("/// <summary>Registers <see cref=\"Description\"/> with the assembly, so the catalog is found without reflection.</summary>");
            w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Assembly)]");
            w.Open("public sealed class Registration : " + RuntimeNames.RegistrationAttribute);
            w.Line("/// <inheritdoc />");
            w.Line("public override " + RuntimeNames.CatalogDescription + " Description => " + catalogType + ".PhraseData.Description;");
            w.Close();
        }
    }
}
