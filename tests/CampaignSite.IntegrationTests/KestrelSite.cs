using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests;

/// <summary>
/// The site on real Kestrel at a loopback port, for what depends on the client's address: the test
/// server gives requests no remote address at all (and the forwarded-headers middleware believes any
/// X-Forwarded-For when there is none), while here every request comes from 127.0.0.1, as from a
/// proxy on the same machine, and a client may claim another address with X-Forwarded-For.
/// </summary>
public sealed class KestrelSite(Dictionary<string, string?> settings) : SiteFactory
{
    protected override Dictionary<string, string?> Settings => settings;

    Uri? address;

    /// <summary>A client of its own (cookies, no redirects) whose every request says it is forwarded for this address, when given.</summary>
    public HttpClient Client(string? forwardedFor = null)
    {
        if (address is null)
        {
            UseKestrel(0);
            StartServer();
            address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
                .Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));
        }
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        return new HttpClient(forwardedFor is null ? handler : new ForwardedFor(forwardedFor, handler)) { BaseAddress = address };
    }

    sealed class ForwardedFor(string client, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            request.Headers.Add("X-Forwarded-For", client);
            return base.SendAsync(request, ct);
        }
    }
}
