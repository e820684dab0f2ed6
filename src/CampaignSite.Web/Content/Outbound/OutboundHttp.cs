using System.Net.Sockets;

namespace CampaignSite.Content.Outbound;

/// <summary>
/// The one HttpClient for requests to partners: 10 seconds per request, no redirects followed, no cookies,
/// and a connection step that refuses private addresses for requests not marked as allowed to reach them.
/// </summary>
public sealed class OutboundHttp : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    static readonly HttpRequestOptionsKey<bool> AllowPrivate = new("campaignsite.allow-private");

    public HttpClient Client { get; }

    public OutboundHttp()
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectTimeout = Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = ConnectAsync,
        };
        Client = new HttpClient(handler) { Timeout = Timeout };
        Client.DefaultRequestHeaders.UserAgent.ParseAdd("CampaignSite/1.0 (+push)");
    }

    /// <summary>A request that the connection step lets reach private addresses when <paramref name="allowPrivate"/> is set.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string url, bool allowPrivate)
    {
        var request = new HttpRequestMessage(method, url);
        request.Options.Set(AllowPrivate, allowPrivate);
        return request;
    }

    static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        context.InitialRequestMessage.Options.TryGetValue(AllowPrivate, out var allowPrivate);
        var addresses = await PublicTargets.ResolveAsync(context.DnsEndPoint.Host, ct);
        var usable = allowPrivate ? addresses : addresses.Where(a => !PublicTargets.IsPrivate(a)).ToArray();
        if (usable.Length == 0)
            throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves only to loopback, private or link-local addresses; requests go only to public addresses.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => Client.Dispose();
}
