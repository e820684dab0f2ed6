using System.Net;
using System.Text.RegularExpressions;
using CampaignSite.Content.Delivery;
using CampaignSite.Data;
using CampaignSite.IntegrationTests.Backoffice;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Site;

/// <summary>Preview links: made by an editor on the edit page, read by anyone holding one, until it ends.</summary>
public sealed partial class PreviewLinkTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    const string Gone = "此预览链接已过期或已失效";
    readonly HttpClient reader = site.CreateClient(new() { AllowAutoRedirect = false });

    static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task Link_ShowsTheDraftWithoutSigningIn_PrivateAndNeverCached()
    {
        var admin = await AdminAsync(site);
        var (_, slug, form) = await PublishedWithDraftAsync(admin, "公开的正文。", "草稿的正文。");
        var path = await MakeLinkAsync(admin, form);

        var response = await reader.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("草稿的正文。", html);
        Assert.DoesNotContain("公开的正文。", html);
        Assert.Contains("草稿预览", html);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
        Assert.Equal("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")));
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Contains("公开的正文。", await reader.GetStringAsync($"/news/{slug}"));

        // A later save of the draft shows at once: nothing on the way kept the first answer.
        await admin.PostAsync($"{form}?handler=Save", News("预览链接测试", "改过的草稿。", slug), form);
        var again = await reader.GetStringAsync(path);
        Assert.Contains("改过的草稿。", again);
        Assert.DoesNotContain("草稿的正文。", again);

        var english = await reader.GetAsync("/en" + path);
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Contains("Draft preview", await english.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Link_IsMadeWithAnAuditLine_AndStoredOnlyAsItsHash()
    {
        var admin = await AdminAsync(site);
        var (id, _, form) = await DraftAsync(admin);
        var path = await MakeLinkAsync(admin, form, "5");
        var token = path.Split('/').Last();

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var link = await db.PreviewLinks.SingleAsync(p => p.DocumentId == id);
        Assert.Equal(PreviewLinks.Hash(token), link.TokenHash);
        Assert.Matches("^[0-9a-f]{64}$", link.TokenHash);
        Assert.InRange((link.ExpiresUtc - link.CreatedUtc).TotalHours, 4.99, 5.01);
        Assert.Equal(1, await db.Audit.CountAsync(a => a.DocumentId == id && a.Action == "preview-link.create"));
        Assert.DoesNotContain(token, (await admin.GetAsync(form)).Html);
    }

    [Fact]
    public async Task RequestLog_SaysAPreviewWasRead_WithoutItsToken()
    {
        var admin = await AdminAsync(site);
        var (_, _, form) = await DraftAsync(admin);
        var path = await MakeLinkAsync(admin, form);
        var token = path.Split('/').Last();
        await reader.GetAsync("/en" + path + "?from=mail");
        await reader.GetAsync("/elder?on=1&return=" + Uri.EscapeDataString(path));

        var logs = Path.Combine(site.DataPath, "logs");
        string Read() => string.Join("\n", Directory.GetFiles(logs, "site-*.log").Select(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new StreamReader(stream).ReadToEnd();
        }));
        for (var wait = 0; wait < 40 && !Read().Contains("GET /en/preview/…?from=mail"); wait++) await Task.Delay(50);
        Assert.Contains("GET /en/preview/…?from=mail responded 200", Read());
        for (var wait = 0; wait < 40 && !Read().Contains("GET /elder?on=1&return=%2Fpreview%2F…"); wait++) await Task.Delay(50);
        Assert.Contains("GET /elder?on=1&return=%2Fpreview%2F… responded 302", Read());
        Assert.DoesNotContain(token, Read());
    }

    [Fact]
    public async Task ExpiredLink_IsA404WithTheSitesPage()
    {
        var admin = await AdminAsync(site);
        var (id, _, form) = await DraftAsync(admin);
        var path = await MakeLinkAsync(admin, form, "1");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);

        await using (var scope = site.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().PreviewLinks.Where(p => p.DocumentId == id)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.ExpiresUtc, DateTime.UtcNow.AddSeconds(-1)));
        await AssertGoneAsync(path);
        Assert.Contains("<strong>expired</strong>", (await admin.GetAsync(form)).Html);
    }

    [Fact]
    public async Task RevokedLink_StopsWorking_AndTheRevocationIsAudited()
    {
        var admin = await AdminAsync(site);
        var (id, _, form) = await DraftAsync(admin);
        var path = await MakeLinkAsync(admin, form);
        var linkId = int.Parse(LinkId().Match((await admin.GetAsync(form)).Html).Groups[1].Value);

        var revoked = await admin.PostAsync($"{form}?handler=RevokePreviewLink", new() { ["link"] = [linkId.ToString()] }, form);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        await AssertGoneAsync(path);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Audit.CountAsync(a => a.DocumentId == id && a.Action == "preview-link.revoke"));
    }

    [Fact]
    public async Task PublishingTheDraft_EndsTheLink_EvenWhenANewDraftFollows()
    {
        var admin = await AdminAsync(site);
        var (_, slug, form) = await DraftAsync(admin);
        var path = await MakeLinkAsync(admin, form);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"{form}?handler=Approve", [], form)).StatusCode);
        await AssertGoneAsync(path);
        await admin.PostAsync($"{form}?handler=Save", News("预览链接测试", "发布后的新草稿。", slug), form);
        await AssertGoneAsync(path);
    }

    [Fact]
    public async Task DeletingTheDocument_EndsTheLink()
    {
        var admin = await AdminAsync(site);
        var (_, _, form) = await DraftAsync(admin);
        var path = await MakeLinkAsync(admin, form);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"{form}?handler=Delete", [], form)).StatusCode);
        await AssertGoneAsync(path);
    }

    [Fact]
    public async Task AccountThatMayNotEditTheType_CannotMakeALink()
    {
        var admin = await AdminAsync(site);
        var (id, _, form) = await DraftAsync(admin);
        var writer = await admin.CreateAccountAsync("Writer", "brand");

        var refused = await writer.PostAsync($"{form}?handler=PreviewLink", new() { ["hours"] = ["72"] }, "/backoffice");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().PreviewLinks.AnyAsync(p => p.DocumentId == id));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("721")]
    [InlineData("three days")]
    [InlineData("")]
    public async Task BadLength_IsRefusedWithAMessage(string hours)
    {
        var admin = await AdminAsync(site);
        var (id, _, form) = await DraftAsync(admin);

        var response = await admin.PostAsync($"{form}?handler=PreviewLink", new() { ["hours"] = [hours] }, form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("whole number of hours from 1 to 720", (await admin.GetAsync(form)).Html);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().PreviewLinks.AnyAsync(p => p.DocumentId == id));
    }

    [Fact]
    public async Task DocumentWithoutADraft_GetsNoLink()
    {
        var admin = await AdminAsync(site);
        var id = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Publish", News("已发布无草稿", "正文。", Unique("no-draft-"))));
        var form = $"/backoffice/content/news/{id}";
        await admin.PostAsync($"{form}?handler=PreviewLink", new() { ["hours"] = ["72"] }, form);
        Assert.Contains("there is no draft to show", (await admin.GetAsync(form)).Html);
    }

    [Theory]
    [InlineData("/preview/abc")]
    [InlineData("/preview/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/en/preview/%E4%B8%AD%20%3Cscript%3E")]
    public async Task WrongToken_IsA404WithTheSitesPage(string path) => await AssertGoneAsync(path);

    async Task AssertGoneAsync(string path)
    {
        var response = await reader.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(path.StartsWith("/en/") ? "This preview link has expired or is no longer valid" : Gone, html);
        Assert.Contains("class=\"masthead\"", html);
    }

    async Task<(int Id, string Slug, string Form)> DraftAsync(EditorSession admin)
    {
        var slug = Unique("preview-link-");
        var id = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Save", News("预览链接测试", "草稿的正文。", slug)));
        return (id, slug, $"/backoffice/content/news/{id}");
    }

    async Task<(int Id, string Slug, string Form)> PublishedWithDraftAsync(EditorSession admin, string published, string draft)
    {
        var slug = Unique("preview-link-");
        var id = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Publish", News("预览链接测试", published, slug)));
        var form = $"/backoffice/content/news/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"{form}?handler=Save", News("预览链接测试", draft, slug), form)).StatusCode);
        return (id, slug, form);
    }

    /// <summary>Makes a link on the edit page and reads it, once, from the page the editor lands on.</summary>
    static async Task<string> MakeLinkAsync(EditorSession editor, string form, string hours = "72")
    {
        var made = await editor.PostAsync($"{form}?handler=PreviewLink", new() { ["hours"] = [hours] }, form);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var (_, html) = await editor.GetAsync(form);
        var url = NewLink().Match(html);
        Assert.True(url.Success, "no preview link on the page");
        return new Uri(WebUtility.HtmlDecode(url.Groups[1].Value)).AbsolutePath;
    }

    [GeneratedRegex("id=\"preview-url\" type=\"url\" readonly value=\"([^\"]+)\"")] private static partial Regex NewLink();
    [GeneratedRegex("<li>#(\\d+) by ")] private static partial Regex LinkId();
}
