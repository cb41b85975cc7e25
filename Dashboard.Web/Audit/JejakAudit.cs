namespace Pws.Dashboard.Web.Audit;

/// <summary>One line of the audit trail: who did what, to which report or account, with which filters, when.</summary>
public sealed record JejakAudit(long Id, DateTime Waktu, string? Pengguna, string Peristiwa, string? Sasaran, string? Rincian, string? AlamatIp);
