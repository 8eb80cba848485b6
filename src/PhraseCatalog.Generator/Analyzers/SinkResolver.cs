using System.Collections.Concurrent;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PhraseCatalog.Generator.Analyzers
{
    /// <summary>An agent-message sink and how a value gets there: <c>Bot.Reply(text) → Ivr.Say(text)</c>.</summary>
    internal sealed class Sink
    {
        public Sink(string chain, int wrappers)
        {
            Chain = chain;
            Wrappers = wrappers;
        }

        public string Chain { get; }

        /// <summary>How many forwarding wrappers lie between the call and the sink.</summary>
        public int Wrappers { get; }
    }

    /// <summary>
    /// Decides whether a string parameter or property is a sink: marked <c>[AgentMessage]</c>, listed
    /// in a PhraseSinks file, or (for the compilation's own methods) a parameter that is passed on
    /// unmodified to a sink. Wrappers are found on demand, only for parameters a checked value
    /// actually reaches, and memoised, which reaches the same least fixed point as iterating over
    /// every method but costs nothing for methods never called with a literal. Depth is bounded.
    /// </summary>
    internal sealed class SinkResolver
    {
        private const int MaxOperationsPerMethod = 4096;
        private static readonly Sink NotASink = new Sink(string.Empty, -1);

        private readonly Compilation _compilation;
        private readonly ImmutableArray<INamedTypeSymbol> _agentMessages;
        private readonly HashSet<IAssemblySymbol> _attributeAssemblies = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);
        private readonly HashSet<string> _attributeAssemblyNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly IReadOnlyDictionary<ISymbol, string> _declared;
        private readonly int _maxDepth;
        private readonly ConcurrentDictionary<ISymbol, Sink> _cache = new ConcurrentDictionary<ISymbol, Sink>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IAssemblySymbol, bool> _mayHoldSinks = new ConcurrentDictionary<IAssemblySymbol, bool>(SymbolEqualityComparer.Default);
        private readonly HashSet<IAssemblySymbol> _declaringAssemblies = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);

        public SinkResolver(Compilation compilation, ImmutableArray<INamedTypeSymbol> agentMessages, IReadOnlyDictionary<ISymbol, string> declared, int maxDepth)
        {
            _compilation = compilation;
            _agentMessages = agentMessages;
            foreach (var attribute in agentMessages)
            {
                _attributeAssemblies.Add(attribute.ContainingAssembly);
                _attributeAssemblyNames.Add(attribute.ContainingAssembly.Identity.Name);
            }

            _declared = declared;
            _maxDepth = maxDepth;
            foreach (var symbol in declared.Keys)
            {
                if (symbol.ContainingAssembly is { } assembly) _declaringAssemblies.Add(assembly);
            }
        }

        public bool IsEmpty => _agentMessages.IsEmpty && _declared.Count == 0;

        public Sink? ForParameter(IParameterSymbol parameter, CancellationToken cancellationToken)
        {
            if (IsEmpty || parameter.Type.SpecialType != SpecialType.System_String || parameter.RefKind == RefKind.Out) return null;

            // Most calls ask about a parameter already decided: answer from the cache before allocating the cycle guard.
            if (_cache.TryGetValue(parameter.OriginalDefinition, out var known) && (known == NotASink || known.Wrappers <= _maxDepth))
            {
                return known == NotASink ? null : known;
            }

            var result = Parameter(parameter, 0, new HashSet<ISymbol>(SymbolEqualityComparer.Default), out _, cancellationToken);
            return result == NotASink ? null : result;
        }

        public Sink? ForProperty(IPropertySymbol property, CancellationToken cancellationToken)
        {
            if (IsEmpty || property.Type.SpecialType != SpecialType.System_String) return null;
            if (_cache.TryGetValue(property.OriginalDefinition, out var known) && (known == NotASink || known.Wrappers <= _maxDepth))
            {
                return known == NotASink ? null : known;
            }

            var result = Property(property, 0, new HashSet<ISymbol>(SymbolEqualityComparer.Default), out _, cancellationToken);
            return result == NotASink ? null : result;
        }

        private Sink Property(IPropertySymbol property, int depth, HashSet<ISymbol> stack, out bool incomplete, CancellationToken cancellationToken)
        {
            incomplete = false;
            property = property.OriginalDefinition;
            if (_cache.TryGetValue(property, out var cached))
            {
                if (cached == NotASink || depth + cached.Wrappers <= _maxDepth) return cached;
                incomplete = true;
                return NotASink;
            }

            for (var p = property; p is not null; p = p.OverriddenProperty)
            {
                var sink = DeclaredProperty(p.OriginalDefinition);
                if (sink is not null) return _cache.GetOrAdd(property, sink);
            }

            foreach (var implemented in ImplementedInterfaceMembers(property))
            {
                var sink = DeclaredProperty((IPropertySymbol)implemented);
                if (sink is not null) return _cache.GetOrAdd(property, sink);
            }

            // A setter that forwards 'value' to a sink makes the property a sink; the chain is
            // remembered under the setter's parameter, and under the property only when complete.
            if (property.SetMethod is { Parameters.Length: > 0 } setter && !setter.DeclaringSyntaxReferences.IsEmpty)
            {
                var viaSetter = Parameter(setter.Parameters[setter.Parameters.Length - 1], depth, stack, out incomplete, cancellationToken);
                return incomplete ? viaSetter : _cache.GetOrAdd(property, viaSetter);
            }

            return _cache.GetOrAdd(property, NotASink);
        }

        private Sink Parameter(IParameterSymbol parameter, int depth, HashSet<ISymbol> stack, out bool incomplete, CancellationToken cancellationToken)
        {
            incomplete = false;
            parameter = parameter.OriginalDefinition;
            if (_cache.TryGetValue(parameter, out var cached))
            {
                // A remembered sink is as many wrappers away as it was; from here the whole chain must still fit the bound.
                if (cached == NotASink || depth + cached.Wrappers <= _maxDepth) return cached;
                incomplete = true;
                return NotASink;
            }

            var direct = Declared(parameter);
            if (direct is not null) return _cache.GetOrAdd(parameter, direct);

            if (parameter.ContainingSymbol is not IMethodSymbol method || method.DeclaringSyntaxReferences.IsEmpty) return _cache.GetOrAdd(parameter, NotASink);
            if (depth >= _maxDepth || !stack.Add(parameter))
            {
                // Cut off by the depth bound or a cycle: not a sink on this path, but do not remember it.
                incomplete = true;
                return NotASink;
            }

            var result = Forwarded(parameter, method, depth, stack, out incomplete, cancellationToken);
            stack.Remove(parameter);
            return incomplete ? result : _cache.GetOrAdd(parameter, result);
        }

        private Sink? Declared(IParameterSymbol parameter)
        {
            if (HasAgentMessage(parameter)) return new Sink(SinkNames.Describe(parameter), 0);
            if (_declared.TryGetValue(parameter, out var description)) return new Sink(description, 0);
            if (parameter.ContainingSymbol is not IMethodSymbol method) return null;
            for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                var sink = DeclaredAt(overridden, parameter.Ordinal);
                if (sink is not null) return sink;
            }

            // A method implementing an interface member whose parameter is a sink (implicitly or explicitly).
            foreach (var implemented in ImplementedInterfaceMembers(method))
            {
                var sink = DeclaredAt((IMethodSymbol)implemented, parameter.Ordinal);
                if (sink is not null) return sink;
            }

            return null;
        }

        private Sink? DeclaredAt(IMethodSymbol method, int ordinal)
        {
            if (ordinal >= method.Parameters.Length) return null;
            var p = method.Parameters[ordinal].OriginalDefinition;
            if (HasAgentMessage(p)) return new Sink(SinkNames.Describe(p), 0);
            return _declared.TryGetValue(p, out var description) ? new Sink(description, 0) : null;
        }

        /// <summary>The interface members <paramref name="member"/> implements; only interfaces with a member of the same name are searched.</summary>
        private IEnumerable<ISymbol> ImplementedInterfaceMembers(ISymbol member)
        {
            var explicitImplementations = member switch
            {
                IMethodSymbol m => m.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                IPropertySymbol p => p.ExplicitInterfaceImplementations.Cast<ISymbol>(),
                _ => Enumerable.Empty<ISymbol>(),
            };
            foreach (var implemented in explicitImplementations) yield return implemented.OriginalDefinition;
            if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member.ContainingType is not { } type) yield break;
            foreach (var @interface in type.AllInterfaces)
            {
                // IEnumerable<T>, IDisposable and the like come from assemblies that cannot declare a sink.
                if (!MayHoldSinks(@interface.ContainingAssembly)) continue;
                foreach (var candidate in @interface.GetMembers(member.Name))
                {
                    if (candidate.Kind == member.Kind && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member))
                    {
                        yield return candidate.OriginalDefinition;
                    }
                }
            }
        }

        /// <summary>A property marked [AgentMessage], or listed in a PhraseSinks file as the property or as its setter.</summary>
        private Sink? DeclaredProperty(IPropertySymbol property)
        {
            if (HasAgentMessage(property)) return new Sink(SinkNames.Describe(property), 0);
            if (_declared.TryGetValue(property, out var description)) return new Sink(description, 0);
            if (property.SetMethod is { Parameters.Length: > 0 } setter
                && _declared.TryGetValue(setter.Parameters[setter.Parameters.Length - 1].OriginalDefinition, out description))
            {
                return new Sink(description, 0);
            }

            return null;
        }

        /// <summary>
        /// Whether an assembly can declare a sink at all: it is this compilation, it holds a symbol
        /// named in a PhraseSinks file, or it defines an <c>AgentMessageAttribute</c> or references an
        /// assembly that does (a symbol can only carry an attribute its assembly was compiled
        /// against). Lets the resolver skip the framework's types and interfaces, which most
        /// arguments and assignments meet, without reading their attributes.
        /// </summary>
        private bool MayHoldSinks(IAssemblySymbol? assembly)
        {
            if (assembly is null) return true;
            return _mayHoldSinks.GetOrAdd(assembly, a =>
            {
                if (SymbolEqualityComparer.Default.Equals(a, _compilation.Assembly) || _declaringAssemblies.Contains(a)) return true;
                if (_attributeAssemblies.Contains(a)) return true;
                foreach (var module in a.Modules)
                {
                    foreach (var reference in module.ReferencedAssemblies)
                    {
                        if (_attributeAssemblyNames.Contains(reference.Name)) return true;
                    }
                }

                return false;
            });
        }

        private bool HasAgentMessage(ISymbol symbol)
        {
            if (_agentMessages.IsEmpty || !MayHoldSinks(symbol.ContainingAssembly)) return false;
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is { } type && _agentMessages.Contains(type, SymbolEqualityComparer.Default)) return true;
            }

            return false;
        }

        /// <summary>The sink the method passes <paramref name="parameter"/> on to unmodified, if any.</summary>
        private Sink Forwarded(IParameterSymbol parameter, IMethodSymbol method, int depth, HashSet<ISymbol> stack, out bool incomplete, CancellationToken cancellationToken)
        {
            incomplete = false;
            Sink? found = null;
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax(cancellationToken);
                var body = Body(node);
                if (body is null || !Mentions(body, parameter.Name)) continue;

                // The compiler hands analyzers a caching semantic-model provider, so this model is shared, not rebuilt.
                var model = _compilation.GetSemanticModel(node.SyntaxTree);
                var root = model.GetOperation(node, cancellationToken);
                if (root is null) continue;

                int visited = 0;
                foreach (var operation in root.Descendants())
                {
                    if (++visited > MaxOperationsPerMethod)
                    {
                        incomplete = true;
                        return found ?? NotASink;
                    }

                    switch (operation)
                    {
                        case IArgumentOperation argument when argument.Parameter is not null && IsReferenceTo(argument.Value, parameter):
                            if (argument.Parameter.RefKind != RefKind.None) return NotASink;
                            if (argument.Parameter.Type.SpecialType == SpecialType.System_String)
                            {
                                var inner = Parameter(argument.Parameter, depth + 1, stack, out bool innerIncomplete, cancellationToken);
                                incomplete |= innerIncomplete;
                                found = Nearer(found, inner);
                            }

                            break;
                        case ISimpleAssignmentOperation assignment when IsReferenceTo(assignment.Target, parameter):
                            return NotASink;
                        case ISimpleAssignmentOperation assignment when assignment.Target is IPropertyReferenceOperation property && IsReferenceTo(assignment.Value, parameter):
                            var viaProperty = Property(property.Property, depth + 1, stack, out bool propertyIncomplete, cancellationToken);
                            incomplete |= propertyIncomplete;
                            found = Nearer(found, viaProperty);

                            break;
                        case ICompoundAssignmentOperation compound when IsReferenceTo(compound.Target, parameter):
                            return NotASink;
                        case ICoalesceAssignmentOperation coalesce when IsReferenceTo(coalesce.Target, parameter):
                            return NotASink;
                    }
                }
            }

            return found is null ? NotASink : new Sink(SinkNames.Describe(parameter) + " \u2192 " + found.Chain, found.Wrappers + 1);
        }

        /// <summary>
        /// The sink with fewer wrappers in between (the first on a tie): remembered results are then
        /// the shortest chains, so whether a chain fits the depth bound does not depend on the order
        /// in which calls happen to be analysed.
        /// </summary>
        private static Sink? Nearer(Sink? found, Sink candidate)
        {
            if (candidate == NotASink) return found;
            return found is null || candidate.Wrappers < found.Wrappers ? candidate : found;
        }

        private static bool IsReferenceTo(IOperation operation, IParameterSymbol parameter)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion && conversion.Operand.Type?.SpecialType == SpecialType.System_String) operation = conversion.Operand;
            return operation is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter.OriginalDefinition, parameter);
        }

        private static SyntaxNode? Body(SyntaxNode node) => node switch
        {
            BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody,
            LocalFunctionStatementSyntax f => (SyntaxNode?)f.Body ?? f.ExpressionBody,
            AccessorDeclarationSyntax a => (SyntaxNode?)a.Body ?? a.ExpressionBody,
            _ => null,
        };

        /// <summary>A cheap syntactic filter before any binding: the body must name the parameter.</summary>
        private static bool Mentions(SyntaxNode body, string name)
        {
            foreach (var token in body.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name) return true;
            }

            // A constructor initializer (': base(text)') lies outside the body.
            return body.Parent is ConstructorDeclarationSyntax { Initializer: { } initializer }
                && initializer.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == name);
        }
    }
}
