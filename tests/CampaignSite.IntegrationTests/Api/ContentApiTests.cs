using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Security.Claims;
using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Api;

public sealed class PreviewSite : SiteFactory
{
    public const string Key = "test-preview-key";
    protected override Dictionary<string, string?> Settings => new() { ["CampaignSite:Api:PreviewKey"] = Key };
}

public sealed class PostgresPreviewSite : PostgresSiteFactory
{
    protected override Dictionary<string, string?> Extra => new() { ["CampaignSite:Api:PreviewKey"] = PreviewSite.Key };
}

/// <summary>The delivery API as a partner app reads it, drafts with the preview key included, on both databases.</summary>
public abstract class ContentApiTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    readonly HttpClient client = site.CreateClient();

    async Task<JsonElement> Get(string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task List_FiltersPagesAndProjectsFields()
    {
        var regional = await Get("/api/content?type=brand&kind=regional&pageSize=2&fields=title,kind");
        Assert.Equal(4, regional.GetProperty("total").GetInt32());
        var items = regional.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(["kind", "title"], i.GetProperty("fields").EnumerateObject().Select(p => p.Name).Order()));
        Assert.All(items, i => Assert.Equal("regional", i.GetProperty("fields").GetProperty("kind").GetString()));

        var tagged = await Get("/api/content?tag=" + Uri.EscapeDataString("刺绣"));
        Assert.Contains(tagged.GetProperty("items").EnumerateArray(), i => i.GetProperty("slug").GetString() == "suzhou-embroidery");
        var english = await Get("/api/content?culture=en&task=opening-up&region=xinjiang&sort=title");
        var found = english.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(found);
        Assert.All(found, i => Assert.StartsWith("http://localhost/en/", i.GetProperty("url").GetString()));
        Assert.Contains(found, i => i.GetProperty("slug").GetString() == "urumqi-belt-and-road-2024");
        Assert.Equal(found.Select(i => i.GetProperty("fields").GetProperty("title").GetString()).Order(StringComparer.Ordinal), found.Select(i => i.GetProperty("fields").GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Item_IsTypedJsonWithETag_AndAnswers304()
    {
        var response = await client.GetAsync("/api/content/heritage/suzhou-embroidery");
        var item = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var fields = item.GetProperty("fields");
        Assert.Equal("national", fields.GetProperty("level").GetString());
        Assert.Equal("embroidery", fields.GetProperty("craft").GetString());
        Assert.Equal("jiangsu", fields.GetProperty("region").GetProperty("province").GetString());
        Assert.Equal(JsonValueKind.Array, fields.GetProperty("tasks").ValueKind);

        var again = new HttpRequestMessage(HttpMethod.Get, "/api/content/heritage/suzhou-embroidery");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Get_AllowsAnyOrigin()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/content/brand/bosideng");
        request.Headers.Add("Origin", "https://partner.example");
        var response = await client.SendAsync(request);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        var doc = await Get("/api/openapi.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/content", paths);
        Assert.Contains("/api/content/{type}/{slug}", paths);
        Assert.Contains("/api/search", paths);
    }

    [Theory]
    [InlineData("/api/content?culture=fr", "culture must be one of")]
    [InlineData("/api/content?type=shoe", "type must be one of")]
    [InlineData("/api/content?pageSize=1000", "pageSize must be")]
    [InlineData("/api/content?sort=random", "sort must be")]
    [InlineData("/api/content?task=fashion", "is not a task area")]
    public async Task BadParameters_Answer400(string path, string message)
    {
        await ProblemAssert.HasAsync(await client.GetAsync(path), HttpStatusCode.BadRequest, message);
    }

    [Fact]
    public async Task UnknownDocument_Answers404Problem() =>
        await ProblemAssert.HasAsync(await client.GetAsync("/api/content/brand/no-such-brand"), HttpStatusCode.NotFound, "No such published document");

    [Fact]
    public async Task Drafts_AreVisibleOnlyWithThePreviewKey()
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            var version = await (from d in db.Documents join v in db.Versions on d.PublishedVersionId equals v.Id where d.Slug == "anta" select v.Fields).SingleAsync();
            var variants = DocumentJson.DeserializeVariants(version, DocumentTypes.Find("brand")!);
            variants[Cultures.Chinese].Title = "安踏草稿标题";
            Assert.True((await scope.ServiceProvider.GetRequiredService<ContentStore>().SaveAsync(variants, "test", publish: false)).Succeeded);
        }
        Assert.NotEqual("安踏草稿标题", (await Get("/api/content/brand/anta")).GetProperty("fields").GetProperty("title").GetString());
        await ProblemAssert.HasAsync(await client.GetAsync("/api/content/brand/anta?preview=true"), HttpStatusCode.Unauthorized, "X-Api-Key");

        var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/content/brand/anta?preview=true");
        wrong.Headers.Add("X-Api-Key", "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);

        var right = new HttpRequestMessage(HttpMethod.Get, "/api/content/brand/anta?preview=true");
        right.Headers.Add("X-Api-Key", "test-preview-key");
        var draft = await client.SendAsync(right);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Contains("安踏草稿标题", await draft.Content.ReadAsStringAsync());
        Assert.Equal("no-store, private", string.Join(", ", draft.Headers.CacheControl!.ToString().Split(", ").Order()));
    }

    [Fact]
    public async Task ADraftInTheRecycleBin_IsNotServed_EvenWithThePreviewKey()
    {
        var slug = "binned-" + Guid.NewGuid().ToString("N")[..8];
        int id;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            var version = await (from d in db.Documents join v in db.Versions on d.PublishedVersionId equals v.Id where d.Slug == "anta" select v.Fields).SingleAsync();
            var variants = DocumentJson.DeserializeVariants(version, DocumentTypes.Find("brand")!);
            foreach (var variant in variants.Values) variant.Slug = slug;
            variants[Cultures.Chinese].Title = "回收站里的草稿";
            var saved = await scope.ServiceProvider.GetRequiredService<ContentStore>().SaveAsync(variants, "test", publish: false);
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
            id = saved.DocumentId;
        }
        var preview = $"/api/content/brand/{slug}?preview=true";
        var before = await client.SendAsync(PartnerRequests.Keyed(preview, "test-preview-key"));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("回收站里的草稿", await before.Content.ReadAsStringAsync());

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var editor = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "editor@campaign.test"), new Claim(ClaimTypes.Role, Roles.Editor)], "test"));
            var deleted = await scope.ServiceProvider.GetRequiredService<EditorialWorkflow>().DeleteAsync(editor, id);
            Assert.True(deleted.Succeeded, deleted.Message);
        }
        await ProblemAssert.HasAsync(await client.SendAsync(PartnerRequests.Keyed(preview, "test-preview-key")), HttpStatusCode.NotFound, "No such");
    }
}

public sealed class SqliteContentApiTests(PreviewSite site) : ContentApiTests<PreviewSite>(site);

public sealed class PostgresContentApiTests(PostgresPreviewSite site) : ContentApiTests<PostgresPreviewSite>(site);
