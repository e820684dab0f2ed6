using System.Text.Json;
using CampaignSite.Content.Files;
using CampaignSite.Content.Publishing;
using CampaignSite.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Search;

/// <summary>Publishing, unpublishing and rebuilding change search at once. Each test has its own site.</summary>
public abstract class SearchSyncTests<TSite> : IDisposable where TSite : SiteFactory, new()
{
    readonly TSite site = new();
    public void Dispose() => site.Dispose();

    async Task<int> Total(string q) =>
        JsonDocument.Parse(await site.CreateClient().GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q))).RootElement.GetProperty("total").GetInt32();

    async Task<string[]> Slugs(string q) =>
        JsonDocument.Parse(await site.CreateClient().GetStringAsync("/api/search?q=" + Uri.EscapeDataString(q))).RootElement
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToArray();

    [Fact]
    public async Task Unpublish_RemovesFromSearchAtOnce_AndPublishBringsNewWordsIn()
    {
        Assert.Contains("bosideng", await Slugs("波司登 羽绒服 常熟"));
        await using (var scope = site.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<ContentStore>().UnpublishAsync("brand", "bosideng"));
        Assert.DoesNotContain("bosideng", await Slugs("波司登 羽绒服 常熟"));
        Assert.Contains("bosideng-down-parka", await Slugs("波司登 羽绒服 常熟"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/brands/bosideng")).StatusCode);
        // Back on the site, so that the pages linking to it import without a broken link.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignSite.Data.CampaignDbContext>();
            var id = await db.Documents.Where(d => d.Type == "brand" && d.Slug == "bosideng").Select(d => d.Id).SingleAsync();
            Assert.True((await scope.ServiceProvider.GetRequiredService<ContentStore>().PublishAsync(id)).Succeeded);
        }
        Assert.Contains("bosideng", await Slugs("波司登 羽绒服 常熟"));

        var dir = Directory.CreateTempSubdirectory("campaignsite-sync").FullName;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ContentExporter>().ExportAsync(dir, TextWriter.Null);
            var file = Path.Combine(dir, "news", "china-fashion-week.md");
            File.WriteAllText(file, File.ReadAllText(file).Replace("title: ", "title: 缂丝新品发布 "));
        }
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var log = new StringWriter();
            Assert.True((await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(dir, log)).Succeeded, log.ToString());
        }
        Assert.Equal(1, await Total("缂丝"));
        Assert.Equal(["china-fashion-week"], await Slugs("缂丝"));
        Directory.Delete(dir, true);
    }

    [Fact]
    public async Task Rebuild_GivesTheSameResults()
    {
        var before = await site.CreateClient().GetStringAsync("/api/search?q=" + Uri.EscapeDataString("纺织 品牌") + "&pageSize=50");
        var log = new StringWriter();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var index = scope.ServiceProvider.GetRequiredService<IDerivedIndex>();
            Assert.True(await index.RebuildAsync(log));
            Assert.Equal((45, 45), await index.CountAsync());
        }
        Assert.Contains("reindexed 45 documents", log.ToString());
        Assert.Equal(before, await site.CreateClient().GetStringAsync("/api/search?q=" + Uri.EscapeDataString("纺织 品牌") + "&pageSize=50"));
    }
}

public sealed class SqliteSearchSyncTests : SearchSyncTests<SiteFactory>;

public sealed class PostgresSearchSyncTests : SearchSyncTests<PostgresSiteFactory>;

public sealed class RateLimitTests : IDisposable
{
    sealed class LimitedSite : SiteFactory
    {
        protected override Dictionary<string, string?> Settings => new() { ["CampaignSite:Search:RequestsPer10Seconds"] = "3" };
    }

    readonly LimitedSite site = new();
    public void Dispose() => site.Dispose();

    [Fact]
    public async Task ManySearchesFromOneAddress_Get429WithAMessage()
    {
        var client = site.CreateClient();
        for (var i = 0; i < 3; i++) Assert.True((await client.GetAsync($"/api/search?q=a{i}")).IsSuccessStatusCode);
        var refused = await client.GetAsync("/api/search?q=again");
        await ProblemAssert.HasAsync(refused, System.Net.HttpStatusCode.TooManyRequests, "Too many searches");
        Assert.Equal("10", refused.Headers.RetryAfter?.ToString());
        Assert.True((await client.GetAsync("/brands")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task ManySearchesOnThePage_Get429WithTheSitesOwnPage()
    {
        var client = site.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/search?q=b{i}")).StatusCode);
        var refused = await client.GetAsync("/search?q=again");
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("10", refused.Headers.RetryAfter?.ToString());
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("搜索过于频繁", html);
        Assert.Contains("<h1>请求过于频繁</h1>", html);
        var english = await client.GetAsync("/en/search?q=again");
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, english.StatusCode);
        Assert.Contains("Too many searches", await english.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ThePageAndTheApi_ShareOneLimit()
    {
        var client = site.CreateClient();
        Assert.True((await client.GetAsync("/api/search?q=c1")).IsSuccessStatusCode);
        Assert.True((await client.GetAsync("/search?q=c2")).IsSuccessStatusCode);
        Assert.True((await client.GetAsync("/api/search/suggest?q=c3")).IsSuccessStatusCode);
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, (await client.GetAsync("/search?q=c4")).StatusCode);
    }
}
