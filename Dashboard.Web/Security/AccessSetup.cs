using Hangfire.Dashboard;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Pws.Core.Settings;

namespace Pws.Dashboard.Web.Security;

/// <summary>Deny by default: every endpoint needs a signed-in user unless it says otherwise; the open
/// (demo) mode signs every visitor in as a kabupaten analyst.</summary>
public static class AccessSetup
{
    public static IServiceCollection AddPwsAccess(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/masuk";
            options.LogoutPath = "/akun/keluar";
            options.Cookie.Name = "pws.masuk";
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            // Scripts and downloads get a status code; only pages are sent to the sign-in form.
            options.Events.OnRedirectToLogin = context =>
            {
                if (IsPage(context.Request)) context.Response.Redirect(context.RedirectUri);
                else context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<AreaScopeFactory>();
        return services;
    }

    private static bool IsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/ekspor");

    public static void UsePwsAccess(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<PwsSettings>();
        app.UseAuthentication();
        if (settings.Akses.Terbuka)
            app.Use((context, next) =>
            {
                if (context.User.Identity?.IsAuthenticated != true)
                    context.User = UserDirectory.Principal("analis", PwsClaims.Dinkes, null, "Terbuka");
                return next(context);
            });
        app.UseAuthorization();

        app.MapPost("/akun/masuk", async (HttpContext context, UserDirectory users, IAntiforgery antiforgery) =>
        {
            // The form is read by hand, so the antiforgery check is too.
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest("Formulir kedaluwarsa; muat ulang halaman masuk.");
            var form = await context.Request.ReadFormAsync();
            var user = users.SignIn(form["nama"].ToString(), form["kata_sandi"].ToString());
            if (user is null) return Results.Redirect("/masuk?gagal=1");
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, user);
            var back = form["kembali"].ToString();
            return Results.LocalRedirect(back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) ? back : "/");
        }).AllowAnonymous();
        app.MapPost("/akun/keluar", async (HttpContext context) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/masuk");
        });
    }
}

/// <summary>The Hangfire dashboard can run and delete jobs: Dinkes only.</summary>
public sealed class DinkesOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(PwsClaims.Dinkes);
}
