using System.Net;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>
/// The editorial checks' errors stop a version going out, however it is asked for (approve, save and publish,
/// schedule, release), until it is corrected or an administrator publishes it anyway with an audited reason.
/// </summary>
public abstract class PublishGateTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    const string Wrong = "再接再励", Right = "再接再厉";
    readonly HttpClient reader = site.CreateClient(new() { AllowAutoRedirect = false });

    static string Slug() => "gate-" + Guid.NewGuid().ToString("N")[..8];
    static string Form(int id) => $"/backoffice/content/news/{id}";

    async Task<int> VersionsAsync(int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Versions.CountAsync(v => v.DocumentId == id);
    }

    async Task<int> LatestAsync(int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Documents.Where(d => d.Id == id).Select(d => d.LatestVersion).SingleAsync();
    }

    [Fact]
    public async Task AWritersDraftWithAMisusedWord_IsNotPublished_UntilItIsCorrected()
    {
        var admin = await AdminAsync(site);
        var (writer, editor) = (await admin.CreateAccountAsync("Writer"), await admin.CreateAccountAsync("Editor"));
        var slug = Slug();
        var id = DocumentId(await writer.PostAsync("/backoffice/content/news/new?handler=Submit", News("检查拦截测试", $"全行业{Wrong}，再创佳绩。", slug)));

        var (_, page) = await editor.GetAsync(Form(id));
        Assert.Contains("id=\"check-errors\"", page);
        Assert.Contains($"&#x27;{Wrong}&#x27; should be &#x27;{Right}&#x27;", page);
        var approved = await editor.PostAsync($"{Form(id)}?handler=Approve", new() { ["version"] = ["1"] }, Form(id));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var notice = WebUtility.HtmlDecode((await editor.GetAsync(Form(id))).Html);
        Assert.Contains("Nothing was signed or published: the checks found errors in version 1", notice);
        Assert.Contains($"misused-word: '{Wrong}' should be '{Right}'", notice);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{slug}")).StatusCode);
        await using (var scope = site.Services.CreateAsyncScope())
            Assert.False(await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().SignOffs.AnyAsync(s => s.DocumentId == id), "a refused approval signs nothing");

        // Corrected by the writer, the new version goes out.
        await writer.PostAsync($"{Form(id)}?handler=Submit", News("检查拦截测试", $"全行业{Right}，再创佳绩。", slug), Form(id));
        Assert.DoesNotContain("id=\"check-errors\"", (await editor.GetAsync(Form(id))).Html);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"{Form(id)}?handler=Approve", new() { ["version"] = ["2"] }, Form(id))).StatusCode);
        Assert.Contains(Right, await reader.GetStringAsync($"/news/{slug}"));
    }

    [Fact]
    public async Task SaveAndPublish_WithACheckError_SavesNothing_AndMarksTheField()
    {
        var editor = await (await AdminAsync(site)).CreateAccountAsync("Editor");
        var slug = Slug();
        var id = DocumentId(await editor.PostAsync("/backoffice/content/news/new?handler=Save", News("检查存稿", "正文没有问题。", slug)));
        var refused = await editor.PostAsync($"{Form(id)}?handler=Publish", News("检查存稿", $"正文写成了{Wrong}。", slug), Form(id));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Nothing was saved or published: the checks found errors", html);
        Assert.Contains($"正文写成了{Wrong}。", html); // what was typed is kept
        Assert.Equal(1, await VersionsAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{slug}")).StatusCode);
    }

    [Fact]
    public async Task AnAdministrator_PublishesDespiteTheChecks_WithAReason_AuditedAndOnTheSheet()
    {
        var admin = await AdminAsync(site);
        var editor = await admin.CreateAccountAsync("Editor");
        var slug = Slug();
        var id = DocumentId(await editor.PostAsync("/backoffice/content/news/new?handler=Submit", News("越过检查", $"引用原文：{Wrong}。", slug)));
        Assert.Contains("name=\"reason\"", (await admin.GetAsync(Form(id))).Html);
        Assert.DoesNotContain("handler=Override", (await editor.GetAsync(Form(id))).Html);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync($"{Form(id)}?handler=Override", new() { ["version"] = ["1"], ["reason"] = ["编辑不能越过"] }, Form(id))).StatusCode);

        var published = await admin.PostAsync($"{Form(id)}?handler=Override", new() { ["version"] = ["1"], ["reason"] = ["原文引语，按原样保留"] }, Form(id));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains(Wrong, await reader.GetStringAsync($"/news/{slug}"));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Audit.SingleAsync(a => a.DocumentId == id && a.Action == "publish.override");
            Assert.Contains("原文引语，按原样保留", audit.Detail);
            Assert.Contains("misused-word", audit.Detail);
            // The sheet's row keeps what the checks found when the override was made, whatever they find later.
            var row = await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().SignOffs.SingleAsync(r => r.DocumentId == id && r.Kind == SignOffKind.Overridden);
            Assert.StartsWith("1 error, ", row.Checks);
            Assert.Contains($"misused-word: '{Wrong}' should be '{Right}'", row.Checks);
        }
        var sheet = WebUtility.HtmlDecode((await admin.GetAsync($"{Form(id)}/review-sheet")).Html);
        Assert.Contains("原文引语，按原样保留", sheet);
        Assert.Contains($"Error · 错误: zh-CN body line 1: misused-word: '{Wrong}' should be '{Right}'", sheet);
        Assert.Contains("Checks then", sheet);
        Assert.Contains(">1 error, ", sheet);
    }

    [Fact]
    public async Task ASchedule_IsRefusedWithErrors_AndAtItsTimeTheChecksRunAgain()
    {
        var admin = await AdminAsync(site);
        var editor = await admin.CreateAccountAsync("Editor");
        var bad = DocumentId(await editor.PostAsync("/backoffice/content/news/new?handler=Save", News("定时检查", $"{Wrong}的正文。", Slug())));
        await editor.PostAsync($"{Form(bad)}?handler=Schedule", new() { ["action"] = ["publish"], ["at"] = ["2030-01-01T09:00"] }, Form(bad));
        Assert.Contains("Not scheduled: the checks found errors in version 1", WebUtility.HtmlDecode((await editor.GetAsync(Form(bad))).Html));

        // Clean when scheduled; an administrator's new standard wording makes it wrong before its time.
        var word = "优供给活动" + Guid.NewGuid().ToString("N")[..4];
        var slug = Slug();
        var good = DocumentId(await editor.PostAsync("/backoffice/content/news/new?handler=Save", News("定时复查", $"本文提到{word}。", slug)));
        var at = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddMinutes(5).ToString("yyyy-MM-ddTHH:mm");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"{Form(good)}?handler=Schedule", new() { ["action"] = ["publish"], ["at"] = [at] }, Form(good))).StatusCode);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            Assert.Equal(1, await db.Schedules.CountAsync(s => s.DocumentId == good && s.DoneUtc == null));
            db.Terms.Add(new TermRecord { Wrong = word, Right = "纺织服装优供给促升级活动", UpdatedBy = "test", UpdatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            await db.Schedules.Where(s => s.DocumentId == good).ExecuteUpdateAsync(u => u.SetProperty(s => s.DueUtc, DateTime.UtcNow.AddMinutes(-1)));
        }
        await site.Services.GetRequiredService<ScheduleRunner>().RunDueAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{slug}")).StatusCode);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var schedule = await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Schedules.SingleAsync(s => s.DocumentId == good);
            Assert.StartsWith("not published: the checks found 1 error: zh-CN body line 1: misused-word:", schedule.Outcome);
        }
    }

    [Fact]
    public async Task AReleaseChecksEveryItem_BeforeAnythingGoesOut()
    {
        var admin = await AdminAsync(site);
        var editor = await admin.CreateAccountAsync("Editor");
        var release = (await editor.PostAsync("/backoffice/releases", new() { ["name"] = ["检查批次"] })).Headers.Location!.ToString();
        var bad = DocumentId(await editor.PostAsync("/backoffice/content/news/new?handler=Save", News("批次检查", $"{Wrong}。", Slug())));
        await editor.PostAsync($"{release}?handler=Add", new() { ["document"] = [$"{bad}"] }, release);
        Assert.Contains("批次检查 cannot join the release: the checks found 1 error", WebUtility.HtmlDecode((await editor.GetAsync(release)).Html));

        // Two clean documents, one of which a new term makes wrong after it joined: neither goes out.
        var word = "促升级行动" + Guid.NewGuid().ToString("N")[..4];
        var slugs = new[] { Slug(), Slug() };
        var first = DocumentId(await editor.PostAsync("/backoffice/content/news/new?handler=Save", News("批次甲", "批次甲的正文。", slugs[0])));
        var second = DocumentId(await editor.PostAsync("/backoffice/content/news/new?handler=Save", News("批次乙", $"批次乙提到{word}。", slugs[1])));
        foreach (var document in new[] { first, second })
            Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"{release}?handler=Add", new() { ["document"] = [$"{document}"] }, release)).StatusCode);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            Assert.Equal(2, await db.ReleaseItems.CountAsync(i => i.DocumentId == first || i.DocumentId == second));
            db.Terms.Add(new TermRecord { Wrong = word, Right = "纺织服装优供给促升级活动", UpdatedBy = "test", UpdatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        await editor.PostAsync($"{release}?handler=Publish", [], release);
        var page = WebUtility.HtmlDecode((await editor.GetAsync(release)).Html);
        Assert.Contains("Nothing went out: 批次乙: the checks found 1 error", page);
        foreach (var slug in slugs) Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{slug}")).StatusCode);
        Assert.Equal(1, await LatestAsync(first));
    }
}

public sealed class SqlitePublishGateTests(SiteFactory site) : PublishGateTests<SiteFactory>(site);

public sealed class PostgresPublishGateTests(PostgresSiteFactory site) : PublishGateTests<PostgresSiteFactory>(site);
