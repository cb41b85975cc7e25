using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pws.Warehouse.Tests.SqlServer;

/// <summary>A query the product sends through Dapper: the SQL file it names (<c>Sql("gabung_kunjungan")</c>) or
/// the SQL text written in the call, the project that sends it, and what the call passes.</summary>
public sealed record SentQuery(string Project, string? Name, string? InlineSql, CallSite Site);

/// <summary>Reads the product's C# with Roslyn and finds every Dapper call that sends a query, with the parameter
/// names it passes: the public properties of the object given as <c>param</c> (of each element when it is a
/// sequence, as Dapper runs the command once per element). A query named, or a parameter given, through a
/// parameter of the enclosing method is followed to each caller of that method; an <c>object</c> returned by a
/// method is read from the method's return expressions. What cannot be read is reported as unknown, never guessed.</summary>
public static class DapperCallSites
{
    private static readonly HashSet<string> DapperMethods =
    [
        "Execute", "ExecuteScalar", "ExecuteReader", "Query", "QueryFirst", "QueryFirstOrDefault", "QuerySingle",
        "QuerySingleOrDefault", "QueryMultiple", "ExecuteAsync", "ExecuteScalarAsync", "ExecuteReaderAsync", "QueryAsync",
        "QueryFirstAsync", "QueryFirstOrDefaultAsync", "QuerySingleAsync", "QuerySingleOrDefaultAsync", "QueryMultipleAsync",
    ];

    /// <param name="root">The checkout.</param>
    /// <param name="projects">Project folders relative to the checkout, e.g. <c>Etl</c>, <c>sql/Warehouse</c>.</param>
    public static IReadOnlyList<SentQuery> Find(string root, IReadOnlyList<string> projects)
    {
        var trees = new List<(SyntaxTree Tree, string Project)>();
        foreach (var project in projects.Where(p => Directory.Exists(Path.Combine(root, p))))
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, project), "*.cs", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                                     && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
                trees.Add((CSharpSyntaxTree.ParseText(File.ReadAllText(file), new CSharpParseOptions(LanguageVersion.Preview),
                    Path.GetRelativePath(root, file)), project));

        var implicitUsings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
            "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;",
            new CSharpParseOptions(LanguageVersion.Preview));
        var compilation = CSharpCompilation.Create("PwsProduct", trees.Select(t => t.Tree).Append(implicitUsings), References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var reader = new Reader(compilation);

        var sent = new List<SentQuery>();
        foreach (var (tree, project) in trees)
            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
                if (invocation.Expression is MemberAccessExpressionSyntax access && DapperMethods.Contains(access.Name.Identifier.Text))
                    sent.AddRange(reader.Read(invocation, project));
        return sent;
    }

    /// <summary>The running framework and every library beside the tests except PWS's own, compiled here from source.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var beside = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => !Path.GetFileName(f).StartsWith("Pws.", StringComparison.Ordinal));
        return framework.Concat(beside).DistinctBy(Path.GetFileName).Select(f => MetadataReference.CreateFromFile(f));
    }

    /// <summary>Binds a method's parameters to the argument expressions of one of its callers.</summary>
    private sealed record Binding(Dictionary<IParameterSymbol, ExpressionSyntax> Arguments, string Caller);

    private sealed class Reader(CSharpCompilation compilation)
    {
        private SemanticModel Model(SyntaxNode node) => compilation.GetSemanticModel(node.SyntaxTree);

        public IEnumerable<SentQuery> Read(InvocationExpressionSyntax invocation, string project)
        {
            var arguments = invocation.ArgumentList.Arguments;
            var sqlArgument = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.Text == "sql") ?? arguments.FirstOrDefault(a => a.NameColon is null);
            if (sqlArgument is null) yield break;
            var paramArgument = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.Text == "param")
                                ?? arguments.Where(a => a.NameColon is null).Skip(1).FirstOrDefault();
            var location = Location(invocation);

            // A lambda's parameters are its own business; the parameters to follow are those of the member around it.
            var method = Model(invocation).GetEnclosingSymbol(invocation.SpanStart) as IMethodSymbol;
            while (method is { MethodKind: MethodKind.AnonymousFunction, ContainingSymbol: IMethodSymbol outer }) method = outer;
            var bindings = DependsOnParameters(method, sqlArgument.Expression, paramArgument?.Expression)
                ? Callers(method!).ToList()
                : [new Binding(new Dictionary<IParameterSymbol, ExpressionSyntax>(SymbolEqualityComparer.Default), location)];
            if (bindings.Count == 0)
                yield return new SentQuery(project, $"(no caller of {method!.Name} found)", null, new CallSite(location, null));
            foreach (var binding in bindings)
            {
                var (name, inline) = Query(sqlArgument.Expression, binding);
                if (name is null && inline is null) continue;
                var at = binding.Caller == location ? location : $"{location} via {binding.Caller}";
                yield return new SentQuery(project, name, inline, new CallSite(at, Parameters(paramArgument?.Expression, binding)));
            }
        }

        private static string Location(SyntaxNode node) =>
            $"{node.SyntaxTree.FilePath}:{node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";

        /// <summary>Whether the query's name or the parameter object is itself a parameter of the method around the
        /// call, so that only its callers can tell them.</summary>
        private bool DependsOnParameters(IMethodSymbol? method, ExpressionSyntax sql, ExpressionSyntax? parameters)
        {
            if (method is null) return false;
            bool IsParameter(ExpressionSyntax? e) => e is IdentifierNameSyntax i && Model(i).GetSymbolInfo(i).Symbol is IParameterSymbol p
                && SymbolEqualityComparer.Default.Equals(p.ContainingSymbol, method);
            var name = sql is InvocationExpressionSyntax call && Name(call.Expression) == "Sql" && call.ArgumentList.Arguments.Count > 0
                ? call.ArgumentList.Arguments[^1].Expression
                : null;
            return IsParameter(sql) || IsParameter(name) || IsParameter(parameters);
        }

        private IEnumerable<Binding> Callers(IMethodSymbol method)
        {
            foreach (var tree in compilation.SyntaxTrees)
                foreach (var call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Where(c => Name(c.Expression) == method.Name))
                {
                    var model = compilation.GetSemanticModel(tree);
                    if (model.GetSymbolInfo(call).Symbol is not IMethodSymbol called
                        || !SymbolEqualityComparer.Default.Equals(called.OriginalDefinition, method.OriginalDefinition)) continue;
                    var bound = new Dictionary<IParameterSymbol, ExpressionSyntax>(SymbolEqualityComparer.Default);
                    var position = 0;
                    foreach (var argument in call.ArgumentList.Arguments)
                    {
                        var parameter = argument.NameColon is { } named
                            ? method.Parameters.FirstOrDefault(p => p.Name == named.Name.Identifier.Text)
                            : method.Parameters.ElementAtOrDefault(position++);
                        if (parameter is not null) bound[parameter] = argument.Expression;
                    }
                    yield return new Binding(bound, Location(call));
                }
        }

        /// <summary>The SQL file named (the last argument of a <c>Sql(...)</c> call), or SQL written in the call.</summary>
        private (string? Name, string? Inline) Query(ExpressionSyntax expression, Binding binding)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    return (null, literal.Token.ValueText);
                case InvocationExpressionSyntax { Expression: var callee } call when Name(callee) == "Sql" && call.ArgumentList.Arguments.Count > 0:
                    return (Text(call.ArgumentList.Arguments[^1].Expression, binding), null);
                case IdentifierNameSyntax identifier:
                    return Model(identifier).GetSymbolInfo(identifier).Symbol switch
                    {
                        ILocalSymbol local when local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer: { } init } =>
                            Query(init.Value, binding),
                        IParameterSymbol parameter when binding.Arguments.TryGetValue(parameter, out var argument) => Query(argument, binding),
                        _ => (null, null),
                    };
                default:
                    return (null, null);
            }
        }

        private string Text(ExpressionSyntax expression, Binding binding)
        {
            if (expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression)) return literal.Token.ValueText;
            if (expression is IdentifierNameSyntax identifier && Model(identifier).GetSymbolInfo(identifier).Symbol is IParameterSymbol parameter
                && binding.Arguments.TryGetValue(parameter, out var argument))
                return Text(argument, binding);
            return $"(unreadable name: {expression})";
        }

        private static string? Name(ExpressionSyntax callee) => callee switch
        {
            IdentifierNameSyntax id => id.Identifier.Text,
            MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
            _ => null,
        };

        /// <summary>The parameter names passed; empty without a param argument, null when they cannot be read.</summary>
        private IReadOnlySet<string>? Parameters(ExpressionSyntax? expression, Binding binding)
        {
            if (expression is null) return new HashSet<string>();
            if (expression is IdentifierNameSyntax identifier && Model(identifier).GetSymbolInfo(identifier).Symbol is IParameterSymbol parameter
                && binding.Arguments.TryGetValue(parameter, out var argument))
                return Parameters(argument, binding);

            var type = Model(expression).GetTypeInfo(expression).Type;
            if (type?.SpecialType == SpecialType.System_Object && expression is InvocationExpressionSyntax call
                && Model(call).GetSymbolInfo(call).Symbol is IMethodSymbol producer)
                return Returned(producer);
            return Properties(type);
        }

        /// <summary>What a method returning <c>object</c> returns: the names every one of its return expressions has.</summary>
        private IReadOnlySet<string>? Returned(IMethodSymbol method)
        {
            var returned = method.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<MethodDeclarationSyntax>()
                .SelectMany(m => m.ExpressionBody is { } arrow
                    ? [arrow.Expression]
                    : m.DescendantNodes().OfType<ReturnStatementSyntax>().Select(r => r.Expression).OfType<ExpressionSyntax>())
                .Select(e => Properties(Model(e).GetTypeInfo(e).Type)).ToList();
            if (returned.Count == 0 || returned.Any(r => r is null)) return null;
            var common = new HashSet<string>(returned[0]!, StringComparer.OrdinalIgnoreCase);
            foreach (var other in returned.Skip(1)) common.IntersectWith(other!);
            return common;
        }

        private static IReadOnlySet<string>? Properties(ITypeSymbol? type)
        {
            if (type is null || type.TypeKind is TypeKind.Error or TypeKind.Dynamic || type.SpecialType == SpecialType.System_Object
                || type.Name == "DynamicParameters")
                return null;
            if (type.SpecialType != SpecialType.System_String && type.AllInterfaces.Append(type as INamedTypeSymbol).OfType<INamedTypeSymbol>()
                    .FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T) is { } sequence)
                return Properties(sequence.TypeArguments[0]);

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var current = type; current is not null; current = current.BaseType)
                foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
                    if (!property.IsStatic && !property.IsIndexer && property.DeclaredAccessibility == Accessibility.Public) names.Add(property.Name);
            return names;
        }
    }
}
