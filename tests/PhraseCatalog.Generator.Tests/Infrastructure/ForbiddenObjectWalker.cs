using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PhraseCatalog.Generator.Tests.Infrastructure;

/// <summary>
/// Walks an object graph (fields of every class and struct, arrays, enumerables) and reports every
/// place holding a Roslyn object that must never be cached in a pipeline step: a Compilation,
/// a symbol, a syntax node or tree, or a Location. Caching any of them keeps whole compilations
/// alive and defeats incrementality (NetEscapades.EnumGenerators' TestHelpers do the same).
/// </summary>
internal static class ForbiddenObjectWalker
{
    private static readonly Type[] Forbidden =
    [
        typeof(Compilation),
        typeof(ISymbol),
        typeof(SyntaxNode),
        typeof(SyntaxTree),
        typeof(Location),
        typeof(SemanticModel),
    ];

    public static List<string> Find(object? root, string rootName)
    {
        var found = new List<string>();
        Walk(root, rootName, new HashSet<object>(ReferenceEqualityComparer.Instance), found, depth: 0);
        return found;
    }

    private static void Walk(object? value, string path, HashSet<object> visited, List<string> found, int depth)
    {
        if (value is null) return;
        var type = value.GetType();
        foreach (var forbidden in Forbidden)
        {
            if (forbidden.IsAssignableFrom(type))
            {
                found.Add($"{path}: {type.FullName}");
                return;
            }
        }

        if (IsLeaf(type)) return;
        if (!type.IsValueType && !visited.Add(value)) return;
        if (depth > 64) throw new InvalidOperationException("Object graph too deep at " + path);

        if (value is Delegate del)
        {
            // A cached delegate can capture anything through its target.
            Walk(del.Target, path + ".Target", visited, found, depth + 1);
            return;
        }

        if (value is Array array)
        {
            int i = 0;
            foreach (var item in array) Walk(item, $"{path}[{i++}]", visited, found, depth + 1);
            return;
        }

        // Every object's state lives in its fields (records, EquatableArray, ImmutableArray, tuples).
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike) continue;
                Walk(field.GetValue(value), path + "." + field.Name, visited, found, depth + 1);
            }
        }

        // And enumerables whose items are not reachable through fields alone (lazy or computed ones).
        if (value is IEnumerable enumerable && !IsDefaultImmutableArray(value, type))
        {
            int i = 0;
            foreach (var item in enumerable) Walk(item, $"{path}<item {i++}>", visited, found, depth + 1);
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type.IsPointer
        || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
        || type == typeof(TimeSpan) || type == typeof(Guid) || type == typeof(IntPtr) || type == typeof(UIntPtr)
        || typeof(MemberInfo).IsAssignableFrom(type)
        || typeof(System.Threading.CancellationToken) == type;

    private static bool IsDefaultImmutableArray(object value, Type type) =>
        type.IsGenericType
        && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
        && (bool)type.GetProperty("IsDefault")!.GetValue(value)!;
}
