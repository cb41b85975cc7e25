namespace Pws.Reports.KualitasData;

/// <summary>A FHIR patient reference whose Observations were loaded but whose Patient has not arrived (never
/// sent, or quarantined): they count in no screening until the puskesmas sends it.</summary>
public sealed record ObservasiMenunggu(string KodePuskesmas, string NamaPuskesmas, string IdPasien, long Observasi, DateTime TanggalTertua)
{
    public string RujukanPatient => $"Patient/{IdPasien}";
}
