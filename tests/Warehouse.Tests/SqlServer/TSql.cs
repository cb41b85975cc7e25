using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Pws.Warehouse.Tests.SqlServer;

/// <summary>Parsing as SQL Server 2022 does, with quoted identifiers on (the SqlClient default).</summary>
internal static class TSql
{
    public static TSqlScript Parse(string sql, out IList<ParseError> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out errors);
        return fragment as TSqlScript ?? new TSqlScript();
    }

    public static IEnumerable<TSqlStatement> Statements(TSqlScript script) =>
        script.Batches.SelectMany(batch => batch.Statements);
}
