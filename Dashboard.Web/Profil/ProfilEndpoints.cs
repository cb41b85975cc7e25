using Pws.Dashboard.Web.Security;

namespace Pws.Dashboard.Web.Profil;

/// <summary>The profile folder's service, and a profile's download (<c>/ekspor/profil/{berkas}</c>, recorded in the audit
/// trail as every download is) for the roles that keep the profiles. A name that is not a plain profile file name of
/// the folder is refused before any path is made of it.</summary>
public static class ProfilEndpoints
{
    public static IServiceCollection AddProfil(this IServiceCollection services) => services.AddSingleton<ProfilFolder>();

    public static void MapProfil(this WebApplication app) =>
        app.MapGet("/ekspor/profil/{berkas}", (string berkas, ProfilFolder profiles) =>
            {
                if (!ProfilFolder.IsSafeName(berkas)) return Results.BadRequest("Nama profil tidak sah: hanya nama berkas .yaml, .yml atau .json di folder profil.");
                return profiles.Read(berkas) is { } content
                    ? Results.File(content, berkas.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "application/json" : "application/yaml", berkas)
                    : Results.NotFound();
            })
            .RequireAuthorization(policy => policy.RequireRole(AccessSetup.IntakeManagers.Split(',')));
}
