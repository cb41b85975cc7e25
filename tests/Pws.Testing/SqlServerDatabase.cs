using Microsoft.Data.SqlClient;

namespace Pws.Testing;

/// <summary>A database of its own on a test SQL Server, so each fixture starts from an empty warehouse.</summary>
public sealed class SqlServerDatabase : IDisposable
{
    private readonly string server;
    private readonly string name = "pws_uji_" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString { get; }

    private SqlServerDatabase(string server)
    {
        this.server = server;
        ConnectionString = new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ConnectionString;
    }

    public static SqlServerDatabase Create(string server)
    {
        var database = new SqlServerDatabase(server);
        database.Execute($"CREATE DATABASE [{database.name}]; ALTER DATABASE [{database.name}] SET READ_COMMITTED_SNAPSHOT ON;");
        return database;
    }

    private void Execute(string sql)
    {
        using var connection = new SqlConnection(new SqlConnectionStringBuilder(server) { InitialCatalog = "master" }.ConnectionString);
        connection.Open();
        using var command = new SqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqlConnection.ClearAllPools();
        Execute($"ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}];");
    }
}
