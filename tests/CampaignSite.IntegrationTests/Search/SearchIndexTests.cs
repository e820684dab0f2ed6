using System.Net;
using System.Text.Json;
using CampaignSite.Content.Files;
using CampaignSite.Content.Publishing;
using CampaignSite.Operations;
using CampaignSite.Search;
using CampaignSite.Search.Index;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampaignSite.IntegrationTests.Search;

/// <summary>This node's index on disk: it resumes from its cursor, heals when damaged, and says so while it has none.</summary>
public sealed class SearchIndexTests
{
    sealed class Site(string data) : SiteFactory(data)
    {
        public Site() : this(Path.Combine(Path.GetTempPath(), "campaignsite-tests", Guid.NewGuid().ToString("N"))) { }
    }

    static async Task<JsonElement> Search(SiteFactory site, string q)
    {
        var response = await site.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    static string Generation(string data) => File.ReadAllText(Path.Combine(data, "search", "current")).Trim();

    [Fact]
    public async Task ARestart_ResumesFromTheCursor_AndAppliesWhatWasPublishedWhileItWasDown()
    {
        var first = new Site { KeepData = true };
        Assert.Equal(0, (await Search(first, "缂丝续传")).GetProperty("total").GetInt32());
        var data = first.DataPath;
        var generation = Generation(data);
        var export = Directory.CreateTempSubdirectory("campaignsite-resume").FullName;
        try
        {
            await using (var scope = first.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<ContentExporter>().ExportAsync(export, TextWriter.Null);
            first.Dispose();

            // While no site runs, the import verb publishes a new word; only the change log knows.
            var file = Path.Combine(export, "news", "china-fashion-week.md");
            File.WriteAllText(file, File.ReadAllText(file).Replace("title: ", "title: 缂丝续传 "));
            var (code, output, _) = await Operations.CommandTests.Run(data, "import", export);
            Assert.True(code == 0, output);

            using var second = new Site(data);
            var found = await Search(second, "缂丝续传");
            Assert.Equal(["china-fashion-week"], found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToArray());
            Assert.Equal(generation, Generation(data));
            var state = second.Services.GetRequiredService<SearchIndex>().State;
            Assert.False(state.Rebuilding);
            Assert.Equal(45, state.Documents);
        }
        finally
        {
            Directory.Delete(export, true);
            try { Directory.Delete(data, true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task ADamagedSegmentFile_IsFoundAtStart_AndTheIndexIsRebuilt()
    {
        var first = new Site { KeepData = true };
        Assert.True((await Search(first, "云锦")).GetProperty("total").GetInt32() > 0);
        var data = first.DataPath;
        var generation = Generation(data);
        first.Dispose();
        try
        {
            // Overwrite bytes in the middle of the largest segment file, as a failing disk would.
            var largest = new DirectoryInfo(Path.Combine(data, "search", generation)).GetFiles().Where(f => f.Name.StartsWith('_')).MaxBy(f => f.Length)!;
            await using (var stream = File.Open(largest.FullName, FileMode.Open, FileAccess.ReadWrite))
            {
                stream.Position = stream.Length / 2;
                stream.Write(Enumerable.Repeat((byte)0x5A, 64).ToArray());
            }

            using var second = new Site(data);
            var result = await Search(second, "云锦");
            Assert.Equal("heritage/nanjing-yunjin", result.GetProperty("items")[0].GetProperty("type").GetString() + "/" + result.GetProperty("items")[0].GetProperty("slug").GetString());
            Assert.NotEqual(generation, Generation(data));
            Assert.False(Directory.Exists(Path.Combine(data, "search", generation)), "the damaged index is removed");
            var health = JsonDocument.Parse(await second.CreateClient().GetStringAsync("/healthz")).RootElement.GetProperty("checks").GetProperty("search");
            Assert.Equal("Healthy", health.GetProperty("status").GetString());
        }
        finally { try { Directory.Delete(data, true); } catch (IOException) { } }
    }

    /// <summary>A node whose index is not built yet (here: never started) says so instead of answering nothing.</summary>
    sealed class NoIndexSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                var startup = services.Single(s => s.ImplementationType?.Name == "SearchStartup");
                services.Remove(startup);
            });
        }
    }

    [Fact]
    public async Task WithoutAnIndex_TheApiAnswers503WithRetryAfter_AndThePageSaysSearchIsBeingRebuilt()
    {
        using var site = new NoIndexSite();
        var client = site.CreateClient();
        var api = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("苏绣"));
        await ProblemAssert.HasAsync(api, HttpStatusCode.ServiceUnavailable, "Search is being rebuilt");
        Assert.Equal("30", api.Headers.RetryAfter?.ToString());
        var page = await client.GetAsync("/search?q=" + Uri.EscapeDataString("苏绣"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("正在重建搜索索引", await page.Content.ReadAsStringAsync());
        Assert.Equal("30", page.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search/suggest?q=song")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/brands")).StatusCode);
        var health = JsonDocument.Parse(await client.GetStringAsync("/healthz")).RootElement.GetProperty("checks").GetProperty("search");
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.Contains("no index", health.GetProperty("description").GetString());
    }

    [Fact]
    public async Task TheBackofficeRebuild_SwapsInANewIndex_AndHealthReportsTheCursor()
    {
        using var site = new Site();
        var index = site.Services.GetRequiredService<IDerivedIndex>();
        var before = Generation(site.DataPath);
        await Task.Delay(5); // generation folders are named by the millisecond
        Assert.True(index.TryStart());
        var search = site.Services.GetRequiredService<SearchIndex>();
        await search.Rebuild!;
        Assert.NotEqual(before, Generation(site.DataPath));
        Assert.Contains("reindexed 45 documents", index.Progress);
        Assert.Equal((45, 45), await index.CountAsync());
        var health = JsonDocument.Parse(await site.CreateClient().GetStringAsync("/healthz")).RootElement.GetProperty("checks").GetProperty("search");
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Contains("45 documents of 45 published", health.GetProperty("description").GetString());
        Assert.True((await Search(site, "苏绣")).GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task Suggest_OffersNamesTypedInPinyin()
    {
        using var site = new Site();
        var client = site.CreateClient();
        foreach (var (typed, name) in new[] { ("songjin", "宋锦"), ("zharan", "扎染"), ("xiangyun", "香云纱") })
        {
            var json = JsonDocument.Parse(await client.GetStringAsync("/api/search/suggest?q=" + typed)).RootElement;
            Assert.Contains(json.EnumerateArray(), s => s.GetProperty("title").GetString() == name);
        }
        var traditional = JsonDocument.Parse(await client.GetStringAsync("/api/search/suggest?q=" + Uri.EscapeDataString("香雲"))).RootElement;
        Assert.Contains(traditional.EnumerateArray(), s => s.GetProperty("url").GetString() == "http://localhost/heritage/xiangyunsha");
    }

    [Fact]
    public async Task Facets_CountEveryMatch_AndTheTotalIsNotCapped()
    {
        using var site = new Site();
        var all = await Search(site, "纺织");
        var total = all.GetProperty("total").GetInt32();
        Assert.Equal(total, all.GetProperty("facets").GetProperty("type").EnumerateObject().Sum(p => p.Value.GetInt32()));
        var pages = 0;
        var seen = new HashSet<string>();
        for (var page = 1; ; page++)
        {
            var response = await site.CreateClient().GetAsync($"/api/search?q={Uri.EscapeDataString("纺织")}&pageSize=10&page={page}");
            if (response.StatusCode != HttpStatusCode.OK) break;
            var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("items").EnumerateArray().ToList();
            if (items.Count == 0) break;
            foreach (var i in items) Assert.True(seen.Add(i.GetProperty("slug").GetString()!), "a document on two pages");
            pages++;
        }
        Assert.Equal(total, seen.Count);
        Assert.True(pages >= 2);
    }
}
