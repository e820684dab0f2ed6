using CampaignSite.Content.Publishing;
using CampaignSite.Content.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Feeds;

public sealed class FeedPagingTests : IDisposable
{
    readonly SiteFactory site = new();
    public void Dispose() => site.Dispose();

    [Fact]
    public async Task FeedsShowTheLatest50_AndLinkOlderPages()
    {
        _ = site.Server;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            for (var i = 0; i < 7; i++)
            {
                var news = new News
                {
                    Title = $"分页测试 {i}", Slug = $"paging-{i}", Summary = "用于分页的新闻。", Body = "正文。", Tasks = [TaskArea.SupplyChain],
                    Published = new DateTimeOffset(2020, 1, 1 + i, 9, 0, 0, TimeSpan.FromHours(8)),
                };
                Assert.True((await store.SaveAsync(new Dictionary<string, Document> { [Cultures.Chinese] = news }, "test", publish: true)).Succeeded);
            }
        }
        var client = site.CreateClient();
        var first = await FeedReader.ParseAsync(await client.GetByteArrayAsync("/feeds/rss.xml"));
        Assert.Equal(50, first.Links.Length);
        var rss = await client.GetStringAsync("/feeds/rss.xml");
        Assert.Contains("<atom:link href=\"http://localhost/feeds/rss.xml?page=2\" rel=\"next\"", rss);
        var second = await FeedReader.ParseAsync(await client.GetByteArrayAsync("/feeds/rss.xml?page=2"));
        Assert.False(second.Bozo);
        Assert.Equal(2, second.Links.Length);
        Assert.Empty(first.Links.Intersect(second.Links));
        var json = await client.GetStringAsync("/feeds/feed.json");
        Assert.Contains("\"next_url\": \"http://localhost/feeds/feed.json?page=2\"", json);
    }
}
