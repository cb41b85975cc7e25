using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Pws.Warehouse.Tests.SqlServer;

/// <summary>A column as the T-SQL migrations declare it: its type as written (<c>NVARCHAR(100)</c>) and nullability.</summary>
public sealed record SchemaColumn(string Name, string Type, bool Nullable);

public sealed class SchemaTable(string name)
{
    public string Name { get; } = name;
    public Dictionary<string, SchemaColumn> Columns { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<string> PrimaryKey { get; } = [];

    /// <summary>Names of its indexes and constraints: a later script rebuilding one (DROP_EXISTING, DROP CONSTRAINT)
    /// must name one that exists.</summary>
    public HashSet<string> IndexNames { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Keys and indexes that name a column the table does not have, found while the schema was built.</summary>
    public List<string> UnknownKeyColumns { get; } = [];
}

/// <summary>The SQL Server warehouse as its migrations build it, read with ScriptDom without a server: tables,
/// columns with their types, primary keys. Identifiers compare without case, as in a default SQL Server collation.</summary>
public sealed class SqlServerSchema
{
    public Dictionary<string, SchemaTable> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Statements the builder did not understand (an ALTER it cannot apply): the model would be wrong.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Applies the scripts in order, as the migrator runs them.</summary>
    public static SqlServerSchema Build(IEnumerable<(string Name, string Sql)> scripts)
    {
        var schema = new SqlServerSchema();
        foreach (var (name, sql) in scripts)
        {
            var script = TSql.Parse(sql, out var errors);
            foreach (var error in errors) schema.Problems.Add($"{name}: line {error.Line}: {error.Message}");
            foreach (var statement in TSql.Statements(script)) schema.Apply(name, statement);
        }
        return schema;
    }

    private void Apply(string script, TSqlStatement statement)
    {
        switch (statement)
        {
            case CreateTableStatement create when !create.SchemaObjectName.BaseIdentifier.Value.StartsWith('#'):
                var table = new SchemaTable(create.SchemaObjectName.BaseIdentifier.Value);
                foreach (var column in create.Definition.ColumnDefinitions) AddColumn(table, column);
                foreach (var column in create.Definition.ColumnDefinitions)
                    foreach (var constraint in column.Constraints.OfType<UniqueConstraintDefinition>().Where(c => c.IsPrimaryKey))
                        table.PrimaryKey.Add(column.ColumnIdentifier.Value);
                foreach (var constraint in create.Definition.TableConstraints.OfType<UniqueConstraintDefinition>())
                    AddKey(table, constraint);
                foreach (var index in create.Definition.Indexes)
                {
                    CheckColumns(table, index.Columns.Select(c => c.Column));
                    table.IndexNames.Add(index.Name.Value);
                }
                Tables[table.Name] = table;
                break;
            case AlterTableAddTableElementStatement add when Find(add.SchemaObjectName) is { } altered:
                foreach (var column in add.Definition.ColumnDefinitions) AddColumn(altered, column);
                foreach (var constraint in add.Definition.TableConstraints.OfType<UniqueConstraintDefinition>())
                    AddKey(altered, constraint);
                break;
            case AlterTableDropTableElementStatement drop when Find(drop.SchemaObjectName) is { } altered:
                foreach (var element in drop.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column))
                    altered.Columns.Remove(element.Name.Value);
                break;
            case DropTableStatement dropTable:
                foreach (var name in dropTable.Objects) Tables.Remove(name.BaseIdentifier.Value);
                break;
            case CreateIndexStatement index when Find(index.OnName) is { } indexed:
                CheckColumns(indexed, index.Columns.Select(c => c.Column));
                indexed.IndexNames.Add(index.Name.Value);
                break;
            case CreateViewStatement view:
                AddView(script, view);
                break;
            case IfStatement conditional:
                Apply(script, conditional.ThenStatement);
                break;
            case BeginEndBlockStatement block:
                foreach (var inner in block.StatementList.Statements) Apply(script, inner);
                break;
            case AlterTableStatement or CreateIndexStatement:
                Problems.Add($"{script}: {statement.GetType().Name} on a table the schema does not have");
                break;
        }
    }

    /// <summary>A view over one table reads, to the statements that use it, as a table: each column named in its select
    /// list, typed as the column it reads or as the integer a DATEDIFF gives.</summary>
    private void AddView(string script, CreateViewStatement view)
    {
        if (view.SelectStatement.QueryExpression is not QuerySpecification { FromClause.TableReferences: [NamedTableReference from] } query
            || Find(from.SchemaObject) is not { } source)
        {
            Problems.Add($"{script}: view {view.SchemaObjectName.BaseIdentifier.Value} does not read one known table");
            return;
        }
        var table = new SchemaTable(view.SchemaObjectName.BaseIdentifier.Value);
        foreach (var element in query.SelectElements.OfType<SelectScalarExpression>())
        {
            switch (element.Expression)
            {
                case ColumnReferenceExpression column when source.Columns.TryGetValue(column.MultiPartIdentifier.Identifiers[^1].Value, out var read):
                    var name = element.ColumnName?.Value ?? read.Name;
                    table.Columns[name] = read with { Name = name };
                    break;
                case FunctionCall { FunctionName.Value: var function } when function.Equals("DATEDIFF", StringComparison.OrdinalIgnoreCase)
                                                                           && element.ColumnName is { } alias:
                    table.Columns[alias.Value] = new SchemaColumn(alias.Value, "INT", true);
                    break;
                default:
                    Problems.Add($"{script}: view {table.Name}: a column the model cannot type");
                    break;
            }
        }
        Tables[table.Name] = table;
    }

    private SchemaTable? Find(SchemaObjectName name) => Tables.GetValueOrDefault(name.BaseIdentifier.Value);

    private static void AddColumn(SchemaTable table, ColumnDefinition column)
    {
        var nullable = !column.Constraints.OfType<NullableConstraintDefinition>().Any(c => !c.Nullable)
                       && !column.Constraints.OfType<UniqueConstraintDefinition>().Any(c => c.IsPrimaryKey);
        table.Columns[column.ColumnIdentifier.Value] = new SchemaColumn(column.ColumnIdentifier.Value, TypeName(column.DataType), nullable);
    }

    private static void AddKey(SchemaTable table, UniqueConstraintDefinition constraint)
    {
        var columns = constraint.Columns.Select(c => c.Column).ToList();
        CheckColumns(table, columns);
        if (constraint.ConstraintIdentifier is { } name) table.IndexNames.Add(name.Value);
        if (constraint.IsPrimaryKey) table.PrimaryKey.AddRange(columns.Select(c => c.MultiPartIdentifier.Identifiers[^1].Value));
    }

    private static void CheckColumns(SchemaTable table, IEnumerable<ColumnReferenceExpression> columns)
    {
        foreach (var name in columns.Select(c => c.MultiPartIdentifier.Identifiers[^1].Value))
            if (!table.Columns.ContainsKey(name)) table.UnknownKeyColumns.Add(name);
    }

    /// <summary>The type as declared, upper case: <c>VARCHAR(13)</c>, <c>NVARCHAR(MAX)</c>, <c>BIGINT</c>.</summary>
    public static string TypeName(DataTypeReference? type) => type switch
    {
        SqlDataTypeReference sql => sql.SqlDataTypeOption.ToString().ToUpperInvariant()
                                    + (sql.Parameters.Count > 0 ? $"({string.Join(", ", sql.Parameters.Select(p => p is MaxLiteral ? "MAX" : p.Value))})" : ""),
        null => "",
        _ => type.Name.BaseIdentifier.Value.ToUpperInvariant(),
    };
}
