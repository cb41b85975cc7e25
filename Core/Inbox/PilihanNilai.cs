namespace Pws.Core.Inbox;

/// <summary>The values the data contract accepts in its coded columns, in the order a reader is offered them: the
/// ETL checks rows against them and the templates list them in their drop-downs. Service codes come from the
/// indicator catalog instead, which a deployment may replace.</summary>
public static class PilihanNilai
{
    public static readonly IReadOnlyList<string> Tempat = ["DALAM_GEDUNG", "LUAR_GEDUNG", "POSYANDU", "PUSLING", "HOMECARE"];

    public static readonly IReadOnlyList<string> JenisKelamin = ["L", "P"];

    /// <summary>skrining_tb, skrining_kusta and dirujuk: ya or tidak (or empty).</summary>
    public static readonly IReadOnlyList<string> YaTidak = ["Y", "T"];

    /// <summary>The measurement of a screening recap row (agregat): blood pressure, blood sugar, cholesterol, TB and
    /// leprosy symptom screens.</summary>
    public static readonly IReadOnlyList<string> UkuranSkrining = ["TEKANAN_DARAH", "GULA_DARAH", "KOLESTEROL", "TB", "KUSTA"];

    public static readonly IReadOnlyList<string> JenisSasaran =
    [
        "PENDUDUK", "IBU_HAMIL", "IBU_BERSALIN", "BAYI_BARU_LAHIR", "BAYI", "BALITA", "USIA_DIKDAS",
        "USIA_PRODUKTIF", "LANSIA", "PENDERITA_HIPERTENSI", "PENDERITA_DM", "ODGJ_BERAT", "TERDUGA_TB", "RISIKO_HIV",
    ];
}
