using Pws.Core.Settings;

namespace Pws.Dashboard.Web.Api;

/// <summary>Workbooks and charts are drawn a few at a time (<c>Pws:Unduhan:Serentak</c>): one PWS workbook takes
/// hundreds of megabytes and seconds of a core, and twenty at once took minutes each and gigabytes. A download waits
/// for its turn up to <c>Pws:Unduhan:TungguMaks</c>, then is answered 429 with Retry-After.</summary>
public sealed class RenderingQueue(PwsSettings settings)
{
    private const int RetryAfterSeconds = 30;
    private readonly SemaphoreSlim turns = new(settings.Unduhan.Serentak, settings.Unduhan.Serentak);

    public async Task<IResult> RenderAsync(HttpContext context, Func<IResult> render)
    {
        if (!await turns.WaitAsync(settings.Unduhan.TungguMaks, context.RequestAborted))
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Text($"Server sedang menyiapkan unduhan lain. Coba lagi dalam {RetryAfterSeconds} detik.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests);
        }
        try
        {
            return await Task.Run(render, context.RequestAborted);
        }
        finally
        {
            turns.Release();
        }
    }

}
