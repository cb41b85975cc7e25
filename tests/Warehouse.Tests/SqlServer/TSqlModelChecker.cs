using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Pws.Warehouse.Tests.SqlServer;

/// <summary>Something a T-SQL statement names that SQL Server or the warehouse schema does not have.</summary>
public sealed record Finding(string File, int Line, string Kind, string Name)
{
    public override string ToString() => $"{File}:{Line}: {Kind} '{Name}'";
}

/// <summary>One place in the C# that sends a query, with the parameter names it passes (null: it cannot be told).</summary>
public sealed record CallSite(string Location, IReadOnlySet<string>? Parameters);

/// <summary>What SQL Server would refuse at run time in a statement that parses: a table or column the schema does
/// not have, a function or procedure SQL Server does not have, a parameter the C# call does not pass. Names made
/// within the statement count as existing: CTEs, derived tables and their aliases, select-list aliases, temporary
/// tables and table variables made earlier in the same file. A qualified column (<c>k.tanggal</c>) must be in the
/// source its qualifier names; an unqualified one in some source of its statement (scopes are not told apart).</summary>
public sealed class TSqlModelChecker(
    SqlServerSchema schema, IReadOnlySet<string> functions, IReadOnlySet<string> procedures, IReadOnlySet<string> catalogViews)
{
    private readonly SqlServerSchema schema = schema;
    private readonly IReadOnlySet<string> catalogViews = catalogViews;

    private static readonly HashSet<string> DatePartFunctions =
        new(["DATEADD", "DATEDIFF", "DATEDIFF_BIG", "DATENAME", "DATEPART", "DATETRUNC", "DATE_BUCKET"], StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Finding> Check(string file, string sql, IReadOnlyList<CallSite> callSites)
    {
        var findings = new List<Finding>();
        var script = TSql.Parse(sql, out var errors);
        foreach (var error in errors) findings.Add(new Finding(file, error.Line, "parse error", error.Message));
        if (errors.Count > 0) return findings;

        var temporary = new Dictionary<string, HashSet<string>?>(StringComparer.OrdinalIgnoreCase);
        var required = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var declared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var statement in TSql.Statements(script))
            CheckStatement(file, statement, temporary, findings, required, declared);

        foreach (var (parameter, line) in required.Where(p => !declared.Contains(p.Key)))
        {
            if (callSites.Count == 0)
                findings.Add(new Finding(file, line, "parameter with no C# call found", parameter));
            foreach (var site in callSites)
            {
                if (site.Parameters is null)
                    findings.Add(new Finding(file, line, $"parameter the call at {site.Location} may not pass (its type cannot be read)", parameter));
                else if (!site.Parameters.Contains(parameter[1..]))
                    findings.Add(new Finding(file, line, $"parameter not passed by {site.Location}", parameter));
            }
        }
        return findings;
    }

    private void CheckStatement(string file, TSqlStatement statement, Dictionary<string, HashSet<string>?> temporary,
        List<Finding> findings, Dictionary<string, int> required, HashSet<string> declared)
    {
        switch (statement)
        {
            case IfStatement conditional:
                CheckFragment(file, conditional.Predicate, temporary, findings, required, declared);
                CheckStatement(file, conditional.ThenStatement, temporary, findings, required, declared);
                if (conditional.ElseStatement is { } otherwise) CheckStatement(file, otherwise, temporary, findings, required, declared);
                return;
            case BeginEndBlockStatement block:
                foreach (var inner in block.StatementList.Statements) CheckStatement(file, inner, temporary, findings, required, declared);
                return;
            case CreateTableStatement create:
                // Real tables are checked as the schema is built; a temporary one exists from here on.
                if (create.SchemaObjectName.BaseIdentifier.Value.StartsWith('#'))
                    temporary[create.SchemaObjectName.BaseIdentifier.Value] =
                        create.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
                return;
            case CreateIndexStatement or CreateColumnStoreIndexStatement or AlterTableStatement:
                // Their columns are the table's, checked where the schema is built (or, for the scaling scripts, by their own test).
                return;
            default:
                CheckFragment(file, statement, temporary, findings, required, declared);
                return;
        }
    }

    private void CheckFragment(string file, TSqlFragment fragment, Dictionary<string, HashSet<string>?> temporary,
        List<Finding> findings, Dictionary<string, int> required, HashSet<string> declared)
    {
        var found = new Collector();
        fragment.Accept(found);
        declared.UnionWith(found.Declared);
        foreach (var (name, columns) in found.TableVariables) temporary[name] = columns;
        foreach (var variable in found.Variables.Where(v => !found.ProcedureParameterNames.Contains(v)))
            required.TryAdd(variable.Name, variable.StartLine);

        foreach (var call in found.Functions)
        {
            if (call.CallTarget is not null)
                findings.Add(new Finding(file, call.StartLine, "function", $"{Describe(call.CallTarget)}.{call.FunctionName.Value}"));
            else if (!functions.Contains(call.FunctionName.Value))
                findings.Add(new Finding(file, call.StartLine, "function", call.FunctionName.Value));
        }
        foreach (var call in found.TableFunctions.Where(f => !functions.Contains(f.Name.Value)))
            findings.Add(new Finding(file, call.StartLine, "function", call.Name.Value));
        foreach (var call in found.SchemaFunctions)
            findings.Add(new Finding(file, call.StartLine, "function", Describe(call.SchemaObject)));
        foreach (var procedure in found.Procedures.Where(p => !procedures.Contains(p.BaseIdentifier.Value)))
            findings.Add(new Finding(file, procedure.StartLine, "procedure", procedure.BaseIdentifier.Value));

        var scope = new Scope(this, found, temporary);
        foreach (var table in found.Tables)
            if (!scope.Exists(table)) findings.Add(new Finding(file, table.StartLine, "table", Describe(table.SchemaObject)));

        foreach (var column in found.Columns)
        {
            if (column.ColumnType != ColumnType.Regular || column.MultiPartIdentifier is null || found.DatePartArguments.Contains(column)) continue;
            var parts = column.MultiPartIdentifier.Identifiers;
            var name = parts[^1].Value;
            if (parts.Count >= 2)
            {
                var qualifier = parts[^2].Value;
                if (!scope.Sources.TryGetValue(qualifier, out var candidates))
                    findings.Add(new Finding(file, column.StartLine, "table or alias", qualifier));
                else if (candidates.All(c => c is not null && !c.Contains(name)))
                    findings.Add(new Finding(file, column.StartLine, "column", $"{qualifier}.{name}"));
            }
            else if (scope.AllColumns is { } all && !all.Contains(name))
            {
                findings.Add(new Finding(file, column.StartLine, "column", name));
            }
        }
    }

    private static string Describe(SchemaObjectName name) => string.Join('.', name.Identifiers.Select(i => i.Value));

    private static string Describe(CallTarget target) => target switch
    {
        MultiPartIdentifierCallTarget m => string.Join('.', m.MultiPartIdentifier.Identifiers.Select(i => i.Value)),
        _ => target.GetType().Name,
    };

    /// <summary>The sources a statement reads and writes, each under its alias or name, with the columns it has
    /// (null where it cannot be told, e.g. a catalog view).</summary>
    private sealed class Scope
    {
        private readonly TSqlModelChecker checker;
        private readonly Dictionary<string, HashSet<string>?> temporary;
        private readonly Dictionary<string, HashSet<string>?> ctes = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> aliases = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, List<HashSet<string>?>> Sources { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string>? AllColumns { get; }

        public Scope(TSqlModelChecker checker, Collector found, Dictionary<string, HashSet<string>?> temporary)
        {
            this.checker = checker;
            this.temporary = temporary;
            foreach (var table in found.Tables.Where(t => t.Alias is not null)) aliases.Add(table.Alias.Value);
            foreach (var derived in found.Derived) aliases.Add(derived.Alias.Value);
            foreach (var cte in found.Ctes)
                ctes[cte.ExpressionName.Value] = cte.Columns.Count > 0
                    ? cte.Columns.Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase)
                    : Output(cte.QueryExpression);

            // A table reported missing has unknown columns: its columns are not reported a second time.
            foreach (var table in found.Tables)
                if (Columns(table, out var columns) || !Exists(table))
                    Add(table.Alias?.Value ?? table.SchemaObject.BaseIdentifier.Value, columns);
            foreach (var derived in found.Derived)
                Add(derived.Alias.Value, derived.Columns.Count > 0
                    ? derived.Columns.Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase)
                    : Output(derived.QueryExpression));
            foreach (var inline in found.InlineTables.Where(t => t.Alias is not null))
                Add(inline.Alias.Value, inline.Columns.Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase));
            foreach (var function in found.TableFunctions.Where(f => f.Alias is not null)) Add(function.Alias.Value, null);
            foreach (var variable in found.VariableTables)
                Add(variable.Alias?.Value ?? variable.Variable.Name, temporary.GetValueOrDefault(variable.Variable.Name));
            // OUTPUT INSERTED.x / DELETED.x name the target's columns.
            foreach (var target in found.DmlTargets)
                if (target is NamedTableReference named && Columns(named, out var columns))
                {
                    Add("inserted", columns);
                    Add("deleted", columns);
                }

            var all = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var known = true;
            foreach (var columns in Sources.Values.SelectMany(c => c).Concat(ctes.Values))
            {
                if (columns is null) known = false;
                else all.UnionWith(columns);
            }
            all.UnionWith(found.SelectAliases);
            AllColumns = known ? all : null;
        }

        private void Add(string name, HashSet<string>? columns)
        {
            if (!Sources.TryGetValue(name, out var list)) Sources[name] = list = [];
            list.Add(columns);
        }

        public bool Exists(NamedTableReference table) =>
            Columns(table, out _) || (table.SchemaObject.SchemaIdentifier is null && aliases.Contains(table.SchemaObject.BaseIdentifier.Value));

        /// <summary>False when the name is neither a table of the schema, a catalog view, a temporary table nor a CTE.</summary>
        private bool Columns(NamedTableReference table, out HashSet<string>? columns)
        {
            columns = null;
            var name = table.SchemaObject.BaseIdentifier.Value;
            var schemaName = table.SchemaObject.SchemaIdentifier?.Value;
            if (schemaName is not null && !schemaName.Equals("dbo", StringComparison.OrdinalIgnoreCase))
                return checker.catalogViews.Contains($"{schemaName}.{name}");
            if (name.StartsWith('#')) return temporary.TryGetValue(name, out columns);
            if (schemaName is null && ctes.TryGetValue(name, out columns)) return true;
            if (checker.schema.Tables.TryGetValue(name, out var real))
            {
                columns = real.Columns.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
                return true;
            }
            return false;
        }

        /// <summary>The column names a query returns; null where a star reads a source whose columns are unknown.</summary>
        private HashSet<string>? Output(QueryExpression query)
        {
            switch (query)
            {
                case BinaryQueryExpression binary: return Output(binary.FirstQueryExpression);
                case QueryParenthesisExpression parenthesis: return Output(parenthesis.QueryExpression);
                case QuerySpecification specification:
                    var result = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    var from = new Dictionary<string, HashSet<string>?>(StringComparer.OrdinalIgnoreCase);
                    foreach (var reference in specification.FromClause?.TableReferences ?? []) Flatten(reference, from);
                    foreach (var element in specification.SelectElements)
                    {
                        switch (element)
                        {
                            case SelectScalarExpression { ColumnName: { } alias }:
                                result.Add(alias.Value);
                                break;
                            case SelectScalarExpression { Expression: ColumnReferenceExpression { MultiPartIdentifier: { } identifier } }:
                                result.Add(identifier.Identifiers[^1].Value);
                                break;
                            case SelectStarExpression star:
                                var read = star.Qualifier is null
                                    ? from.Values.ToList()
                                    : [from.GetValueOrDefault(star.Qualifier.Identifiers[^1].Value)];
                                if (read.Any(c => c is null)) return null;
                                foreach (var columns in read) result.UnionWith(columns!);
                                break;
                        }
                    }
                    return result;
                default:
                    return null;
            }
        }

        private void Flatten(TableReference reference, Dictionary<string, HashSet<string>?> into)
        {
            switch (reference)
            {
                case NamedTableReference named:
                    Columns(named, out var columns);
                    into[named.Alias?.Value ?? named.SchemaObject.BaseIdentifier.Value] = columns;
                    break;
                case QueryDerivedTable derived:
                    into[derived.Alias.Value] = derived.Columns.Count > 0
                        ? derived.Columns.Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase)
                        : Output(derived.QueryExpression);
                    break;
                case JoinTableReference join:
                    Flatten(join.FirstTableReference, into);
                    Flatten(join.SecondTableReference, into);
                    break;
                case JoinParenthesisTableReference parenthesis:
                    Flatten(parenthesis.Join, into);
                    break;
                case TableReferenceWithAlias aliased:
                    into[aliased.Alias?.Value ?? aliased.GetType().Name] = null;
                    break;
            }
        }
    }

    /// <summary>Every node of a statement that names something.</summary>
    private sealed class Collector : TSqlFragmentVisitor
    {
        public List<NamedTableReference> Tables { get; } = [];
        public List<QueryDerivedTable> Derived { get; } = [];
        public List<InlineDerivedTable> InlineTables { get; } = [];
        public List<CommonTableExpression> Ctes { get; } = [];
        public List<ColumnReferenceExpression> Columns { get; } = [];
        public List<FunctionCall> Functions { get; } = [];
        public List<SchemaObjectFunctionTableReference> SchemaFunctions { get; } = [];
        public List<GlobalFunctionTableReference> TableFunctions { get; } = [];
        public List<VariableTableReference> VariableTables { get; } = [];
        public List<SchemaObjectName> Procedures { get; } = [];
        public List<VariableReference> Variables { get; } = [];
        public HashSet<VariableReference> ProcedureParameterNames { get; } = [];
        public HashSet<ColumnReferenceExpression> DatePartArguments { get; } = [];
        public HashSet<string> Declared { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, HashSet<string>?> TableVariables { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> SelectAliases { get; } = new(StringComparer.OrdinalIgnoreCase);
        public List<TableReference> DmlTargets { get; } = [];

        public override void Visit(NamedTableReference node) => Tables.Add(node);
        public override void Visit(QueryDerivedTable node) => Derived.Add(node);
        public override void Visit(InlineDerivedTable node) => InlineTables.Add(node);
        public override void Visit(CommonTableExpression node) => Ctes.Add(node);
        public override void Visit(ColumnReferenceExpression node) => Columns.Add(node);
        public override void Visit(GlobalFunctionTableReference node) => TableFunctions.Add(node);
        public override void Visit(SchemaObjectFunctionTableReference node) => SchemaFunctions.Add(node);
        public override void Visit(VariableTableReference node) => VariableTables.Add(node);
        public override void Visit(VariableReference node) => Variables.Add(node);
        public override void Visit(DeclareVariableElement node) => Declared.Add(node.VariableName.Value);
        public override void Visit(SelectScalarExpression node)
        {
            if (node.ColumnName is { } alias) SelectAliases.Add(alias.Value);
        }

        public override void Visit(DeclareTableVariableBody node)
        {
            Declared.Add(node.VariableName.Value);
            TableVariables[node.VariableName.Value] =
                node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        }

        public override void Visit(FunctionCall node)
        {
            Functions.Add(node);
            if (DatePartFunctions.Contains(node.FunctionName.Value) && node.Parameters.Count > 0 && node.Parameters[0] is ColumnReferenceExpression part)
                DatePartArguments.Add(part);
        }

        public override void Visit(ExecutableProcedureReference node)
        {
            if (node.ProcedureReference?.ProcedureReference?.Name is { } name) Procedures.Add(name);
        }

        public override void Visit(ExecuteParameter node)
        {
            if (node.Variable is { } name) ProcedureParameterNames.Add(name);
        }

        public override void Visit(InsertSpecification node) => DmlTargets.Add(node.Target);
        public override void Visit(UpdateSpecification node) => DmlTargets.Add(node.Target);
        public override void Visit(DeleteSpecification node) => DmlTargets.Add(node.Target);
        public override void Visit(MergeSpecification node) => DmlTargets.Add(node.Target);
    }
}
