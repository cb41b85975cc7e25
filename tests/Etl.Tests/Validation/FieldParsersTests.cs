using Pws.Etl.Validation;

namespace Pws.Etl.Tests.Validation;

public sealed class FieldParsersTests
{
    [TestCase("2025-03-01")]
    [TestCase("01/03/2025")]
    [TestCase("1/3/2025")]
    public void Dates_are_read_in_every_contract_format(string text)
    {
        Assert.That(FieldParsers.ParseDate(text), Is.EqualTo(new DateOnly(2025, 3, 1)));
    }

    [TestCase("31/02/2025")]
    [TestCase("2025/03/01")]
    [TestCase("03-01-2025")]
    [TestCase("kemarin")]
    public void Impossible_or_foreign_dates_are_refused(string text)
    {
        Assert.That(FieldParsers.ParseDate(text), Is.Null);
    }

    [TestCase("33.29.01.2001")]
    [TestCase("3329012001")]
    public void Village_codes_dotted_or_not_become_the_dotted_form(string text)
    {
        Assert.That(FieldParsers.NormalizeKodeDesa(text), Is.EqualTo("33.29.01.2001"));
    }

    [TestCase("332901200")]
    [TestCase("33.290.1.2001")]
    [TestCase("33.29.01.200A")]
    public void Malformed_village_codes_are_refused(string text)
    {
        Assert.That(FieldParsers.NormalizeKodeDesa(text), Is.Null);
    }

    [TestCase("36,6", 36.6)]
    [TestCase("36.6", 36.6)]
    [TestCase("120", 120.0)]
    public void Decimals_take_a_comma_or_a_point(string text, double expected)
    {
        Assert.That(FieldParsers.ParseDecimal(text), Is.EqualTo(expected));
    }

    [TestCase("K-1,3329 0145 0180 0002,x", "K-1,************0002,x")]
    [TestCase("K-1;3329.0145.0180.0002;x", "K-1;************0002;x")]
    [TestCase("K-1,3329-0145-0180-0002,x", "K-1,************0002,x")]
    [TestCase("K-1,2025-03-01,33.29.01.2001,1995-05-05", "K-1,2025-03-01,33.29.01.2001,1995-05-05")]
    public void A_NIK_written_with_spaces_dots_or_dashes_is_masked_too_and_dates_and_village_codes_are_not(string raw, string masked)
    {
        Assert.That(FieldParsers.MaskNik(raw), Is.EqualTo(masked));
    }

    [TestCase("K-1,3329/0150/0290/0051,x", "K-1,************0051,x")]
    [TestCase("K-1,3329_0150_0290_0051,x", "K-1,************0051,x")]
    [TestCase("K-1;3329   0150\t0290  0051;x", "K-1;************0051;x")]
    [TestCase("K-1,\"3329,0150,0290,0051\",x", "K-1,\"************0051\",x")]
    [TestCase("K-1;3329 / 0150 / 0290 / 0051;x", "K-1;************0051;x")]
    [TestCase("K-1,2024-01-05,3329/0150_0290-0051,33.29.01.2001,x", "K-1,2024-01-05,************0051,33.29.01.2001,x")]
    [TestCase("3329014501800002 2024-01-05", "************0002 2024-01-05")]
    public void A_NIK_written_with_any_separator_between_its_digit_groups_is_masked_to_its_last_four_digits(string raw, string masked)
    {
        Assert.That(FieldParsers.MaskNik(raw), Is.EqualTo(masked));
    }

    [TestCase("2024-01-05,2024-01-06,P1")]
    [TestCase("05/01/2024 06/01/2024")]
    [TestCase("x;3329012001;123456;x")]
    public void Dates_and_village_codes_side_by_side_are_not_taken_for_a_NIK_though_a_comma_may_join_a_NIKs_groups(string raw)
    {
        Assert.That(FieldParsers.MaskNik(raw), Is.EqualTo(raw));
    }

    [TestCase("""{"birthDate":"1980-05-24","id":"P02478375538"}""")]
    [TestCase("""{"effectiveDateTime":"2026-03-02T09:10:00.1234567+07:00"}""")]
    [TestCase("K-1,202601150001,3329012001,08123456789")]
    [TestCase("ID 33290145018000021 has 17 digits")]
    public void Dates_IHS_numbers_phone_numbers_and_other_ids_are_not_masked(string raw)
    {
        Assert.That(FieldParsers.MaskNik(raw), Is.EqualTo(raw));
    }

    [Test]
    public void A_NIK_field_of_the_wrong_length_is_masked_but_its_last_four_digits()
    {
        Assert.That(FieldParsers.MaskDigits("332901430304035"), Is.EqualTo("***********4035"));
    }

    [Test]
    public void A_NIK_in_raw_text_is_masked_to_its_last_four_digits()
    {
        Assert.That(FieldParsers.MaskNik("K-1,2025-01-01,3329014303040356,x"), Is.EqualTo("K-1,2025-01-01,************0356,x"));
    }
}
