using System.Net;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>The editorial journey over HTTP, on SQLite and on PostgreSQL: draft, review, publish, schedule, history, bin.</summary>
public abstract class WorkflowTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    readonly HttpClient reader = site.CreateClient(new() { AllowAutoRedirect = false });

    static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task WriterDraft_SubmittedApprovedAndPublished_ReachesPageSearchAndFeed()
    {
        var admin = await AdminAsync(site);
        var writer = await admin.CreateAccountAsync("Writer", "news");
        var editor = await admin.CreateAccountAsync("Editor");
        var word = Unique("纺织");
        var slug = Unique("writer-draft-");

        var created = await writer.PostAsync("/backoffice/content/news/new?handler=Submit", News($"{word}集群对接会召开", $"## 对接\n\n{word}企业签约。", slug));
        var id = DocumentId(created);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{slug}")).StatusCode);

        var (_, dashboard) = await editor.GetAsync("/backoffice");
        Assert.Contains($"{word}集群对接会召开", dashboard.Split("id=\"review-h\"")[1].Split("schedule-h")[0]);
        var (previewStatus, preview) = await editor.GetAsync($"/news/{slug}?preview=1");
        Assert.Equal(HttpStatusCode.OK, previewStatus);
        Assert.Contains($"{word}企业签约", preview);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{slug}?preview=1")).StatusCode);
        // Editors find the draft by a word of its body; the public search never sees it.
        var (_, found) = await editor.GetAsync($"/backoffice/content/news?q={Uri.EscapeDataString(word + "企业签约")}");
        Assert.Contains(slug, found);
        Assert.DoesNotContain(slug, await reader.GetStringAsync($"/api/search?q={Uri.EscapeDataString(word)}"));

        var approved = await editor.PostAsync($"/backoffice/content/news/{id}?handler=Approve", [], $"/backoffice/content/news/{id}");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains($"{word}企业签约", await reader.GetStringAsync($"/news/{slug}"));
        Assert.Contains(slug, await reader.GetStringAsync($"/search?q={Uri.EscapeDataString(word)}"));
        Assert.Contains(slug, await reader.GetStringAsync("/feeds/news/rss.xml"));
    }

    [Fact]
    public async Task TheDefaultReview_IsSignedByTheEditorsApproval_AndPublishesTheVersionReviewed()
    {
        var admin = await AdminAsync(site);
        var writer = await admin.CreateAccountAsync("Writer", "news");
        var editor = await admin.CreateAccountAsync("Editor");
        var slug = Unique("default-review-");
        var id = DocumentId(await writer.PostAsync("/backoffice/content/news/new?handler=Submit", News("默认审核", "审过的正文。", slug)));
        var form = $"/backoffice/content/news/{id}";
        // The editor read version 1; the writer saves version 2 meanwhile, which the approval of version 1 must not publish.
        Assert.Equal(HttpStatusCode.Redirect, (await writer.PostAsync($"{form}?handler=Save", News("默认审核", "没审过的正文。", slug), form)).StatusCode);
        await editor.PostAsync($"{form}?handler=Approve", new() { ["version"] = ["1"], ["comment"] = ["同意。"] }, form);
        Assert.Contains("you read version 1", (await editor.GetAsync(form)).Html);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{slug}")).StatusCode);

        await editor.PostAsync($"{form}?handler=Approve", new() { ["version"] = ["2"], ["comment"] = ["同意发布。"] }, form);
        Assert.Contains("Approved and published version 2.", (await editor.GetAsync(form)).Html);
        Assert.Contains("没审过的正文。", await reader.GetStringAsync($"/news/{slug}"));
        var (status, sheet) = await writer.GetAsync($"{form}/review-sheet");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("审核[\\s\\S]*editor-[0-9a-f]+@campaign.test[\\s\\S]*同意发布。", sheet.Split("sheet-steps")[1]);
        Assert.Contains("Published · 发布", sheet);
    }

    [Fact]
    public async Task Writer_CannotPublishThroughAnyRoute()
    {
        var admin = await AdminAsync(site);
        var writer = await admin.CreateAccountAsync("Writer");
        var slug = Unique("writer-refused-");
        var id = DocumentId(await writer.PostAsync("/backoffice/content/news/new?handler=Save", News("写作者草稿", "正文。", slug)));
        var form = $"/backoffice/content/news/{id}";

        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostAsync($"{form}?handler=Publish", News("写作者草稿", "正文。", slug), form)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostAsync($"{form}?handler=Approve", [], form)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostAsync($"{form}?handler=Schedule", new() { ["action"] = ["publish"], ["at"] = ["2030-01-01T09:00"] }, form)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostAsync($"{form}?handler=Unpublish", [], form)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostAsync("/backoffice/content/news/new?handler=Publish", News("另一篇", "正文。", Unique("x-")), "/backoffice/content/news/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostAsync("/backoffice/content/news/new?handler=Publish", News("", "", "Not A Slug"), "/backoffice/content/news/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostAsync("/backoffice/accounts/new", new() { ["email"] = ["x@y.test"], ["password"] = ["Passw0rd-Long"], ["role"] = ["Administrator"] }, "/backoffice")).StatusCode);
        Assert.DoesNotContain("handler=Publish", (await writer.GetAsync(form)).Html);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{slug}")).StatusCode);
    }

    [Fact]
    public async Task WriterLimitedToNews_IsRefusedOtherTypes()
    {
        var writer = await (await AdminAsync(site)).CreateAccountAsync("Writer", "news");
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync("/backoffice/content/brand")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync("/backoffice/content/brand/new")).Status);
        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync("/backoffice/content/news")).Status);
    }

    [Fact]
    public async Task InvalidField_IsShownNextToTheField_AndNothingIsSaved()
    {
        var editor = await AdminAsync(site);
        var fields = News("", "正文保留在表单里。", "bad slug!");
        var response = await editor.PostAsync("/backoffice/content/news/new?handler=Save", fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"f-zh-CN-slug-error\"", html);
        Assert.Contains("must be lowercase letters", html);
        Assert.Contains("id=\"f-zh-CN-title-error\"", html);
        Assert.Contains("正文保留在表单里。", html);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Documents.AnyAsync(d => d.Slug == "bad slug!"));
    }

    [Fact]
    public async Task SecondSaveFromTheSameVersion_GetsAConflict_KeepsTheTypedText()
    {
        var admin = await AdminAsync(site);
        var slug = Unique("conflict-");
        var id = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Save", News("冲突测试", "第一版。", slug)));
        var form = $"/backoffice/content/news/{id}";
        var (_, html) = await admin.GetAsync(form);
        var stamp = System.Text.RegularExpressions.Regex.Match(html, "name=\"stamp\" value=\"([^\"]+)\"").Groups[1].Value;

        var first = News("冲突测试", "甲的修改。", slug);
        first["stamp"] = [stamp]; first["base"] = ["1"];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"{form}?handler=Save", first, form)).StatusCode);

        var second = News("冲突测试", "乙的修改，不能丢。", slug);
        second["stamp"] = [stamp]; second["base"] = ["1"];
        var conflict = await admin.PostAsync($"{form}?handler=Save", second, form);
        var page = await conflict.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("saved version 2", page);
        Assert.Contains("乙的修改，不能丢。", page);
        Assert.Contains("<ins>甲的修改。</ins>", page);

        // Saving again from the conflict page wins, and the other save stays in the history.
        var newStamp = System.Text.RegularExpressions.Regex.Match(page, "name=\"stamp\" value=\"([^\"]+)\"").Groups[1].Value;
        second["stamp"] = [newStamp]; second["base"] = ["2"];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"{form}?handler=Save", second, form)).StatusCode);
        Assert.Contains("乙的修改，不能丢。", (await admin.GetAsync(form)).Html);
        Assert.Contains("甲的修改。", (await admin.GetAsync($"{form}/versions?from=1&to=2")).Html);
    }

    [Fact]
    public async Task Rollback_MakesTheOldTextTheLatestVersion()
    {
        var admin = await AdminAsync(site);
        var slug = Unique("rollback-");
        var id = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Publish", News("回滚测试", "原来的正文。", slug)));
        var form = $"/backoffice/content/news/{id}";
        await admin.PostAsync($"{form}?handler=Publish", News("回滚测试", "改坏了的正文。", slug), form);
        Assert.Contains("改坏了的正文。", await reader.GetStringAsync($"/news/{slug}"));

        var rolled = await admin.PostAsync($"{form}/versions?handler=Rollback", new() { ["number"] = ["1"] }, $"{form}/versions");
        Assert.Equal(HttpStatusCode.Redirect, rolled.StatusCode);
        Assert.Contains("原来的正文。", (await admin.GetAsync(form)).Html);
        Assert.Contains("Changed since publish", (await admin.GetAsync(form)).Html);
        await admin.PostAsync($"{form}?handler=Approve", [], form);
        var page = await reader.GetStringAsync($"/news/{slug}");
        Assert.Contains("原来的正文。", page);
        Assert.DoesNotContain("改坏了的正文。", page);
    }

    [Fact]
    public async Task ChangingAPublishedSlug_KeepsA301FromTheOldAddress()
    {
        var admin = await AdminAsync(site);
        var slug = Unique("old-address-");
        var id = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Publish", News("改地址", "正文。", slug)));
        var form = $"/backoffice/content/news/{id}";
        var moved = slug.Replace("old", "new");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"{form}?handler=Publish", News("改地址", "正文。", moved), form)).StatusCode);
        var response = await reader.GetAsync($"/news/{slug}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/news/{moved}", response.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/news/{moved}")).StatusCode);
    }

    [Fact]
    public async Task EachStatusFilter_ListsExactlyTheDocumentsShownWithThatStatus()
    {
        var admin = await AdminAsync(site);
        var word = Unique("status");
        async Task<int> Create(string state, string handler) =>
            DocumentId(await admin.PostAsync($"/backoffice/content/news/new?handler={handler}", News($"{word}{state}", "正文。", $"{word}-{state}")));
        async Task Step(int id, string handler, Dictionary<string, string[]>? fields = null)
        {
            var form = $"/backoffice/content/news/{id}";
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"{form}?handler={handler}", fields ?? [], form)).StatusCode);
        }

        await Create("draft", "Save");
        await Create("inreview", "Submit");
        await Step(await Create("sentback", "Submit"), "SendBack", new() { ["comment"] = ["请补充来源。"] });
        await Step(await Create("scheduled", "Save"), "Schedule", new() { ["action"] = ["publish"], ["at"] = ["2030-01-01T09:00"] });
        await Create("published", "Publish");
        var changed = await Create("changed", "Publish");
        await Step(changed, "Save", News($"{word}changed", "改过的正文。", $"{word}-changed"));
        await Step(await Create("deleted", "Save"), "Delete");

        var expected = new Dictionary<string, string>
        {
            ["draft"] = "draft", ["in-review"] = "inreview", ["sent-back"] = "sentback", ["scheduled"] = "scheduled",
            ["published"] = "published", ["changed"] = "changed", ["deleted"] = "deleted",
        };
        foreach (var (status, state) in expected)
        {
            var (code, html) = await admin.GetAsync($"/backoffice/content/news?status={status}&q={word}");
            Assert.Equal(HttpStatusCode.OK, code);
            var listed = System.Text.RegularExpressions.Regex.Matches(html, $@"<small>{word}-(\w+)</small>").Select(m => m.Groups[1].Value).ToList();
            Assert.True(listed.SequenceEqual([state]), $"status={status} listed [{string.Join(", ", listed)}], expected [{state}]");
            Assert.Contains($"status-{status}\"", html);
        }
    }

    [Fact]
    public async Task RecycleBin_TakesOffTheSiteAndRestoresAsDraft()
    {
        var admin = await AdminAsync(site);
        var slug = Unique("binned-");
        var id = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Publish", News("回收站测试", "正文。", slug)));
        var form = $"/backoffice/content/news/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"{form}?handler=Delete", [], form)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{slug}")).StatusCode);
        Assert.Contains(slug, (await admin.GetAsync("/backoffice/recycle-bin")).Html);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/backoffice/recycle-bin?handler=Restore", new() { ["id"] = [id.ToString()] })).StatusCode);
        Assert.DoesNotContain(slug, (await admin.GetAsync("/backoffice/recycle-bin")).Html);
        var restored = (await admin.GetAsync(form)).Html;
        // The status badge, not the "Save draft" button every edit page has.
        Assert.Contains("status-draft\"", restored);
        Assert.DoesNotContain("status-deleted\"", restored);
    }

    [Fact]
    public async Task ScheduledPublish_RunsOnce_EvenWithTwoRunners()
    {
        var admin = await AdminAsync(site);
        var slug = Unique("scheduled-");
        var id = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Save", News("定时发布测试", "定时正文。", slug)));
        var form = $"/backoffice/content/news/{id}";
        var at = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddMinutes(2).ToString("yyyy-MM-ddTHH:mm");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"{form}?handler=Schedule", new() { ["action"] = ["publish"], ["at"] = [at] }, form)).StatusCode);
        Assert.Contains("Scheduled", (await admin.GetAsync(form)).Html);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            // Bring the schedule due now rather than waiting two minutes.
            await db.Schedules.Where(s => s.DocumentId == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.DueUtc, DateTime.UtcNow.AddSeconds(-1)));
        }
        var runner = site.Services.GetRequiredService<ScheduleRunner>();
        var other = ActivatorUtilities.CreateInstance<ScheduleRunner>(site.Services);
        await Task.WhenAll(runner.RunDueAsync(), other.RunDueAsync(), runner.RunDueAsync());

        Assert.Contains("定时正文。", await reader.GetStringAsync($"/news/{slug}"));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            Assert.Equal(1, await db.Audit.CountAsync(a => a.DocumentId == id && a.Action == "schedule.run"));
            Assert.StartsWith("published", (await db.Schedules.SingleAsync(s => s.DocumentId == id)).Outcome);
        }
    }

    [Fact]
    public async Task ScheduleInThePast_IsRefusedWithAMessage()
    {
        var admin = await AdminAsync(site);
        var id = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Save", News("过去的时间", "正文。", Unique("past-"))));
        var form = $"/backoffice/content/news/{id}";
        await admin.PostAsync($"{form}?handler=Schedule", new() { ["action"] = ["publish"], ["at"] = ["2020-01-01T09:00"] }, form);
        Assert.Contains("must be in the future", (await admin.GetAsync(form)).Html);
        await admin.PostAsync($"{form}?handler=Schedule", new() { ["action"] = ["publish"], ["at"] = ["not a date"] }, form);
        Assert.Contains("Give the date and time", (await admin.GetAsync(form)).Html);
    }
}

public sealed class SqliteWorkflowTests(SiteFactory site) : WorkflowTests<SiteFactory>(site);

public sealed class PostgresWorkflowTests(PostgresSiteFactory site) : WorkflowTests<PostgresSiteFactory>(site);
