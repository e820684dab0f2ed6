using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampaignSite.IntegrationTests;

/// <summary>One request a receiver got.</summary>
public sealed record Received(string Method, string Path, IQueryCollection Query, IHeaderDictionary Headers, string Body);

/// <summary>
/// A partner's HTTP server on loopback (real Kestrel): records every request and answers as the test says
/// (by default 200, and a WebSub verification's challenge echoed back).
/// </summary>
public sealed class Receiver : IAsyncDisposable
{
    readonly WebApplication app;
    public ConcurrentQueue<Received> Requests { get; } = new();
    public string BaseUrl { get; }

    /// <summary>How to answer a request, given how many the receiver had before it; null: 200 (or the challenge).</summary>
    public Func<Received, int, Task<IResult?>>? Answer { get; set; }

    Receiver(WebApplication app, string baseUrl) => (this.app, BaseUrl) = (app, baseUrl);

    public static async Task<Receiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
        var app = builder.Build();
        Receiver? receiver = null;
        app.Map("/{**path}", async (HttpContext c) =>
        {
            using var reader = new StreamReader(c.Request.Body);
            // Kestrel reuses its header and query objects after the request; the record keeps copies.
            var headers = new HeaderDictionary(c.Request.Headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase));
            var query = new QueryCollection(c.Request.Query.ToDictionary(q => q.Key, q => q.Value));
            var got = new Received(c.Request.Method, c.Request.Path, query, headers, await reader.ReadToEndAsync());
            var before = receiver!.Requests.Count;
            receiver.Requests.Enqueue(got);
            if (receiver.Answer is { } answer && await answer(got, before) is { } result) return result;
            return c.Request.Query["hub.challenge"].ToString() is { Length: > 0 } challenge ? Results.Text(challenge) : Results.Ok();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return receiver = new Receiver(app, address.TrimEnd('/'));
    }

    public List<Received> Posts => Requests.Where(r => r.Method == "POST").ToList();

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1))) await app.StopAsync(stop.Token);
        await app.DisposeAsync();
    }
}
