using System.Globalization;
using Pws.Core.Security;
using Pws.Core.Time;
using Pws.Reports.Definitions;

namespace Pws.Dashboard.Web.Audit;

/// <summary>The audit trail as CSV for an admin, with the page's filters: <c>dari</c> and <c>sampai</c> (dates in
/// WIB, inclusive), <c>pengguna</c>, <c>peristiwa</c>. Times are written in WIB.</summary>
public static class AuditEndpoints
{
    public static readonly IReadOnlyList<ReportColumn> Columns =
        [new("waktu"), new("pengguna"), new("peristiwa"), new("sasaran"), new("rincian"), new("alamat_ip")];

    public sealed record Filter(DateTime Dari, DateTime Sampai, string? Pengguna, string? Peristiwa)
    {
        /// <summary>The last 30 days by default.</summary>
        public static Filter From(Func<string, string?> get, DateTime today)
        {
            static DateTime? Date(string? text) =>
                DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            var sampai = Date(get("sampai")) ?? today.Date;
            return new Filter(Date(get("dari")) ?? sampai.AddDays(-30), sampai, get("pengguna") is { Length: > 0 } p ? p : null,
                get("peristiwa") is { Length: > 0 } e ? e : null);
        }

        /// <summary>The entries of the WIB days chosen, their times in WIB.</summary>
        public IReadOnlyList<JejakAudit> Read(AuditTrail trail) =>
            trail.Read(ToUtc(Dari), ToUtc(Sampai.AddDays(1)), Pengguna, Peristiwa).Select(e => e with { Waktu = Wib.FromUtc(e.Waktu) }).ToList();

        private static DateTime ToUtc(DateTime wib) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(wib, DateTimeKind.Unspecified), Wib.Zone);
    }

    public static void MapAudit(this WebApplication app) =>
        app.MapGet("/ekspor/jejak-audit.csv", (HttpContext context, AuditTrail trail, TimeProvider clock) =>
        {
            var filter = Filter.From(name => context.Request.Query[name].ToString(), Wib.Now(clock).DateTime);
            var table = new ReportTable(Columns, filter.Read(trail).Select(e => (IReadOnlyList<object?>)
                [e.Waktu.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), e.Pengguna, e.Peristiwa, e.Sasaran, e.Rincian, e.AlamatIp]).ToList());
            return Results.File(table.CsvBytes(), Api.ReportEndpoints.CsvType,
                $"jejak-audit-{filter.Dari:yyyy-MM-dd}-{filter.Sampai:yyyy-MM-dd}.csv");
        }).RequireAuthorization(policy => policy.RequireRole(Peran.Admin));
}
