using System.Globalization;
using Pws.Core.Security;
using Pws.Core.Time;
using Pws.Reports.Definitions;

namespace Pws.Dashboard.Web.Audit;

/// <summary>The audit trail as CSV for an admin, with the page's filters: <c>dari</c> and <c>sampai</c> (dates in
/// WIB, inclusive), <c>pengguna</c>, <c>peristiwa</c>. Times are written in WIB. A filter that cannot be read is
/// answered with 400 and its reason, as the reports' filters are.</summary>
public static class AuditEndpoints
{
    private static readonly IReadOnlyList<ReportColumn<JejakAudit>> Columns =
    [
        new("waktu", ColumnKind.Text, e => e.Waktu.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
        new("pengguna", ColumnKind.Text, e => e.Pengguna), new("peristiwa", ColumnKind.Text, e => e.Peristiwa),
        new("sasaran", ColumnKind.Text, e => e.Sasaran), new("rincian", ColumnKind.Text, e => e.Rincian), new("alamat_ip", ColumnKind.Text, e => e.AlamatIp),
    ];

    public sealed record Filter(DateTime Dari, DateTime Sampai, string? Pengguna, string? Peristiwa)
    {
        /// <summary>The last 30 days by default.</summary>
        /// <exception cref="FormatException">A filter that cannot be read, named with what it accepts.</exception>
        public static Filter From(Func<string, string?> get, DateTime today)
        {
            string? Get(string name) => get(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
            var sampai = Get("sampai") is { } s ? FilterParser.Tanggal("sampai", s) : today.Date;
            var dari = Get("dari") is { } d ? FilterParser.Tanggal("dari", d) : sampai.AddDays(-30);
            if (dari > sampai) throw new FormatException($"dari {dari:yyyy-MM-dd} sesudah sampai {sampai:yyyy-MM-dd}: pilih tanggal awal sebelum tanggal akhir.");
            return new Filter(dari, sampai, Get("pengguna") is { } p ? FilterParser.Teks("pengguna", p, 100) : null,
                Get("peristiwa") is { } e ? FilterParser.OneOf("peristiwa", e, Audit.Peristiwa.Semua) : null);
        }

        /// <summary>The entries of the WIB days chosen, their times in WIB.</summary>
        public IReadOnlyList<JejakAudit> Read(AuditTrail trail) =>
            trail.Read(ToUtc(Dari), ToUtc(Sampai.AddDays(1)), Pengguna, Peristiwa).Select(e => e with { Waktu = Wib.FromUtc(e.Waktu) }).ToList();

        private static DateTime ToUtc(DateTime wib) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(wib, DateTimeKind.Unspecified), Wib.Zone);
    }

    public static void MapAudit(this WebApplication app) =>
        app.MapGet("/ekspor/jejak-audit.csv", (HttpContext context, AuditTrail trail, TimeProvider clock) =>
        {
            Filter filter;
            try
            {
                filter = Filter.From(name => context.Request.Query[name].ToString(), Wib.Now(clock).DateTime);
            }
            catch (FormatException e)
            {
                return Results.BadRequest(e.Message);
            }
            var table = ReportTable.Of(Columns, filter.Read(trail));
            return Results.File(table.CsvBytes(), Api.ReportEndpoints.CsvType,
                $"jejak-audit-{filter.Dari:yyyy-MM-dd}-{filter.Sampai:yyyy-MM-dd}.csv");
        }).RequireAuthorization(policy => policy.RequireRole(Peran.Admin));
}
