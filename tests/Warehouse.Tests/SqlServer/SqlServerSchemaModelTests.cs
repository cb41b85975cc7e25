using Dapper;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Pws.Testing;
using Pws.Warehouse.Migrations;

namespace Pws.Warehouse.Tests.SqlServer;

/// <summary>No SQL Server runs here, so beyond parsing, every T-SQL statement the product can send is checked
/// against a model of the SQL Server warehouse built from its migrations: the tables, columns, functions and
/// procedures it names must exist, and every parameter it reads must be passed by the C# call that sends it.</summary>
public sealed class SqlServerSchemaModelTests
{
    /// <summary>SQL Server 2022 built-in functions the product may call. Kept by hand on purpose: a function is added
    /// here only after checking that SQL Server has it (DuckDB names such as strftime, ifnull, ceil, date_trunc,
    /// list, bool_or or epoch are not SQL Server's). CAST, CONVERT, COALESCE, NULLIF, IIF, LEFT, RIGHT and
    /// CURRENT_TIMESTAMP are syntax in ScriptDom, not function calls, and need no entry.</summary>
    private static readonly HashSet<string> SqlServerFunctions = new(
    [
        // aggregate and window
        "AVG", "COUNT", "COUNT_BIG", "MAX", "MIN", "SUM", "STDEV", "STDEVP", "VAR", "VARP", "STRING_AGG", "GROUPING",
        "ROW_NUMBER", "RANK", "DENSE_RANK", "NTILE", "LAG", "LEAD", "FIRST_VALUE", "LAST_VALUE", "PERCENT_RANK", "CUME_DIST",
        "PERCENTILE_CONT", "PERCENTILE_DISC",
        // date and time
        "YEAR", "MONTH", "DAY", "DATEADD", "DATEDIFF", "DATEDIFF_BIG", "DATENAME", "DATEPART", "DATETRUNC", "DATE_BUCKET",
        "DATEFROMPARTS", "DATETIME2FROMPARTS", "EOMONTH", "GETDATE", "GETUTCDATE", "SYSDATETIME", "SYSUTCDATETIME",
        "SYSDATETIMEOFFSET", "SWITCHOFFSET", "TODATETIMEOFFSET", "ISDATE",
        // text
        "LEN", "DATALENGTH", "SUBSTRING", "CHARINDEX", "PATINDEX", "REPLACE", "REPLICATE", "REVERSE", "STUFF", "LOWER", "UPPER",
        "LTRIM", "RTRIM", "TRIM", "CONCAT", "CONCAT_WS", "FORMAT", "QUOTENAME", "STR", "CHAR", "NCHAR", "ASCII", "UNICODE",
        "SPACE", "TRANSLATE", "STRING_ESCAPE",
        // numbers
        "ABS", "CEILING", "FLOOR", "ROUND", "POWER", "SQRT", "SIGN", "EXP", "LOG", "LOG10", "PI", "RAND", "GREATEST", "LEAST",
        // other
        "ISNULL", "ISNUMERIC", "CHOOSE", "NEWID", "DB_NAME", "DB_ID", "OBJECT_ID", "SCHEMA_ID", "COL_LENGTH", "SCOPE_IDENTITY",
        "HASHBYTES", "CHECKSUM", "JSON_VALUE", "JSON_QUERY", "ISJSON", "ERROR_MESSAGE", "ERROR_NUMBER", "XACT_STATE",
        // table-valued
        "STRING_SPLIT", "OPENJSON", "GENERATE_SERIES",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> SqlServerProcedures = new(["sp_getapplock", "sp_releaseapplock"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> CatalogViews = new(["sys.tables", "sys.columns", "sys.objects", "sys.indexes", "sys.partition_functions", "sys.partition_range_values"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Column types the migrations may use: SQL Server's own, none of DuckDB's (INTEGER, BOOLEAN, TIMESTAMP, ...).</summary>
    private static readonly HashSet<string> SqlServerTypes =
        ["INT", "BIGINT", "SMALLINT", "TINYINT", "BIT", "DECIMAL", "NUMERIC", "FLOAT", "REAL", "DATE", "DATETIME2", "DATETIMEOFFSET", "TIME",
         "CHAR", "VARCHAR", "NCHAR", "NVARCHAR", "BINARY", "VARBINARY", "UNIQUEIDENTIFIER"];

    private static readonly Lazy<SqlServerSchema> Schema = new(() => SqlServerWorkload.Schema(RepositoryRoot.Path));

    private static readonly Lazy<IReadOnlyList<SentQuery>> Sent =
        new(() => DapperCallSites.Find(RepositoryRoot.Path, SqlServerWorkload.Projects));

    private static TSqlModelChecker Checker(SqlServerSchema schema) => new(schema, SqlServerFunctions, SqlServerProcedures, CatalogViews);

    private static IEnumerable<TestCaseData> Statements() =>
        SqlServerWorkload.Statements(RepositoryRoot.Path, Sent.Value)
            .Select(s => new TestCaseData(s).SetName("SQL Server model: " + s.File));

    [TestCaseSource(nameof(Statements))]
    public void Every_statement_names_only_what_SQL_Server_and_the_schema_have_and_gets_every_parameter(SentStatement statement)
    {
        Assert.That(Checker(Schema.Value).Check(statement.File, statement.Sql, statement.CallSites).Select(f => f.ToString()), Is.Empty);
    }

    [Test]
    public void The_schema_model_holds_every_table_with_typed_columns_and_keys_on_real_columns()
    {
        var schema = Schema.Value;
        Assert.Multiple(() =>
        {
            Assert.That(schema.Problems, Is.Empty);
            Assert.That(schema.Tables.Keys, Is.SupersetOf(new[] { "wilayah", "kunjungan", "skrining", "etl_run", "mart_capaian", "pengguna", "schema_migrasi" }));
            foreach (var table in schema.Tables.Values)
            {
                Assert.That(table.UnknownKeyColumns, Is.Empty, table.Name);
                foreach (var column in table.Columns.Values)
                    Assert.That(SqlServerTypes, Does.Contain(column.Type.Split('(')[0]), $"{table.Name}.{column.Name} {column.Type}");
            }
            Assert.That(schema.Tables["kunjungan"].Columns["tanggal"].Type, Is.EqualTo("DATE"));
            Assert.That(schema.Tables["pengguna"].Columns["stempel_keamanan"].Type, Is.EqualTo("VARCHAR(64)"), "added by 010");
            Assert.That(schema.Tables["etl_run"].PrimaryKey, Is.EqualTo(new[] { "id_run" }));
            Assert.That(schema.Tables["wilayah"].PrimaryKey, Is.EqualTo(new[] { "kode", "berlaku_dari" }));
        });
    }

    /// <summary>The DuckDB warehouse runs in every test; the SQL Server one must hold the same tables and columns, its
    /// staging tables those DuckDB creates for each import in the import connection's temporary tables.</summary>
    [Test]
    public void The_SQL_Server_schema_has_the_tables_and_columns_of_the_DuckDB_schema()
    {
        using var warehouse = new TestWarehouse();
        new Migrator(warehouse.Dialect).Apply();
        using var connection = warehouse.Dialect.Open();
        connection.Execute(warehouse.Dialect.Sql(typeof(Pws.Etl.Import.Importer).Assembly, "kosongkan_staging"));
        var duckdb = connection.Query<(string Table, string Column)>(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'")
            .Select(c => $"{c.Table}.{c.Column}".ToLowerInvariant()).Order();
        var sqlServer = Schema.Value.Tables.Values.SelectMany(t => t.Columns.Keys.Select(c => $"{t.Name}.{c}".ToLowerInvariant())).Order();

        Assert.That(sqlServer, Is.EqualTo(duckdb));
    }

    [Test]
    public void The_C_sharp_scan_finds_the_calls_and_what_they_pass()
    {
        var sent = Sent.Value;
        IReadOnlySet<string>? Passed(string name) => sent.First(s => s.Name == name).Site.Parameters;
        Assert.Multiple(() =>
        {
            Assert.That(sent.Count(s => s.Name is not null), Is.GreaterThan(80));
            Assert.That(SqlServerWorkload.Unresolved(RepositoryRoot.Path, sent).Select(s => $"{s.Site.Location}: {s.Name}"), Is.Empty);
            Assert.That(Passed("bangun_mart_capaian"), Is.EquivalentTo(new[] { "tahun", "awal", "akhir", "kabupaten_prefix", "cbr_per_seribu" }));
            Assert.That(Passed("tandai_mart"), Is.EquivalentTo(new[] { "tahun" }), "each element of a sequence");
            Assert.That(Passed("tambah_puskesmas"), Does.Contain("kode_kecamatan"), "through MasterLoader.Replace's caller");
            Assert.That(Passed("pengguna_stempel"), Is.EquivalentTo(new[] { "nama", "stempel_keamanan" }), "through AccountStore.Write's caller");
            Assert.That(Passed("selesai_run"), Does.Contain("status"), "from the object RunRecord returns");
            Assert.That(sent.Any(s => s.InlineSql is not null), "SQL written in a call is checked too");
        });
    }

    /// <summary>The province and national design in docs/scaling.md: T-SQL a DBA runs after the migrations. Each
    /// table it partitions, each index or key it rebuilds, each column it orders or partitions by must be the
    /// migrations' own, and a table partitioned by year on a column of the partition function's type.</summary>
    [TestCase("sql/sqlserver/skala/partisi_per_tahun.sql")]
    [TestCase("sql/sqlserver/skala/tahun_baru.sql")]
    public void The_scaling_scripts_name_only_what_the_schema_has(string file)
    {
        var sql = File.ReadAllText(Path.Combine(RepositoryRoot.Path, file));
        Assert.That(Checker(Schema.Value).Check(file, sql, []).Select(f => f.ToString()), Is.Empty);
    }

    [Test]
    public void The_scaling_script_partitions_the_facts_and_marts_by_year_and_orders_the_marts_as_pages_read_them()
    {
        const string file = "sql/sqlserver/skala/partisi_per_tahun.sql";
        var script = TSql.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, file)), out var errors);
        Assert.That(errors.Select(e => $"{e.Line}: {e.Message}"), Is.Empty);
        var statements = TSql.Statements(script).ToList();
        var functionType = statements.OfType<CreatePartitionFunctionStatement>()
            .ToDictionary(f => f.Name.Value, f => SqlServerSchema.TypeName(f.ParameterType.DataType), StringComparer.OrdinalIgnoreCase);
        var schemeType = statements.OfType<CreatePartitionSchemeStatement>()
            .ToDictionary(s => s.Name.Value, s => functionType[s.PartitionFunction.Value], StringComparer.OrdinalIgnoreCase);
        var schema = Schema.Value;
        var partitioned = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();

        void Placed(string table, FileGroupOrPartitionScheme? on)
        {
            var column = on?.PartitionSchemeColumns.SingleOrDefault()?.Value;
            if (on is null || column is null) { problems.Add($"{table}: not placed on a partition scheme"); return; }
            var scheme = on.Name.Identifier.Value;
            if (!schemeType.TryGetValue(scheme, out var type)) problems.Add($"{table}: unknown partition scheme {scheme}");
            else if (!schema.Tables[table].Columns.TryGetValue(column, out var typed) || typed.Type != type)
                problems.Add($"{table}.{column} is not a {type} column for {scheme}");
            partitioned[table] = column;
        }

        foreach (var statement in statements)
            switch (statement)
            {
                case CreateColumnStoreIndexStatement index:
                    var table = index.OnName.BaseIdentifier.Value;
                    Assert.That(schema.Tables, Does.ContainKey(table));
                    if (!schema.Tables[table].IndexNames.Contains(index.Name.Value)) problems.Add($"{table}: no index {index.Name.Value} to rebuild");
                    foreach (var column in index.OrderedColumns.Select(c => c.MultiPartIdentifier.Identifiers[^1].Value))
                        if (!schema.Tables[table].Columns.ContainsKey(column)) problems.Add($"{table}: ordered by unknown column {column}");
                    Placed(table, index.OnFileGroupOrPartitionScheme);
                    break;
                case AlterTableDropTableElementStatement drop:
                    foreach (var element in drop.AlterTableDropTableElements)
                        if (!schema.Tables[drop.SchemaObjectName.BaseIdentifier.Value].IndexNames.Contains(element.Name.Value))
                            problems.Add($"{drop.SchemaObjectName.BaseIdentifier.Value}: no constraint {element.Name.Value} to drop");
                    break;
                case AlterTableAddTableElementStatement add:
                    foreach (var key in add.Definition.TableConstraints.OfType<UniqueConstraintDefinition>())
                        Placed(add.SchemaObjectName.BaseIdentifier.Value, key.OnFileGroupOrPartitionScheme);
                    break;
            }

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(partitioned, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["mart_capaian"] = "tahun", ["mart_skrining"] = "tahun", ["kunjungan"] = "tanggal", ["skrining"] = "tanggal",
            }));
            Assert.That(statements.OfType<CreateColumnStoreIndexStatement>().Single(i => i.OnName.BaseIdentifier.Value == "mart_capaian")
                .OrderedColumns.Select(c => c.MultiPartIdentifier.Identifiers[^1].Value), Is.EqualTo(new[] { "kode_indikator", "bulan", "kode_desa" }),
                "the order bangun_mart_capaian.sql writes");
        });
    }

    /// <summary>The checker fails where it should: a seeded checkout with one defect of each kind.</summary>
    [Test]
    public void Seeded_defects_are_each_reported_with_their_file_and_name()
    {
        using var seeded = new TempFolder();
        var root = seeded.Path;
        CopyTree(Path.Combine(RepositoryRoot.Path, "sql", "sqlserver"), Path.Combine(root, "sql", "sqlserver"));
        Seed(root, "sql/Warehouse/Migrations/riwayat_migrasi.sqlserver.sql");
        Seed(root, "Etl/Loading/gabung_kunjungan.sql", ("tanggal_lahir", "tanggal_lahr"));
        Seed(root, "Reports/KualitasData/observasi_menunggu.sqlserver.sql", ("coalesce(", "ifnull("));
        Seed(root, "Reports/ImportRuns/run_terakhir.sqlserver.sql", ("dbo.etl_run", "dbo.etl_runs"));
        Seed(root, "Etl/Loading/tandai_mart.sqlserver.sql");
        File.WriteAllText(Path.Combine(root, "Etl", "Loading", "Penanda.cs"), """
            using Dapper;
            namespace Seeded;
            public sealed class Penanda(System.Data.Common.DbConnection connection)
            {
                private static string Sql(string name) => name;
                public void Tandai(int tahun) => connection.Execute(Sql("tandai_mart"), new { tahunn = tahun });
                public void Gabung(long idRun) => connection.Execute(Sql("gabung_kunjungan"), new { id_run = idRun, kode_puskesmas = "P1" });
            }
            """);

        var sent = DapperCallSites.Find(root, SqlServerWorkload.Projects);
        var checker = Checker(SqlServerWorkload.Schema(root));
        var findings = SqlServerWorkload.Statements(root, sent).SelectMany(s => checker.Check(s.File, s.Sql, s.CallSites)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(findings, Has.Some.Matches<Finding>(f => f.File == "Etl/Loading/gabung_kunjungan.sql" && f.Kind == "column" && f.Name == "tanggal_lahr"));
            Assert.That(findings, Has.Some.Matches<Finding>(f => f.File == "Reports/KualitasData/observasi_menunggu.sqlserver.sql" && f.Kind == "function" && f.Name == "ifnull"));
            Assert.That(findings, Has.Some.Matches<Finding>(f => f.File == "Reports/ImportRuns/run_terakhir.sqlserver.sql" && f.Kind == "table" && f.Name == "dbo.etl_runs"));
            Assert.That(findings, Has.Some.Matches<Finding>(f => f.File == "Etl/Loading/tandai_mart.sqlserver.sql"
                && f.Kind.StartsWith("parameter not passed by Etl/Loading/Penanda.cs:6", StringComparison.Ordinal) && f.Name == "@tahun"));
            Assert.That(findings.Where(f => f.File == "Etl/Loading/gabung_kunjungan.sql" && f.Kind.StartsWith("parameter", StringComparison.Ordinal)), Is.Empty,
                "a call that passes every parameter is not reported");
            Assert.That(findings.Select(f => (f.File, f.Kind, f.Name)).Distinct().Count(), Is.EqualTo(4), string.Join(Environment.NewLine, findings));
        });
    }

    private static void Seed(string root, string relative, params (string From, string To)[] defects)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, relative));
        foreach (var (from, to) in defects)
        {
            Assert.That(text, Does.Contain(from), $"{relative} no longer holds '{from}' to seed a defect with");
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        var target = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text);
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    [Test]
    public void A_statement_reading_an_unknown_column_of_a_CTE_or_alias_is_reported_and_a_column_the_CTE_makes_is_not()
    {
        const string sql = """
            WITH baru AS (SELECT kode_desa, COUNT(*) AS jumlah FROM dbo.kunjungan GROUP BY kode_desa)
            SELECT b.jumlah, b.kode_puskesmas, k.tanggal, k.tanggal_salah FROM baru b JOIN dbo.kunjungan k ON k.kode_desa = b.kode_desa;
            """;
        var findings = Checker(Schema.Value).Check("contoh.sql", sql, []).Select(f => f.ToString());
        Assert.That(findings, Is.EquivalentTo(new[] { "contoh.sql:2: column 'b.kode_puskesmas'", "contoh.sql:2: column 'k.tanggal_salah'" }));
    }
}
