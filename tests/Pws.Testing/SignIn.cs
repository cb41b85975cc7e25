using System.Net;
using System.Text.RegularExpressions;

namespace Pws.Testing;

/// <summary>Signs in to the dashboard through its sign-in form, as a user does: the form's antiforgery token, then the post.</summary>
public static partial class SignIn
{
    /// <summary>A client that keeps its cookies and does not follow redirects, so a test sees each answer.</summary>
    public static HttpClient Client(string baseUrl) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string nama, string kataSandi)
    {
        var page = await client.GetStringAsync("/masuk");
        return await client.PostAsync("/akun/masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["nama"] = nama, ["kata_sandi"] = kataSandi, ["__RequestVerificationToken"] = Token(page), ["kembali"] = "/",
        }));
    }

    /// <summary>A client signed in as <paramref name="nama"/>; fails the test when the sign-in does not succeed.</summary>
    public static async Task<HttpClient> AsAsync(string baseUrl, string nama, string kataSandi)
    {
        var client = Client(baseUrl);
        var response = await PostAsync(client, nama, kataSandi);
        var location = response.Headers.Location?.ToString() ?? "";
        if (response.StatusCode != HttpStatusCode.Redirect || location.Contains("/masuk", StringComparison.Ordinal))
            throw new InvalidOperationException($"Masuk sebagai {nama} gagal: {(int)response.StatusCode} {location}");
        return client;
    }

    public static string Token(string page) => TokenField().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
