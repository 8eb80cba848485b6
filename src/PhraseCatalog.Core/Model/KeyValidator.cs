using System;
using System.Collections.Generic;
using PhraseCatalog.Core.Model;

namespace PhraseCatalog.Core.Model
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

        /// <summary>
        /// Returns null when the key's C# path (<see cref="KeyNames.ToPath"/>: one-part keys are members
        /// of the catalog class, other names mapped) can be generated, else why not, in words about the key.
        /// </summary>
        public string? CheckShape(string key, out string[] parts)
        {
            parts = KeyNames.ToPath(key);
            if (key.Length == 0) return "The key is empty; give the entry a name";
            string seen = KeyNames.IsMapped(key, parts) ? $"The key '{key}' (C# name '{string.Join(".", parts)}')" : $"The key '{key}'";
            for (int i = 0; i < parts.Length; i++)
            {
                string part = parts[i];

                // C# ignores formatting characters (Unicode Cf) in identifiers, so compare names without them.
                string name = Identifiers.Canonical(part);
                if (name.IndexOf("__", StringComparison.Ordinal) >= 0)
                {
                    return $"{seen} contains '__' in '{part}', which is reserved for generated members; rename the key";
                }

                if (Array.IndexOf(ObjectMemberNames, name) >= 0)
                {
                    return $"{seen} would generate '{part}', the name of a member every C# class inherits from object, which the generated code would hide; rename the key";
                }

                string parent = i == 0 ? _catalog : parts[i - 1];
                if (name == Identifiers.Canonical(parent))
                {
                    return i == 0
                        ? $"{seen} would generate '{part}' inside the class '{_catalog}' of the same name, which C# does not allow; rename the key or the catalog's file"
                        : $"{seen} would generate '{part}' inside the class '{parent}' of the same name, which C# does not allow; rename the key";
                }
            }

            foreach (var reserved in ReservedRootNames)
            {
                if (Identifiers.Canonical(parts[0]) == reserved) return $"{seen} would generate '{reserved}', a name the generated class uses itself; rename the key";
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
                return $"The keys '{existingMember}' and '{key}' both become the C# name '{member}'; rename one of them";
            }

            if (_classes.TryGetValue(member, out var classOwner))
            {
                return $"The key '{key}' would be the member '{member}', but the key '{classOwner}' already makes '{member}' a nested class; rename one of them";
            }

            string prefix = string.Empty;
            for (int i = 0; i < parts.Length - 1; i++)
            {
                prefix = i == 0 ? parts[0] : prefix + "." + parts[i];
                if (_members.TryGetValue(prefix, out var leafOwner))
                {
                    return $"The key '{key}' would make '{prefix}' a nested class, but the key '{leafOwner}' is already a member with that name; rename one of them";
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
