using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Operations;

/// <summary>The headers of every answer (pages, errors, feeds, API, media, assets, backoffice), HSTS on HTTPS, and proxies.</summary>
public sealed class SecurityHeadersTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> Routes =>
    [
        "/", "/en/", "/brands", "/brands/bosideng", "/en/brands/bosideng", "/search?q=丝绸", "/tasks/smart-green",
        "/feeds", "/feeds/rss.xml", "/feeds/wechat.json", "/wechat/heritage/suzhou-embroidery", "/api/content/brand",
        "/sitemap.xml", "/robots.txt", "/healthz", "/media/suzhou-embroidery.jpg", "/media/suzhou-embroidery.jpg?preset=card",
        "/backoffice/login", "/backoffice", "/no-such-page", "/brands/no-such-brand", "/brands?page=abc", "/elder?on=1&return=/",
    ];

    [Theory, MemberData(nameof(Routes))]
    public async Task EveryAnswer_CarriesThePolicyAndTheProtectiveHeaders(string path)
    {
        using var response = await site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);
        AssertProtected(response, path);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is for HTTPS answers only");
    }

    [Fact]
    public async Task AStylesheet_AndAnAssetThatIsMissing_CarryThemToo()
    {
        var client = site.CreateClient();
        var home = await client.GetStringAsync("/");
        var css = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/ui/[^\"]+/site.css)\"").Groups[1].Value;
        Assert.NotEmpty(css);
        AssertProtected(await client.GetAsync(css), css);
        AssertProtected(await client.GetAsync("/ui/000000000000/site.css"), "a missing asset");
    }

    [Fact]
    public async Task OverHttps_HstsIsSent()
    {
        using var response = await site.CreateClient(new() { BaseAddress = new Uri("https://localhost") }).GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
    }

    internal static void AssertProtected(HttpResponseMessage response, string what)
    {
        var csp = Header(response, "Content-Security-Policy", what);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'" })
            Assert.Contains(directive, csp);
        Assert.Equal("SAMEORIGIN", Header(response, "X-Frame-Options", what));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options", what));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy", what));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy", what));
    }

    static string Header(HttpResponseMessage response, string name, string what) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content)
        : throw new Xunit.Sdk.XunitException($"{what} ({(int)response.StatusCode}) has no {name} header");
}

/// <summary>Framing, proxies and bad settings: the site as configured, on real Kestrel where the client's address matters.</summary>
public sealed class SecuritySettingsTests
{
    sealed class ConfiguredSite(Dictionary<string, string?> settings, bool kestrel = false) : SiteFactory
    {
        protected override Dictionary<string, string?> Settings => settings;

        public HttpClient Client()
        {
            if (!kestrel) return CreateClient(new() { AllowAutoRedirect = false });
            UseKestrel(0);
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1");
            return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(address) };
        }
    }

    [Theory]
    [InlineData("'none'", "DENY")]
    [InlineData("'self' https://www.miit.gov.cn", null)]
    public async Task FrameAncestors_AreConfigurable_AndXFrameOptionsSaysTheSameOrNothing(string ancestors, string? frameOptions)
    {
        using var site = new ConfiguredSite(new() { ["CampaignSite:Security:FrameAncestors"] = ancestors });
        using var response = await site.Client().GetAsync("/");
        Assert.Contains("frame-ancestors " + ancestors, string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(frameOptions, response.Headers.TryGetValues("X-Frame-Options", out var v) ? string.Join(",", v) : null);
    }

    [Fact]
    public async Task WhereHttpsIsServed_PlainHttpIsRedirectedToIt()
    {
        using var site = new ConfiguredSite(new() { ["https_port"] = "443" });
        using var response = await site.Client().GetAsync("/brands/bosideng?x=1");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://localhost/brands/bosideng?x=1", response.Headers.Location!.ToString());
        using var plain = new ConfiguredSite([]);
        Assert.Equal(HttpStatusCode.OK, (await plain.Client().GetAsync("/brands/bosideng")).StatusCode);
    }

    [Fact]
    public async Task OnKestrel_NoServerHeader_AndForwardedHeadersFromUnknownAddressesAreIgnored()
    {
        using var site = new ConfiguredSite([], kestrel: true);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/elder?on=1&return=/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await site.Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("secure", string.Join(";", response.Headers.GetValues("Set-Cookie")));
    }

    [Fact]
    public async Task AConfiguredProxy_SaysTheRequestCameByHttps_SoHstsAndSecureCookies()
    {
        using var site = new ConfiguredSite(new() { ["CampaignSite:Security:Proxies"] = "10.0.0.0/8, 127.0.0.1" }, kestrel: true);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/elder?on=1&return=/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await site.Client().SendAsync(request);
        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
        Assert.Contains("secure", string.Join(";", response.Headers.GetValues("Set-Cookie")));
    }

    /// <summary>/metrics answers loopback scrapers only: a reader the proxy forwards for is not one; an unknown proxy is not believed.</summary>
    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.Forbidden)]
    [InlineData("", HttpStatusCode.OK)]
    public async Task TheForwardedAddress_IsTheClientsOnlyFromAConfiguredProxy(string proxies, HttpStatusCode metrics)
    {
        using var site = new ConfiguredSite(new() { ["CampaignSite:Security:Proxies"] = proxies, ["CampaignSite:Metrics:Enabled"] = "true" }, kestrel: true);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await site.Client().SendAsync(request);
        Assert.Equal(metrics, response.StatusCode);
    }
}
