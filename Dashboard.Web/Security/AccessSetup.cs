using Hangfire.Dashboard;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Pws.Core.Security;
using Pws.Dashboard.Web.Accounts;
using Pws.Dashboard.Web.Audit;

namespace Pws.Dashboard.Web.Security;

/// <summary>Deny by default: every endpoint needs a signed-in user unless it says otherwise. Accounts are the
/// warehouse's; the cookie is checked against the account on every request, and every live page against it before
/// each action (<see cref="SessionCircuitCheck"/>).</summary>
public static class AccessSetup
{
    /// <summary>Pages and downloads that show records copied from the input (the quarantine): not for Bappeda.</summary>
    public const string RecordReaders = Peran.Admin + "," + Peran.AnalisDinkes + "," + Peran.KepalaPuskesmas;

    /// <summary>Pages that change how the import reads puskesmas exports (crosswalks, intake profiles): the Dinkes's own
    /// staff, never Bappeda or a kepala puskesmas.</summary>
    public const string IntakeManagers = Peran.Admin + "," + Peran.AnalisDinkes;

    /// <summary>Imports are started by an admin or an analyst of the whole area: an analyst bound to one kabupaten/kota
    /// would re-read the others' files too.</summary>
    public static bool MayImport(System.Security.Claims.ClaimsPrincipal user, Pws.Reports.Definitions.AreaScope scope) =>
        user.IsInRole(Peran.Admin) || user.IsInRole(Peran.AnalisDinkes) && scope.Kabupaten && scope.KodeKabKota is null;

    public const string PasswordForm = "/akun/kata-sandi";

    public static IServiceCollection AddPwsAccess(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/masuk";
            options.LogoutPath = "/akun/keluar";
            options.AccessDeniedPath = "/ditolak";
            options.Cookie.Name = "pws.masuk";
            options.Cookie.HttpOnly = true;
            // Secure whenever the request is HTTPS, also behind a TLS proxy once its forwarded headers are believed.
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
        services.AddAntiforgery(options =>
        {
            options.SuppressXFrameOptionsHeader = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        services.AddScoped<CircuitHandler, SessionCircuitCheck>();
        services.AddSingleton<AccountStore>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<AccountSignIn>();
        services.AddSingleton<AccountAdministration>();
        services.AddSingleton<ActingAccount>();
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

    /// <summary>What a user still on a one-time password may reach: what anyone may (sign-in form, scripts and styles),
    /// the form that replaces the password, and sign-out. Not the live page's connection, nor any page, download or
    /// API call, whatever its address looks like.</summary>
    private static bool OpenBeforePasswordChange(HttpContext context) =>
        (context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null && !context.Request.Path.StartsWithSegments("/_blazor"))
        || context.Request.Path.StartsWithSegments("/_framework") || context.Request.Path.StartsWithSegments("/_content")
        || context.Request.Path.Equals(PasswordForm, StringComparison.Ordinal)
        || context.Request.Path.Equals("/akun/ganti-kata-sandi", StringComparison.Ordinal)
        || context.Request.Path.Equals("/akun/keluar", StringComparison.Ordinal);

    /// <summary>A return path after sign-in: an address of this site only (<c>/x</c>, never <c>//host</c> or
    /// <c>/\host</c>, which browsers read as another site), else the start page.</summary>
    public static string LocalReturnPath(string? back) =>
        back is { Length: > 0 } && back[0] == '/' && (back.Length == 1 || back[1] is not ('/' or '\\'))
        && !back.Contains('\\') && !back.Any(char.IsControl) && Uri.IsWellFormedUriString(back, UriKind.Relative)
            ? back
            : "/";

    public static void UsePwsAccess(this WebApplication app)
    {
        app.UseSecurityHeaders();
        // A page refused or not found shows an Indonesian page with a way back, keeping its status code; scripts,
        // downloads, the live connection, Hangfire and the command line's handoff keep their bare codes. Only a GET
        // is re-executed: a re-executed POST would reach the error page as a form post and fail its antiforgery check.
        app.UseWhen(context => (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                               && IsPage(context.Request) && !context.Request.Path.StartsWithSegments("/_blazor")
                               && !context.Request.Path.StartsWithSegments("/hangfire")
                               && !context.Request.Path.StartsWithSegments("/internal"),
            branch => branch.UseStatusCodePagesWithReExecute("/galat/{0}", createScopeForStatusCodePages: true));
        // Routing after the status pages, so a re-executed request finds the error page's endpoint.
        app.UseRouting();
        app.UseAuthentication();
        app.Use((context, next) =>
        {
            if (!context.Items.ContainsKey(MustChangePassword) || OpenBeforePasswordChange(context)) return next(context);
            if (IsPage(context.Request) && !context.Request.Path.StartsWithSegments("/_blazor"))
                context.Response.Redirect(PasswordForm + "?wajib=1");
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
            var back = LocalReturnPath(form["kembali"].ToString());
            var result = signIn.SignIn(form["nama"].ToString(), form["kata_sandi"].ToString(), context.Connection.RemoteIpAddress?.ToString());
            if (result.Status == AccountSignIn.Status.Dibatasi) return Results.Redirect("/masuk?dibatasi=1");
            if (result.Status == AccountSignIn.Status.Terkunci) return Results.Redirect("/masuk?terkunci=1");
            if (result.Account is not { } account) return Results.Redirect("/masuk?gagal=1");
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountPrincipal.For(account));
            return account.WajibGantiSandi ? Results.Redirect(PasswordForm + "?wajib=1") : Results.LocalRedirect(back);
        }).AllowAnonymous();

        // Signing out ends every session of the account, not only this browser's: a copied cookie dies with it.
        app.MapPost("/akun/keluar", async (HttpContext context, AuditTrail audit, AccountStore store, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest("Formulir kedaluwarsa; muat ulang halaman.");
            if (context.User.Identity?.Name is { } nama)
            {
                store.RenewStamp(nama);
                audit.Record(nama, Peristiwa.Keluar, alamatIp: context.Connection.RemoteIpAddress?.ToString());
            }
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/masuk");
        });

        app.MapPost("/akun/ganti-kata-sandi", async (HttpContext context, AccountAdministration accounts, AccountStore store, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest("Formulir kedaluwarsa; muat ulang halaman.");
            var form = await context.Request.ReadFormAsync();
            var nama = context.User.Identity!.Name!;
            var refused = accounts.ChangeOwnPassword(nama, form["lama"].ToString(), form["baru"].ToString(),
                form["ulangi"].ToString(), context.Connection.RemoteIpAddress?.ToString());
            if (refused is not null) return Results.Redirect($"{PasswordForm}?galat={refused}");
            // The new password ended every session of the account; this one goes on with the new stamp.
            if (store.FindFresh(nama) is { } account)
                await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountPrincipal.For(account));
            return Results.Redirect($"{PasswordForm}?berhasil=1");
        });
    }
}

/// <summary>The Hangfire dashboard can run and delete jobs: admins only.</summary>
public sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Peran.Admin);
}
