using System.Net;
using System.Text.Json;
using CampaignSite.Content.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Search;

/// <summary>Search over real HTTP against the seeded content; run on SQLite and on PostgreSQL.</summary>
public abstract class SearchTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    readonly HttpClient client = site.CreateClient();

    async Task<JsonElement> Api(string query)
    {
        var response = await client.GetAsync("/api/search?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    static string[] Slugs(JsonElement result, int take = 100) =>
        result.GetProperty("items").EnumerateArray().Take(take).Select(i => $"{i.GetProperty("type").GetString()}/{i.GetProperty("slug").GetString()}").ToArray();

    /// <summary>A labelled query: what must be in its top three, and what its exclusions (-word) must keep out of all its results.</summary>
    public sealed record Case(string Query, string Culture, string[] Top3, string[]? Absent = null)
    {
        public override string ToString() => $"{Culture}: {Query}";
    }

    public static IEnumerable<object[]> Relevance() =>
        JsonSerializer.Deserialize<List<Case>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "relevance.json")),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!.Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(Relevance))]
    public async Task LabelledQueries_FindTheirDocumentsInTheTopThree(Case c)
    {
        var result = await Api($"q={Uri.EscapeDataString(c.Query)}&culture={c.Culture}");
        var top = Slugs(result, 3);
        foreach (var expected in c.Top3) Assert.True(top.Contains(expected), $"'{c.Query}' ({c.Culture}): expected {expected} in the top 3, got {string.Join(", ", top)}");
        if (c.Absent is not { Length: > 0 } absent) return;
        var all = Slugs(await Api($"q={Uri.EscapeDataString(c.Query)}&culture={c.Culture}&pageSize=50"));
        foreach (var excluded in absent) Assert.DoesNotContain(excluded, all);
        // Without its exclusions the query does find them, so it is the exclusion that keeps them out.
        var included = string.Join(' ', c.Query.Split(' ').Where(w => !w.StartsWith('-')));
        var wider = Slugs(await Api($"q={Uri.EscapeDataString(included)}&culture={c.Culture}&pageSize=50"));
        foreach (var excluded in absent) Assert.Contains(excluded, wider);
    }

    [Fact]
    public async Task Results_HaveHighlightsFacetsAndAbsoluteUrls()
    {
        var result = await Api("q=" + Uri.EscapeDataString("云锦"));
        var first = result.GetProperty("items")[0];
        Assert.Equal("http://localhost/heritage/nanjing-yunjin", first.GetProperty("url").GetString());
        Assert.Contains("<mark>云锦</mark>", first.GetProperty("title").GetString());
        Assert.Contains("<mark>", first.GetProperty("snippet").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.Equal(result.GetProperty("total").GetInt32(), result.GetProperty("facets").GetProperty("type").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.True(result.GetProperty("facets").GetProperty("region").GetProperty("jiangsu").GetInt32() >= 1);
    }

    [Fact]
    public async Task Filters_NarrowResultsAndFacetsStillCountOtherTypes()
    {
        var all = await Api("q=" + Uri.EscapeDataString("锦"));
        var heritage = await Api("q=" + Uri.EscapeDataString("锦") + "&type=heritage&level=national");
        Assert.NotEmpty(Slugs(heritage));
        Assert.All(Slugs(heritage), s => Assert.StartsWith("heritage/", s));
        Assert.True(heritage.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
        Assert.Equal(all.GetProperty("facets").GetProperty("type").ToString(), heritage.GetProperty("facets").GetProperty("type").ToString());
        var english = await Api("q=brocade&culture=en&task=regional&region=sichuan");
        Assert.Equal(["heritage/shu-brocade"], Slugs(english));
    }

    [Fact]
    public async Task SortByDate_OrdersNewestFirst()
    {
        var result = await Api("q=" + Uri.EscapeDataString("纺织") + "&sort=date&pageSize=50");
        var dates = result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("date").GetString()).ToList();
        Assert.True(dates.Count > 5);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"")]
    [InlineData("NEAR(苏绣")]
    [InlineData("title:苏绣")]
    [InlineData("*")]
    [InlineData("苏*")]
    [InlineData("^云锦")]
    [InlineData("-")]
    [InlineData("OR")]
    [InlineData("AND NOT")]
    [InlineData(")(")]
    [InlineData("{title}: x")]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("\u0000\u0007")]
    [InlineData("🧵🪡")]
    [InlineData("-苏绣")]
    [InlineData("苏绣 OR")]
    public async Task HostileQueries_AnswerWithResultsOrAFriendlyHint(string q)
    {
        foreach (var path in new[] { "/api/search?q=", "/search?q=", "/en/search?q=", "/api/search/suggest?q=" })
        {
            var response = await client.GetAsync(path + Uri.EscapeDataString(q));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var result = await Api("q=" + Uri.EscapeDataString(q));
        if (result.GetProperty("total").GetInt32() == 0) Assert.False(string.IsNullOrEmpty(result.GetProperty("hint").GetString()));
    }

    [Fact]
    public async Task FiveThousandCharacterQuery_IsCutWithAHint()
    {
        var result = await Api("q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("苏绣", 2500))));
        Assert.Contains("只搜索了前", result.GetProperty("hint").GetString());
    }

    [Fact]
    public async Task InvalidUtf8InTheQueryString_IsNotAServerError()
    {
        var response = await client.GetAsync("/api/search?q=%ED%A0%80%FF");
        Assert.True((int)response.StatusCode < 500);
        Assert.True((int)(await client.GetAsync("/search?q=%ED%A0%80%FF")).StatusCode < 500);
    }

    [Theory]
    [InlineData("q=a&culture=fr", "culture must be one of")]
    [InlineData("q=a&type=company", "type must be one of")]
    [InlineData("q=a&pageSize=500", "pageSize must be")]
    [InlineData("q=a&page=x", "is not a page number")]
    [InlineData("q=a&sort=random", "sort must be relevance or date")]
    [InlineData("q=a&task=fashion", "is not a task area")]
    public async Task BadParameters_Answer400WithTheReason(string query, string message)
    {
        await ProblemAssert.HasAsync(await client.GetAsync("/api/search?" + query), HttpStatusCode.BadRequest, message);
    }

    [Fact]
    public async Task Suggest_CompletesTitlesFromAPrefix()
    {
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search/suggest?q=" + Uri.EscapeDataString("香云"))).RootElement;
        Assert.Contains(json.EnumerateArray(), s => s.GetProperty("url").GetString() == "http://localhost/heritage/xiangyunsha");
        var english = JsonDocument.Parse(await client.GetStringAsync("/api/search/suggest?culture=en&q=Suzhou%20emb")).RootElement;
        Assert.Contains(english.EnumerateArray(), s => s.GetProperty("title").GetString() == "Suzhou Embroidery");
    }

    [Fact]
    public async Task SearchPage_ShowsHighlightedResultsAndFacetLinks()
    {
        var html = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("香云纱"));
        Assert.Contains("<mark>香云纱</mark>", html);
        Assert.Contains("href=\"/heritage/xiangyunsha\"", html);
        Assert.Contains("href=\"/search?q=%E9%A6%99%E4%BA%91%E7%BA%B1&amp;type=heritage\"", html);
        var none = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("不存在的词语组合"));
        Assert.Contains("没有找到结果", none);
        Assert.Contains("href=\"/tasks/smart-green\"", none);
        var english = await client.GetStringAsync("/en/search?q=Suzhou+embroidery");
        Assert.Contains("<mark>Suzhou</mark> <mark>Embroidery</mark>", english);
    }

    [Fact]
    public async Task EveryPage_HasTheSearchBox()
    {
        Assert.Contains("<form class=\"site-search\" method=\"get\" action=\"/search\" role=\"search\" aria-label=\"站内搜索\">", await client.GetStringAsync("/brands"));
        Assert.Contains("action=\"/en/search\"", await client.GetStringAsync("/en/heritage"));
    }
}

public sealed class SqliteSearchTests(SiteFactory site) : SearchTests<SiteFactory>(site);

public sealed class PostgresSearchTests(PostgresSiteFactory site) : SearchTests<PostgresSiteFactory>(site);
