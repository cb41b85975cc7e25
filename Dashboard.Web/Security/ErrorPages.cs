namespace Pws.Dashboard.Web.Security;

/// <summary>Outside Development an unexpected error answers with a short message and a reference for the log,
/// never a stack trace, which would show the warehouse's paths and queries.</summary>
public static class ErrorPages
{
    public static void UseErrorPages(this WebApplication app)
    {
        if (app.Environment.IsDevelopment()) return;
        app.UseExceptionHandler(error => error.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync(
                $"Terjadi kesalahan pada dasbor PWS. Sampaikan kode ini kepada admin: {context.TraceIdentifier}");
        }));
    }
}
