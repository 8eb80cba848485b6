using System;
using System.Collections.Generic;
using PhraseCatalog.Generator.Model;

namespace PhraseCatalog.Generator.Validation
{
    /// <summary>Checks that keys can become C# member paths and that no two keys produce the same C# name.</summary>
    internal sealed class KeyValidator
    {
        /// <summary>First parts the generated class uses itself.</summary>
        public static readonly string[] ReservedRootNames = { "Cultures", "PhraseData", "Phrases" };

        /// <summary>
        /// Members every class inherits from object. A generated nested class or property with one of
        /// these names hides it, which C# reports as warning CS0108 (an error under warnings-as-errors).
        /// </summary>
        public static readonly string[] ObjectMemberNames = { "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString" };

        private readonly string _catalog;

        // Every class path (joined with '.') the keys so far create, and every member path.
        private readonly Dictionary<string, string> _classes = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _members = new Dictionary<string, string>(StringComparer.Ordinal);

        public KeyValidator(string catalog) => _catalog = catalog;

        /// <summary>Returns null when the key alone is a valid member path, else why not.</summary>
        public string? CheckShape(string key, out string[] parts)
        {
            parts = key.Split('.');
            if (key.Length == 0) return "The key is empty";
            if (parts.Length < 2)
            {
                return $"The key '{key}' has one part; a key is a scenario path of two or more parts, such as Greeting.{(Identifiers.IsValid(key) ? key : "InboundCall")}";
            }

            for (int i = 0; i < parts.Length; i++)
            {
                string part = parts[i];
                if (part.Length == 0) return $"The key '{key}' has an empty part (two dots in a row, or a dot at an end)";
                if (!Identifiers.IsValid(part))
                {
                    return $"The part '{part}' of the key '{key}' is not a valid C# identifier (letters, digits and '_', not starting with a digit)";
                }

                // C# ignores formatting characters (Unicode Cf) in identifiers, so compare names without them.
                string name = Identifiers.Canonical(part);
                if (name.IndexOf("__", StringComparison.Ordinal) >= 0)
                {
                    return $"The part '{part}' of the key '{key}' contains '__', which is reserved for generated members";
                }

                if (Array.IndexOf(ObjectMemberNames, name) >= 0)
                {
                    return $"The part '{part}' of the key '{key}' is the name of a member every C# class inherits from object, so the generated code would hide it; choose another name";
                }

                string parent = i == 0 ? _catalog : parts[i - 1];
                if (name == Identifiers.Canonical(parent))
                {
                    return $"The part '{part}' of the key '{key}' has the same name as the class it would be declared in, which C# does not allow";
                }
            }

            foreach (var reserved in ReservedRootNames)
            {
                if (Identifiers.Canonical(parts[0]) == reserved) return $"The key '{key}' starts with '{reserved}', a name the generated class uses itself";
            }

            return null;
        }

        /// <summary>Registers a valid key; returns why it collides with an earlier one, or null.</summary>
        public string? Register(string key, string[] parts)
        {
            // Names are compared as C# compares them: without formatting characters.
            parts = Array.ConvertAll(parts, Identifiers.Canonical);
            string member = string.Join(".", parts);
            if (_members.TryGetValue(member, out var existingMember))
            {
                return $"The key '{key}' produces the same C# name as '{existingMember}'";
            }

            if (_classes.TryGetValue(member, out var classOwner))
            {
                return $"The key '{key}' would be a member, but '{classOwner}' already makes '{key}' a nested class";
            }

            string prefix = string.Empty;
            for (int i = 0; i < parts.Length - 1; i++)
            {
                prefix = i == 0 ? parts[0] : prefix + "." + parts[i];
                if (_members.TryGetValue(prefix, out var leafOwner))
                {
                    return $"The key '{key}' would make '{prefix}' a nested class, but the key '{leafOwner}' is already a member with that name";
                }
            }

            prefix = string.Empty;
            for (int i = 0; i < parts.Length - 1; i++)
            {
                prefix = i == 0 ? parts[0] : prefix + "." + parts[i];
                if (!_classes.ContainsKey(prefix)) _classes.Add(prefix, key);
            }

            _members.Add(member, key);
            return null;
        }
    }
}
