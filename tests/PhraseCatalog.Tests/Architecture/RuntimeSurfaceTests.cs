using System;
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using PhraseCatalog.Generator.Emit;

namespace PhraseCatalog.Tests.Architecture
{
    /// <summary>
    /// The runtime's public surface, as ARCHITECTURE.md ("Runtime surface") draws it: what a user's
    /// code names or receives lives in <c>PhraseCatalog</c> and <c>PhraseCatalog.Metadata</c>; what
    /// only generated code uses lives in <c>PhraseCatalog.CompilerServices</c>, every type of it
    /// hidden from IntelliSense. Read by reflection from the shipped assembly, the standard catalog
    /// it generates for itself included.
    /// </summary>
    public class RuntimeSurfaceTests
    {
        private static readonly Assembly Runtime = typeof(Phrase).Assembly;

        /// <summary>
        /// Where user code starts, besides the generated catalogs' members: each is a type a user
        /// names on purpose. Everything else in the user namespaces must be reachable from these
        /// and from the catalogs through visible members, or it is plumbing and belongs in
        /// CompilerServices.
        /// </summary>
        private static readonly Type[] EntryPoints =
        {
            typeof(PhraseGuard),                    // built by the app, or PhraseGuard.Default: the run-time guard
            typeof(Metadata.PhraseCatalogs),        // the app's catalogs, for UIs and tools
            typeof(KoreanParticles),                // particle helpers user code calls with its own values
            typeof(AgentMessageAttribute),          // put on the app's own sinks (docs/analyzers.md)
        };

        [Fact]
        public void Every_type_of_the_plumbing_namespace_is_hidden_from_IntelliSense()
        {
            var plumbing = Exported().Where(IsPlumbing).ToList();
            Assert.Contains(typeof(CompilerServices.PhraseTemplate), plumbing);
            Assert.Contains(typeof(CompilerServices.PhraseArgs), plumbing);
            Assert.All(plumbing, type => Assert.True(IsHiddenItself(type), type.FullName + " is in " + RuntimeNames.CompilerServicesNamespace + " but not [EditorBrowsable(Never)]."));
        }

        [Fact]
        public void A_type_hidden_from_IntelliSense_lives_in_the_plumbing_namespace()
        {
            var misplaced = Exported().Where(t => !IsPlumbing(t) && !IsGenerated(t) && IsHiddenItself(t)).Select(t => t.FullName).ToList();
            Assert.True(misplaced.Count == 0, "Hidden, but outside " + RuntimeNames.CompilerServicesNamespace + ": " + string.Join(", ", misplaced));
        }

        [Fact]
        public void No_visible_member_hands_out_or_asks_for_plumbing()
        {
            // Generated catalogs included: their public members are user API too.
            var leaks = new List<string>();
            foreach (var type in Exported().Where(t => !IsPlumbing(t) && !IsHidden(t)))
            {
                foreach (var (member, types) in VisibleMembers(type))
                {
                    foreach (var used in types.SelectMany(Unwrap).Where(IsPlumbing).Distinct())
                    {
                        leaks.Add(type.FullName + "." + member.Name + " uses " + used.FullName);
                    }
                }
            }

            Assert.True(leaks.Count == 0, "Visible members that expose generated-code plumbing (hide them with [EditorBrowsable(Never)] or change the type):\n" + string.Join("\n", leaks));
        }

        [Fact]
        public void Every_type_of_the_user_namespaces_is_reachable_from_user_code()
        {
            // A type in PhraseCatalog or PhraseCatalog.Metadata that no visible member leads to is used only by generated code.
            var roots = Exported().Where(t => IsGenerated(t) && !IsHidden(t)).Concat(EntryPoints).ToList();
            Assert.Contains(typeof(Standard.CallCenter), roots);
            var reached = new HashSet<Type>(roots);
            var pending = new Queue<Type>(roots);
            while (pending.Count > 0)
            {
                var type = pending.Dequeue();
                foreach (var used in VisibleMembers(type).SelectMany(m => m.Types).SelectMany(Unwrap))
                {
                    if (used.Assembly == Runtime && reached.Add(used)) pending.Enqueue(used);
                }
            }

            var unreached = Exported().Where(t => !IsPlumbing(t) && !IsGenerated(t) && !reached.Contains(t)).Select(t => t.FullName).ToList();
            Assert.True(unreached.Count == 0, "Only generated code can reach these; move them to " + RuntimeNames.CompilerServicesNamespace + " (or name a real entry point): " + string.Join(", ", unreached));
        }

        [Fact]
        public void Every_runtime_type_the_emitter_names_exists_and_plumbing_is_named_in_its_namespace()
        {
            var names = typeof(RuntimeNames).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.GetRawConstantValue() is string s && s.StartsWith("global::", StringComparison.Ordinal))
                .Select(f => (Field: f.Name, Name: ((string)f.GetRawConstantValue()!).Substring("global::".Length)))
                .ToList();
            Assert.NotEmpty(names);
            foreach (var (field, name) in names)
            {
                // Attributes are named as C# applies them, without the suffix.
                var type = Runtime.GetType(name) ?? Runtime.GetType(name + "Attribute");
                Assert.True(type is not null && type.IsPublic, "RuntimeNames." + field + " names '" + name + "', which the runtime does not export.");
                Assert.Equal(IsHidden(type!), IsPlumbing(type!));
            }
        }

        private static IEnumerable<Type> Exported() => Runtime.GetExportedTypes();

        private static bool IsPlumbing(Type type) => type.Namespace == RuntimeNames.CompilerServicesNamespace;

        private static bool IsHiddenItself(MemberInfo member) =>
            member.GetCustomAttribute<EditorBrowsableAttribute>()?.State == EditorBrowsableState.Never;

        /// <summary>Hidden itself, or nested in a hidden type (the generated <c>PhraseData.Registration</c>).</summary>
        private static bool IsHidden(Type type)
        {
            for (var t = type; t is not null; t = t.DeclaringType)
            {
                if (IsHiddenItself(t)) return true;
            }

            return false;
        }

        /// <summary>The standard catalog this assembly generates for itself: a [GeneratedCode] class and what it nests.</summary>
        private static bool IsGenerated(Type type)
        {
            for (var t = type; t is not null; t = t.DeclaringType)
            {
                if (t.GetCustomAttribute<GeneratedCodeAttribute>() is not null) return true;
            }

            return false;
        }

        /// <summary>The public members a user sees on a type, each with the types of its signature.</summary>
        private static IEnumerable<(MemberInfo Member, Type[] Types)> VisibleMembers(Type type)
        {
            const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            if (type.BaseType is { } baseType) yield return (type, new[] { baseType });
            foreach (var member in type.GetMembers(Flags))
            {
                if (IsHiddenItself(member)) continue;
                switch (member)
                {
                    case ConstructorInfo constructor:
                        yield return (member, constructor.GetParameters().Select(p => p.ParameterType).ToArray());
                        break;
                    case MethodInfo method when !IsAccessor(method):
                        yield return (member, method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType).ToArray());
                        break;
                    case PropertyInfo property:
                        yield return (member, property.GetIndexParameters().Select(p => p.ParameterType).Append(property.PropertyType).ToArray());
                        break;
                    case FieldInfo field:
                        yield return (member, new[] { field.FieldType });
                        break;
                    case EventInfo @event when @event.EventHandlerType is { } handler:
                        yield return (member, new[] { handler });
                        break;
                    case Type nested when !IsHiddenItself(nested):
                        yield return (member, new[] { nested });
                        break;
                }
            }
        }

        private static bool IsAccessor(MethodInfo method) =>
            method.IsSpecialName && (method.Name.StartsWith("get_", StringComparison.Ordinal) || method.Name.StartsWith("set_", StringComparison.Ordinal)
                || method.Name.StartsWith("add_", StringComparison.Ordinal) || method.Name.StartsWith("remove_", StringComparison.Ordinal));

        /// <summary>A signature type and the types it is made of: element types, by-ref targets, generic arguments.</summary>
        private static IEnumerable<Type> Unwrap(Type type)
        {
            if (type.HasElementType)
            {
                foreach (var inner in Unwrap(type.GetElementType()!)) yield return inner;
                yield break;
            }

            yield return type;
            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments().SelectMany(Unwrap)) yield return argument;
            }
        }
    }
}
