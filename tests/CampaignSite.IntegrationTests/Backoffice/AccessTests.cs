using System.Net;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>Who reaches what: anonymous visitors are sent to sign in, accounts without the role get 403, never a page.</summary>
/// <summary>Who reaches which backoffice page, on both databases.</summary>
public abstract class AccessTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    public static TheoryData<string> Pages => new()
    {
        "/backoffice", "/backoffice/content/news", "/backoffice/content/news/new", "/backoffice/content/news/1",
        "/backoffice/content/news/1/versions", "/backoffice/recycle-bin", "/backoffice/audit", "/backoffice/accounts",
        "/backoffice/accounts/new", "/backoffice/password", "/backoffice/logout", "/backoffice/search-index", "/backoffice/partners", "/backoffice/terms", "/backoffice/webhooks", "/backoffice/media", "/backoffice/media/x.jpg",
    };

    public static TheoryData<string> Writes => new()
    {
        "/backoffice/content/news/new?handler=Save", "/backoffice/content/news/new?handler=Publish", "/backoffice/content/news/1?handler=Approve",
        "/backoffice/content/news/1?handler=SendBack", "/backoffice/content/news/1?handler=Unpublish", "/backoffice/content/news/1?handler=Schedule",
        "/backoffice/content/news/1?handler=Delete", "/backoffice/content/news/1/versions?handler=Rollback", "/backoffice/recycle-bin?handler=Restore",
        "/backoffice/accounts/new", "/backoffice/password", "/backoffice/markdown", "/backoffice/logout", "/backoffice/search-index", "/backoffice/partners", "/backoffice/partners?handler=Revoke", "/backoffice/terms", "/backoffice/terms?handler=Update", "/backoffice/terms?handler=Remove", "/backoffice/markdown?handler=Checks&type=news",
        "/backoffice/webhooks?handler=add", "/backoffice/webhooks?handler=remove&id=1", "/backoffice/webhooks?handler=redeliver&id=1", "/backoffice/media?handler=Upload", "/backoffice/media/x.jpg?handler=Delete",
    };

    [Theory, MemberData(nameof(Pages))]
    public async Task Anonymous_GetIsSentToSignIn(string path)
    {
        var response = await site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/backoffice/login?ReturnUrl=", response.Headers.Location!.ToString());
    }

    [Theory, MemberData(nameof(Writes))]
    public async Task Anonymous_PostChangesNothing(string path)
    {
        int Count(CampaignDbContext db) => db.Versions.Count() + db.Audit.Count();
        int before;
        using (var scope = site.Services.CreateScope()) before = Count(scope.ServiceProvider.GetRequiredService<CampaignDbContext>());
        // A valid antiforgery token (the sign-in page's), so that only authorization stands in the way.
        var response = await new EditorSession(site).PostAsync(path,
            new() { ["zh-CN.title"] = ["x"], ["id"] = ["1"], ["number"] = ["1"], ["markdown"] = ["# x"] }, formPage: "/backoffice/login");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/backoffice/login", response.Headers.Location!.ToString());
        using (var scope = site.Services.CreateScope()) Assert.Equal(before, Count(scope.ServiceProvider.GetRequiredService<CampaignDbContext>()));
    }

    [Theory]
    [InlineData("/backoffice/audit")]
    [InlineData("/backoffice/accounts")]
    [InlineData("/backoffice/accounts/new")]
    [InlineData("/backoffice/search-index")]
    [InlineData("/backoffice/partners")]
    [InlineData("/backoffice/terms")]
    [InlineData("/backoffice/webhooks")]
    public async Task Editor_IsRefusedAdministratorPages(string path)
    {
        var editor = await (await AdminAsync(site)).CreateAccountAsync("Editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(path)).Status);
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRefused()
    {
        var admin = await AdminAsync(site);
        var response = await admin.Client.PostAsync("/backoffice/content/news/new?handler=Save",
            new FormUrlEncodedContent(News("没有令牌", "正文。", "no-token").SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v)))));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("没有保存任何内容", await response.Content.ReadAsStringAsync());
        using var scope = site.Services.CreateScope();
        Assert.False(scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Documents.Any(d => d.Slug == "no-token"));
    }

    [Fact]
    public async Task AuditLog_ShowsWhoDidWhat()
    {
        var admin = await AdminAsync(site);
        var id = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Publish", News("审计测试", "正文。", "audit-" + Guid.NewGuid().ToString("N")[..6])));
        var (status, html) = await admin.GetAsync("/backoffice/audit");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<td>publish</td><td>{id}</td>", html);
        Assert.Contains(SiteFactory.AdminEmail, html);
    }

    [Fact]
    public async Task MarkdownPreview_IsRenderedAndSanitisedLikeThePublicSite()
    {
        var admin = await AdminAsync(site);
        var response = await admin.PostAsync("/backoffice/markdown", new() { ["markdown"] = ["## 标题\n\n<script>alert(1)</script>[x](javascript:alert(1))"] }, "/backoffice/content/news/new");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public async Task SearchRebuild_FromTheBackoffice_ShowsProgressAndFinishes()
    {
        var admin = await AdminAsync(site);
        var started = await admin.PostAsync("/backoffice/search-index", []);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        string html = "";
        for (var i = 0; i < 100 && !html.Contains("Last rebuild"); i++)
        {
            await Task.Delay(100);
            html = (await admin.GetAsync("/backoffice/search-index")).Html;
        }
        Assert.Contains("Last rebuild:  reindexed", html);
        Assert.Contains("in step with the published content", html);
        Assert.Contains("search.rebuild", (await admin.GetAsync("/backoffice/audit")).Html);
    }
}

public sealed class SqliteAccessTests(SiteFactory site) : AccessTests<SiteFactory>(site);

public sealed class PostgresAccessTests(PostgresSiteFactory site) : AccessTests<PostgresSiteFactory>(site);
