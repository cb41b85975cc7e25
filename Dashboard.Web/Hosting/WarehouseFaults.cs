using Pws.Warehouse.Dialects;

namespace Pws.Dashboard.Web.Hosting;

/// <summary>A warehouse that cannot answer (locked, unreachable, or reopening after a fatal error) makes the dashboard
/// answer 503 with Retry-After, never 500: the user is told to reload shortly, a load balancer to come back. A fatal
/// error starts the reopening, so the dashboard heals without a restart.</summary>
public static class WarehouseFaults
{
    public const int RetryAfterSeconds = 15;

    public const string Pesan = "Gudang data sedang dibuka ulang setelah gangguan. Muat ulang halaman ini dalam beberapa detik.";

    /// <summary>Whether <paramref name="error"/> is the warehouse's, not the request's; a fatal one starts the reopening.</summary>
    public static bool Handles(Exception error, Dialect dialect, ILogger logger)
    {
        if (dialect.IsFatalAnywhere(error))
        {
            logger.LogError("Galat fatal gudang data; gudang data dibuka ulang. {Galat}", error.Message.Split('\n', 2)[0]);
            _ = dialect.Reopen(error);
            return true;
        }
        return error is WarehouseUnavailableException;
    }

    public static void Unavailable(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static void UseWarehouseFaults(this WebApplication app)
    {
        var dialect = app.Services.GetRequiredService<Dialect>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Pws.GudangData");
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (Handles(e, dialect, logger) && !context.Response.HasStarted)
            {
                context.Response.Clear();
                Unavailable(context.Response);
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(Pesan);
            }
        });
    }
}
