using System.Net.Http.Json;
using Pws.Core.Serving;

namespace Pws.Etl.Cli;

/// <summary>Hands a command-line import or backup to the dashboard that holds the embedded warehouse open
/// (docs/decisions/0006), and waits for its answer.</summary>
public static class DashboardHandoff
{
    /// <summary>The dashboard's result, or null when no dashboard answers (none runs, or it stopped without
    /// removing its serving file): the command line then imports by itself.</summary>
    public static HandoffResult? TryRun<TRequest>(string warehouseFile, string path, TRequest request)
    {
        if (ServingFile.TryRead(warehouseFile) is not { } serving) return null;
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(serving.Url), path))
        {
            Content = JsonContent.Create(request),
        };
        message.Headers.Add(ServingFile.TokenHeader, serving.Token);
        HttpResponseMessage response;
        try
        {
            response = http.Send(message);
        }
        catch (HttpRequestException)
        {
            return null;
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
                return new HandoffResult(1, "", $"Dasbor di {serving.Url} menolak permintaan ({(int)response.StatusCode}).");
            Console.WriteLine($"Dasbor (proses {serving.ProcessId}) sedang memakai gudang data ini; pekerjaan dijalankan olehnya di {serving.Url}.");
            return response.Content.ReadFromJsonAsync<HandoffResult>().GetAwaiter().GetResult()
                   ?? new HandoffResult(1, "", "Jawaban dasbor kosong.");
        }
    }
}
