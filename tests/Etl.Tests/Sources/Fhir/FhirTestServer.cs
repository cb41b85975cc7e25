using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Pws.Etl.Tests.Sources.Fhir;

/// <summary>A FHIR server the test serves itself on 127.0.0.1: canned answers per path and query (given
/// in turn, the last one repeating), 404 for anything else, and every request recorded.</summary>
public sealed class FhirTestServer : IDisposable
{
    public sealed record Answer(int Status, string Body, TimeSpan Delay = default)
    {
        public static Answer Ok(string body) => new(200, body);
    }

    public sealed record Request(string PathAndQuery, string? Accept);

    private readonly HttpListener listener = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Answer>> answers = new();
    private readonly ConcurrentQueue<Request> requests = new();

    public FhirTestServer()
    {
        Port = Pws.Testing.FreePort.Next();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        _ = Task.Run(Serve);
    }

    public int Port { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/fhir");

    public IReadOnlyList<Request> Requests => requests.ToList();

    public IReadOnlyList<string> Paths => requests.Select(r => r.PathAndQuery).ToList();

    /// <summary>Answers <paramref name="pathAndQuery"/> (as sent, e.g. "/fhir/Patient/p1") with these, in turn.</summary>
    public void On(string pathAndQuery, params Answer[] inTurn)
    {
        var queue = answers.GetOrAdd(pathAndQuery, _ => new ConcurrentQueue<Answer>());
        foreach (var answer in inTurn) queue.Enqueue(answer);
    }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Respond(context));
        }
    }

    private async Task Respond(HttpListenerContext context)
    {
        var path = context.Request.RawUrl ?? "";
        requests.Enqueue(new Request(path, context.Request.Headers["Accept"]));
        var answer = Next(path) ?? new Answer(404, """{ "resourceType": "OperationOutcome", "issue": [{ "severity": "error", "code": "not-found" }] }""");
        try
        {
            if (answer.Delay > TimeSpan.Zero) await Task.Delay(answer.Delay);
            context.Response.StatusCode = answer.Status;
            context.Response.ContentType = "application/fhir+json";
            var body = Encoding.UTF8.GetBytes(answer.Body);
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client gave up waiting (a timeout test) or the server is stopping.
        }
    }

    private Answer? Next(string path)
    {
        if (!answers.TryGetValue(path, out var queue)) return null;
        if (queue.Count > 1 && queue.TryDequeue(out var answer)) return answer;
        return queue.TryPeek(out var last) ? last : null;
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
    }
}
