using System.Net;

namespace CampaignSite.IntegrationTests.Operations;

/// <summary>/metrics: off unless configured; then loopback scrapers, or those with the key, get Prometheus' text.</summary>
public sealed class MetricsTests
{
    sealed class MetricsSite(Dictionary<string, string?> settings) : SiteFactory
    {
        protected override Dictionary<string, string?> Settings => settings;
    }

    [Fact]
    public async Task ByDefault_ThereIsNoMetricsEndpoint()
    {
        using var site = new SiteFactory();
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Enabled_ItReportsRequestsByGroup_TheSitesOwnInstruments_AndTheRuntime()
    {
        using var site = new MetricsSite(new() { ["CampaignSite:Metrics:Enabled"] = "true" });
        var client = site.CreateClient();
        foreach (var path in new[] { "/brands", "/brands", "/search?q=%E8%8B%8F%E7%BB%A3", "/media/suzhou-embroidery.jpg?preset=card" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        var text = await client.GetStringAsync("/metrics");
        Assert.Matches(@"http_requests_received_total\{code=""200"",method=""GET"",.*group=""brands"".*\} [1-9]", text);
        Assert.Matches(@"http_request_duration_seconds_sum\{.*group=""search""", text);
        Assert.Matches(@"campaignsite_output_cache_lookups\{result=""hit""\} [1-9]", text);
        Assert.Matches(@"campaignsite_searches [1-9]", text);
        Assert.Contains("campaignsite_media_variants_made", text);
        Assert.Matches(@"campaignsite_changes_seconds_since_read \d", text);
        Assert.Contains("dotnet_collection_count_total", text);
        Assert.Contains("process_working_set_bytes", text);
    }

    [Fact]
    public async Task WithAKey_OnlyScrapersThatSendItAreAnswered()
    {
        using var site = new MetricsSite(new() { ["CampaignSite:Metrics:Enabled"] = "true", ["CampaignSite:Metrics:Key"] = "scrape-key-2026" });
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/metrics")).StatusCode);
        var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        wrong.Headers.Authorization = new("Bearer", "guess");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(wrong)).StatusCode);
        var right = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        right.Headers.Authorization = new("Bearer", "scrape-key-2026");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right)).StatusCode);
    }
}
