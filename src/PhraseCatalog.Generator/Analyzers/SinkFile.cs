using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PhraseCatalog.Generator.Analyzers
{
    /// <summary>
    /// Reads <c>PhraseSinks.txt</c> / <c>PhraseSinks.*.txt</c>: one sink a line,
    /// <c>&lt;documentation ID&gt; [parameter]</c>, e.g. <c>M:Vendor.Ivr.Say(System.String) text</c>,
    /// <c>M:Vendor.Chat.Message.#ctor(System.String) body</c> or <c>P:Vendor.Chat.Message.Body</c>;
    /// <c>//</c> starts a comment (not <c>#</c>, which <c>#ctor</c> contains). The parameter may be
    /// left out when the method has exactly one <c>string</c> parameter. A line that cannot be
    /// read, names no symbol or repeats another becomes a problem located at that line (PHR1006).
    /// </summary>
    internal static class SinkFile
    {
        public static bool IsSinkFile(string path)
        {
            string name = Path.GetFileName(path);
            return name.Equals("PhraseSinks.txt", StringComparison.OrdinalIgnoreCase)
                || (name.StartsWith("PhraseSinks.", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
        }

        public static void Read(
            AdditionalText file,
            Compilation compilation,
            Dictionary<ISymbol, string> sinks,
            Dictionary<ISymbol, Location> firstSeen,
            List<Diagnostic> problems,
            CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                problems.Add(Diagnostic.Create(AnalyzerRules.BadSinkLine, Location.Create(file.Path, default, default), Path.GetFileName(file.Path), "the file cannot be read"));
                return;
            }

            foreach (var line in text.Lines)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string content = line.ToString();
                int comment = content.IndexOf("//", StringComparison.Ordinal);
                if (comment >= 0) content = content.Substring(0, comment);
                int start = 0;
                while (start < content.Length && char.IsWhiteSpace(content[start])) start++;
                int end = content.Length;
                while (end > start && char.IsWhiteSpace(content[end - 1])) end--;
                if (end == start) continue;

                var span = new TextSpan(line.Start + start, end - start);
                var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
                string entry = content.Substring(start, end - start);
                string? error = ReadEntry(entry, compilation, out var symbol, out string? description);
                if (error is not null)
                {
                    problems.Add(Diagnostic.Create(AnalyzerRules.BadSinkLine, location, entry, error));
                    continue;
                }

                if (firstSeen.TryGetValue(symbol!, out var first))
                {
                    var firstSpan = first.GetLineSpan();
                    problems.Add(Diagnostic.Create(AnalyzerRules.BadSinkLine, location, entry, $"it repeats the sink on line {firstSpan.StartLinePosition.Line + 1} of {Path.GetFileName(firstSpan.Path)}"));
                    continue;
                }

                firstSeen.Add(symbol!, location);
                sinks.Add(symbol!, description!);
            }
        }

        private static string? ReadEntry(string entry, Compilation compilation, out ISymbol? sink, out string? description)
        {
            sink = null;
            description = null;
            var parts = entry.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 2) return "expected a documentation ID and at most one parameter name, separated by a space";
            string id = parts[0];
            string? parameterName = parts.Length == 2 ? parts[1] : null;
            if (id.Length < 3 || id[1] != ':' || (id[0] != 'M' && id[0] != 'P'))
            {
                return "a sink is a method ('M:Namespace.Type.Method(System.String)'), a constructor ('M:Namespace.Type.#ctor(System.String)') or a property ('P:Namespace.Type.Property')";
            }

            var symbols = DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation);
            if (symbols.IsDefaultOrEmpty) return "no symbol in the compilation has this documentation ID (check namespace, type, parameter types and spelling)";

            if (symbols[0] is IPropertySymbol property)
            {
                if (parameterName is not null) return "a property sink takes no parameter name";
                if (property.Type.SpecialType != SpecialType.System_String) return "the property is not of type string";
                sink = property.OriginalDefinition;
                description = SinkNames.Describe(property);
                return null;
            }

            if (symbols[0] is not IMethodSymbol method) return "the documentation ID does not name a method, constructor or property";
            var strings = method.Parameters.Where(p => p.Type.SpecialType == SpecialType.System_String).ToList();
            IParameterSymbol? parameter;
            if (parameterName is null)
            {
                if (strings.Count == 0) return $"'{SinkNames.Method(method)}' has no string parameter";
                if (strings.Count != 1) return $"name the parameter: '{SinkNames.Method(method)}' has {strings.Count} string parameters ({string.Join(", ", strings.Select(p => p.Name))})";
                parameter = strings[0];
            }
            else
            {
                parameter = method.Parameters.FirstOrDefault(p => p.Name == parameterName);
                if (parameter is null) return $"'{SinkNames.Method(method)}' has no parameter '{parameterName}' (it has {(method.Parameters.Length == 0 ? "none" : string.Join(", ", method.Parameters.Select(p => p.Name)))})";
                if (parameter.Type.SpecialType != SpecialType.System_String) return $"the parameter '{parameterName}' is not of type string";
            }

            sink = parameter.OriginalDefinition;
            description = SinkNames.Describe(parameter);
            return null;
        }
    }

    /// <summary>How sinks are named in messages: <c>Ivr.Say(text)</c>, <c>Message(body)</c> for a constructor, <c>Message.Body</c>.</summary>
    internal static class SinkNames
    {
        public static string Method(IMethodSymbol method)
        {
            if (method.MethodKind == MethodKind.Constructor) return method.ContainingType.Name;
            if (method.AssociatedSymbol is IPropertySymbol property) return (property.ContainingType is null ? string.Empty : property.ContainingType.Name + ".") + property.Name;
            return (method.ContainingType is null ? string.Empty : method.ContainingType.Name + ".") + method.Name;
        }

        public static string Describe(IParameterSymbol parameter)
        {
            if (parameter.ContainingSymbol is IMethodSymbol { AssociatedSymbol: IPropertySymbol property }) return Describe(property);
            return parameter.ContainingSymbol is IMethodSymbol method ? Method(method) + "(" + parameter.Name + ")" : parameter.Name;
        }

        public static string Describe(IPropertySymbol property) =>
            (property.ContainingType is null ? string.Empty : property.ContainingType.Name + ".") + property.Name;
    }
}
