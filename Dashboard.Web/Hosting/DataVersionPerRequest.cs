using Pws.Reports.Freshness;

namespace Pws.Dashboard.Web.Hosting;

/// <summary>One read of the warehouse's data version per request: the month a page opens on, the last import's state,
/// the area roll-up and every kept answer check it, and on a kept page that check was most of the request's time. The
/// live page's connection is left out: it lasts as long as the page is open, and must see each import.</summary>
public static class DataVersionPerRequest
{
    public static void UseDataVersionPerRequest(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/_blazor") || context.Request.Path.StartsWithSegments("/hangfire"))
        {
            await next(context);
            return;
        }
        using var perRequest = context.RequestServices.GetRequiredService<DataVersion>().PerRequest();
        await next(context);
    });
}
