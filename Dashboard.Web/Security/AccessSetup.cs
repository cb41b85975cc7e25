using Hangfire.Dashboard;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Pws.Core.Security;
using Pws.Dashboard.Web.Accounts;
using Pws.Dashboard.Web.Audit;

namespace Pws.Dashboard.Web.Security;

/// <summary>Deny by default: every endpoint needs a signed-in user unless it says otherwise. Accounts are the
/// warehouse's; the cookie is checked against the account on every request.</summary>
public static class AccessSetup
{
    /// <summary>Pages and downloads that show records copied from the input (the quarantine): not for Bappeda.</summary>
    public const string RecordReaders = Peran.Admin + "," + Peran.AnalisDinkes + "," + Peran.KepalaPuskesmas;

    public static IServiceCollection AddPwsAccess(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/masuk";
            options.LogoutPath = "/akun/keluar";
            options.AccessDeniedPath = "/ditolak";
            options.Cookie.Name = "pws.masuk";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Lax;
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
            options.Events.OnValidatePrincipal = async context =>
            {
                var store = context.HttpContext.RequestServices.GetRequiredService<AccountStore>();
                var account = context.Principal?.Identity?.Name is { } nama ? store.Find(nama) : null;
                if (account is null || !AccountPrincipal.Matches(context.Principal!, account))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    return;
                }
                if (account.WajibGantiSandi) context.HttpContext.Items[MustChangePassword] = true;
            };
        });
        // The security headers say DENY for every response; antiforgery's own SAMEORIGIN would contradict them.
        services.AddAntiforgery(options => options.SuppressXFrameOptionsHeader = true);
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        services.AddSingleton<AccountStore>();
        services.AddSingleton<AccountSignIn>();
        services.AddSingleton<AccountAdministration>();
        services.AddSingleton<AccountSeeding>();
        services.AddSingleton<DemoAccounts>();
        services.AddSingleton<AuditTrail>();
        services.AddHostedService<AuditWriter>();
        services.AddSingleton<AreaScopeFactory>();
        return services;
    }

    private const string MustChangePassword = "pws.wajib-ganti-sandi";

    private static bool IsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/ekspor");

    public static void UsePwsAccess(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseAuthentication();
        // A one-time password opens nothing but the form that replaces it.
        app.Use((context, next) =>
        {
            var path = context.Request.Path;
            if (!context.Items.ContainsKey(MustChangePassword) || path.StartsWithSegments("/akun") || Path.HasExtension(path.Value)
                || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content") || path.StartsWithSegments("/_blazor"))
                return next(context);
            if (IsPage(context.Request)) context.Response.Redirect("/akun/kata-sandi?wajib=1");
            else context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        });
        app.UseApiCallAudit();
        app.UseAuthorization();

        app.MapPost("/akun/masuk", async (HttpContext context, AccountSignIn signIn, IAntiforgery antiforgery) =>
        {
            // The form is read by hand, so the antiforgery check is too.
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest("Formulir kedaluwarsa; muat ulang halaman masuk.");
            var form = await context.Request.ReadFormAsync();
            var result = signIn.SignIn(form["nama"].ToString(), form["kata_sandi"].ToString(), context.Connection.RemoteIpAddress?.ToString());
            if (result.Status == AccountSignIn.Status.Terkunci) return Results.Redirect("/masuk?terkunci=1");
            if (result.Account is not { } account) return Results.Redirect("/masuk?gagal=1");
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountPrincipal.For(account));
            if (account.WajibGantiSandi) return Results.Redirect("/akun/kata-sandi?wajib=1");
            var back = form["kembali"].ToString();
            return Results.LocalRedirect(back.StartsWith('/') && !back.StartsWith("//", StringComparison.Ordinal) ? back : "/");
        }).AllowAnonymous();

        app.MapPost("/akun/keluar", async (HttpContext context, AuditTrail audit) =>
        {
            audit.Record(context.User.Identity?.Name, Peristiwa.Keluar, alamatIp: context.Connection.RemoteIpAddress?.ToString());
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/masuk");
        });

        app.MapPost("/akun/ganti-kata-sandi", async (HttpContext context, AccountAdministration accounts, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest("Formulir kedaluwarsa; muat ulang halaman.");
            var form = await context.Request.ReadFormAsync();
            var refused = accounts.ChangeOwnPassword(context.User.Identity!.Name!, form["lama"].ToString(), form["baru"].ToString(),
                form["ulangi"].ToString(), context.Connection.RemoteIpAddress?.ToString());
            return Results.Redirect(refused is null ? "/akun/kata-sandi?berhasil=1" : $"/akun/kata-sandi?galat={refused}");
        });
    }
}

/// <summary>The Hangfire dashboard can run and delete jobs: admins only.</summary>
public sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Peran.Admin);
}
