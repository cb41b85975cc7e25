using Dapper;
using Pws.Testing;
using Pws.Warehouse.Dialects;

namespace Pws.Warehouse.Tests.Dialects;

/// <summary>Statements that group on people use <c>nomor_orang(column)</c>, a number from the pseudonym's first 128
/// bits, and must never merge two people nor split one.</summary>
public sealed class PersonNumberTests
{
    private const string Pseudonym = "6e0a681f9e47625d04dee6515e78becbe2f1c653cc6705be9436abe92cba5839";

    // Same first 64 bits, different next 64: a 64-bit number would merge these two people.
    private const string SharesFirstHalf = "6e0a681f9e47625dffdee6515e78becbe2f1c653cc6705be9436abe92cba5839";

    // Differs only after the 128 bits the number reads: the same number, as two pseudonyms this close never occur.
    private const string DiffersAfter128Bits = "6e0a681f9e47625d04dee6515e78becb00000000000000000000000000000000";

    private static long DistinctNumbers(params string[] pseudonyms)
    {
        using var folder = new TempFolder();
        var dialect = Dialect.Create("duckdb", folder["pws.duckdb"]);
        using var connection = dialect.Open();
        connection.Execute("CREATE TABLE orang (id_orang VARCHAR)");
        connection.Execute("INSERT INTO orang VALUES ($id_orang)", pseudonyms.Select(p => new { id_orang = p }));
        return connection.ExecuteScalar<long>(dialect.Adapt("SELECT count(DISTINCT nomor_orang(o.id_orang)) FROM orang o"));
    }

    [Test]
    public void Two_people_whose_pseudonyms_share_their_first_64_bits_keep_two_numbers()
    {
        Assert.That(DistinctNumbers(Pseudonym, SharesFirstHalf), Is.EqualTo(2));
    }

    [Test]
    public void One_person_seen_twice_has_one_number()
    {
        Assert.That(DistinctNumbers(Pseudonym, Pseudonym), Is.EqualTo(1));
    }

    [Test]
    public void The_number_reads_the_first_128_bits()
    {
        Assert.That(DistinctNumbers(Pseudonym, DiffersAfter128Bits), Is.EqualTo(1));
    }

    [Test]
    public void SQL_Server_reads_the_same_128_bits_as_binary()
    {
        var adapted = new SqlServerDialect("Server=.").Adapt("SELECT nomor_orang(k.id_orang) FROM kunjungan k");

        Assert.That(adapted, Is.EqualTo("SELECT CONVERT(BINARY(16), substring(k.id_orang, 1, 32), 2) FROM kunjungan k"));
    }
}
