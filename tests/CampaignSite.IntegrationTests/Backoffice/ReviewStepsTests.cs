using System.Net;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Delivery;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>The review steps these tests configure: three for news (终审 by administrators and one named account), one for every other type.</summary>
public static class ReviewStepsSettings
{
    public const string Chief = "chief@campaign.test";
    public const string ChiefPassword = "Chief-Passw0rd";

    public static Dictionary<string, string?> All => new()
    {
        ["CampaignSite:Workflow:Steps"] = "编辑审核",
        ["CampaignSite:Workflow:Types:news:Steps"] = "初审,复审,终审",
        ["CampaignSite:Workflow:Signers:初审"] = "Editor",
        ["CampaignSite:Workflow:Signers:复审"] = "editor",
        ["CampaignSite:Workflow:Signers:终审"] = $"Administrator, {Chief}",
    };
}

public sealed class ReviewStepsSite : SiteFactory
{
    protected override Dictionary<string, string?> Settings => ReviewStepsSettings.All;
}

public sealed class PostgresReviewStepsSite : PostgresSiteFactory
{
    protected override Dictionary<string, string?> Extra => ReviewStepsSettings.All;
}

/// <summary>
/// Configured review steps over HTTP, on SQLite and on PostgreSQL: the order, the per-type steps, who may sign,
/// one account one step, sending back, publishing (also scheduled) only once every step is signed, the
/// administrator's audited override, and the review sheet.
/// </summary>
public abstract class ReviewStepsTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    readonly HttpClient reader = site.CreateClient(new() { AllowAutoRedirect = false });

    static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..6];
    static string Form(int id) => $"/backoffice/content/news/{id}";

    /// <summary>A writer limited to news, two editors, and the named account that signs 终审 (an editor, made once per site).</summary>
    async Task<(EditorSession Writer, EditorSession First, EditorSession Second, EditorSession Chief, EditorSession Admin)> PeopleAsync()
    {
        var admin = await AdminAsync(site);
        if (!await HasAccountAsync(ReviewStepsSettings.Chief))
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/backoffice/accounts/new", new()
            {
                ["email"] = [ReviewStepsSettings.Chief], ["password"] = [ReviewStepsSettings.ChiefPassword], ["name"] = ["总编辑"], ["role"] = ["Editor"],
            })).StatusCode);
        return (await admin.CreateAccountAsync("Writer", "news"), await admin.CreateAccountAsync("Editor"), await admin.CreateAccountAsync("Editor"),
            await SignInAsync(site, ReviewStepsSettings.Chief, ReviewStepsSettings.ChiefPassword), admin);
    }

    async Task<bool> HasAccountAsync(string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Users.AnyAsync(u => u.UserName == email);
    }

    static async Task<string> EmailAsync(EditorSession session) =>
        System.Text.RegularExpressions.Regex.Match((await session.GetAsync("/backoffice")).Html, @"Signed in as ([^ ]+) \(").Groups[1].Value;

    static Task<HttpResponseMessage> SignAsync(EditorSession session, int id, int version, string? comment = null) =>
        session.PostAsync($"{Form(id)}?handler=Approve", new() { ["version"] = [$"{version}"], ["comment"] = comment is null ? [] : [comment] }, Form(id));

    /// <summary>The page after a step, with the notice it carries.</summary>
    static async Task<string> AfterAsync(EditorSession session, HttpResponseMessage response, int id)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"expected a redirect, got {(int)response.StatusCode}");
        return (await session.GetAsync(Form(id))).Html;
    }

    static async Task<string> WaitingAsync(EditorSession session) =>
        (await session.GetAsync("/backoffice")).Html.Split("id=\"review-h\"")[1].Split("id=\"schedule-h\"")[0];

    async Task<int> SubmittedAsync(EditorSession writer, string title, string body, string slug) =>
        DocumentId(await writer.PostAsync("/backoffice/content/news/new?handler=Submit", News(title, body, slug)));

    async Task<List<SignOffRecord>> RowsAsync(int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().SignOffs.AsNoTracking().Where(s => s.DocumentId == id).OrderBy(s => s.Id).ToListAsync();
    }

    [Fact]
    public async Task ThreeSteps_AreSignedInOrder_EachByAnAccountItNames_AndTheLastPublishes()
    {
        var (writer, first, second, chief, _) = await PeopleAsync();
        var slug = Unique("three-steps-");
        var id = await SubmittedAsync(writer, "三审测试稿", "三审的正文。", slug);

        var page = (await first.GetAsync(Form(id))).Html.Split("id=\"review-steps-h\"")[1];
        Assert.Matches("初审[\\s\\S]*Current step[\\s\\S]*复审[\\s\\S]*Waiting[\\s\\S]*终审", page);
        Assert.Contains("三审测试稿", await WaitingAsync(first));
        Assert.DoesNotContain("三审测试稿", await WaitingAsync(writer));

        // A writer signs no step; an editor signs 初审 and the page stays off the site.
        Assert.Equal(HttpStatusCode.Forbidden, (await SignAsync(writer, id, 1)).StatusCode);
        Assert.Contains("Signed 初审 of version 1. Next: 复审", await AfterAsync(first, await SignAsync(first, id, 1, "初审：事实核对无误。"), id));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{slug}")).StatusCode);

        // The one who signed 初审 does not sign 复审 too, and no longer sees it waiting.
        Assert.Contains("You signed 初审 of version 1: another account signs 复审.", await AfterAsync(first, await SignAsync(first, id, 1), id));
        Assert.DoesNotContain("三审测试稿", await WaitingAsync(first));
        Assert.Contains("复审", await WaitingAsync(second));
        await AfterAsync(second, await SignAsync(second, id, 1, "复审：同意。"), id);

        // 终审 is for administrators and the account named by e-mail: editors are refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await SignAsync(second, id, 1)).StatusCode);
        Assert.DoesNotContain("三审测试稿", await WaitingAsync(second));
        Assert.Contains("终审", await WaitingAsync(chief));
        Assert.Contains("Signed 终审 and published version 1.", await AfterAsync(chief, await SignAsync(chief, id, 1, "终审：签发。"), id));
        Assert.Contains("三审的正文。", await reader.GetStringAsync($"/news/{slug}"));

        var rows = await RowsAsync(id);
        Assert.Equal(["初审", "复审", "终审", ""], rows.Select(r => r.StepName));
        Assert.Equal([SignOffKind.Signed, SignOffKind.Signed, SignOffKind.Signed, SignOffKind.Published], rows.Select(r => r.Kind));
        Assert.Equal([await EmailAsync(first), await EmailAsync(second), ReviewStepsSettings.Chief, ReviewStepsSettings.Chief], rows.Select(r => r.Signer));
    }

    [Fact]
    public async Task TheReviewSheet_PrintsTitleAuthorEachSignerTimeCommentAndThePublish()
    {
        var (writer, first, second, chief, _) = await PeopleAsync();
        var id = await SubmittedAsync(writer, "审核单测试稿", "审核单的正文。", Unique("sheet-"));
        await AfterAsync(first, await SignAsync(first, id, 1, "初审意见：标题规范。"), id);
        await AfterAsync(second, await SignAsync(second, id, 1, "复审意见：可以发布。"), id);
        await AfterAsync(chief, await SignAsync(chief, id, 1, "终审意见：同意签发。"), id);

        var (status, sheet) = await writer.GetAsync($"{Form(id)}/review-sheet");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("审核单", sheet);
        Assert.Contains("审核单测试稿", sheet);
        Assert.Contains(await EmailAsync(writer), sheet);
        Assert.Contains("总编辑 (" + ReviewStepsSettings.Chief + ")", sheet);
        var steps = sheet.Split("sheet-steps")[1].Split("</table>")[0];
        Assert.Matches($"初审[\\s\\S]*{await EmailAsync(first)}[\\s\\S]*初审意见：标题规范。[\\s\\S]*复审[\\s\\S]*{await EmailAsync(second)}[\\s\\S]*复审意见：可以发布。[\\s\\S]*终审[\\s\\S]*{ReviewStepsSettings.Chief}[\\s\\S]*终审意见：同意签发。", steps);
        foreach (var row in await RowsAsync(id)) Assert.Contains(Dates.ShowUtc(row.AtUtc), sheet);
        Assert.Contains("Published · 发布", sheet);
        // Printable under the site's CSP: a stylesheet of its own, no inline style.
        Assert.Contains("review-sheet.css", sheet);
        Assert.DoesNotContain("style=", sheet);
        Assert.DoesNotContain("<style", sheet);
    }

    [Fact]
    public async Task TheAuthor_SignsNoStepOfTheirOwnVersion()
    {
        var (_, first, second, _, _) = await PeopleAsync();
        var id = await SubmittedAsync(first, "编辑自写稿", "编辑自己写的正文。", Unique("own-"));
        Assert.Contains("You wrote version 1: its steps are signed by others.", await AfterAsync(first, await SignAsync(first, id, 1), id));
        Assert.DoesNotContain("编辑自写稿", await WaitingAsync(first));
        Assert.Contains("Signed 初审", await AfterAsync(second, await SignAsync(second, id, 1), id));
    }

    [Fact]
    public async Task Publishing_IsRefusedUntilEveryStepIsSigned_SavingPublishingAndScheduling()
    {
        var (writer, first, second, _, _) = await PeopleAsync();
        var refusedSlug = Unique("refused-");
        var refused = await first.PostAsync("/backoffice/content/news/new?handler=Publish", News("直接发布稿", "不应保存。", refusedSlug));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("publishing needs every review step signed (初审 → 复审 → 终审)", await refused.Content.ReadAsStringAsync());
        Assert.DoesNotContain("handler=Publish\"", (await first.GetAsync("/backoffice/content/news/new")).Html);

        var slug = Unique("gate-");
        var id = await SubmittedAsync(writer, "逐级审核稿", "逐级审核的正文。", slug);
        await AfterAsync(first, await SignAsync(first, id, 1), id);
        var at = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddHours(1).ToString("yyyy-MM-ddTHH:mm");
        var schedule = new Dictionary<string, string[]> { ["action"] = ["publish"], ["at"] = [at] };
        Assert.Contains("Not scheduled: version 1 waits for 复审", await AfterAsync(second, await second.PostAsync($"{Form(id)}?handler=Schedule", schedule, Form(id)), id));
        await AfterAsync(second, await SignAsync(second, id, 1), id);
        // Only 终审's signers may sign it by scheduling.
        Assert.Equal(HttpStatusCode.Forbidden, (await second.PostAsync($"{Form(id)}?handler=Schedule", schedule, Form(id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{slug}")).StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        Assert.False(await db.Schedules.AnyAsync(s => s.DocumentId == id));
        Assert.False(await db.Documents.AnyAsync(d => d.Slug == refusedSlug));
    }

    [Fact]
    public async Task AnAdministrator_PublishesAnywayWithAWrittenReason_AuditedAndOnTheSheet()
    {
        var (writer, first, _, _, admin) = await PeopleAsync();
        var slug = Unique("override-");
        var id = await SubmittedAsync(writer, "紧急发布稿", "紧急发布的正文。", slug);
        Task<HttpResponseMessage> Override(EditorSession who, string? reason) =>
            who.PostAsync($"{Form(id)}?handler=Override", new() { ["version"] = ["1"], ["reason"] = reason is null ? [] : [reason] }, Form(id));

        Assert.Equal(HttpStatusCode.Forbidden, (await Override(first, "编辑想跳过审核。")).StatusCode);
        Assert.Contains("write why it is published without every step signed", await AfterAsync(admin, await Override(admin, "  "), id));
        Assert.Contains("the reason is longer than 500 characters", await AfterAsync(admin, await Override(admin, new string('因', 501)), id));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{slug}")).StatusCode);

        const string reason = "发布会当天必须上线，终审人出差，经主任电话同意。";
        Assert.Contains("Published version 1 by an administrator", await AfterAsync(admin, await Override(admin, reason), id));
        Assert.Contains("紧急发布的正文。", await reader.GetStringAsync($"/news/{slug}"));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Audit.SingleAsync(a => a.DocumentId == id && a.Action == "publish.override");
            Assert.Equal(SiteFactory.AdminEmail, audit.User);
            Assert.Contains(reason, audit.Detail);
        }
        var overridden = (await RowsAsync(id)).Single(r => r.Kind == SignOffKind.Overridden);
        Assert.Equal(("初审", reason, SiteFactory.AdminEmail), (overridden.StepName, overridden.Comment, overridden.Signer));
        var sheet = (await writer.GetAsync($"{Form(id)}/review-sheet")).Html;
        Assert.Contains("越过审核发布", sheet);
        Assert.Contains(reason, sheet);
    }

    [Fact]
    public async Task SendingBack_NeedsAComment_ReturnsItToTheWriter_AndTheReviewStartsAgain()
    {
        var (writer, first, second, _, _) = await PeopleAsync();
        var slug = Unique("sent-back-");
        var id = await SubmittedAsync(writer, "退回测试稿", "第一版正文。", slug);
        await AfterAsync(first, await SignAsync(first, id, 1, "初审通过。"), id);

        Task<HttpResponseMessage> SendBack(string comment) => second.PostAsync($"{Form(id)}?handler=SendBack", new() { ["comment"] = [comment] }, Form(id));
        Assert.Contains("the comment is required", await AfterAsync(second, await SendBack(" "), id));
        await AfterAsync(second, await SendBack("请补充数据来源。"), id);
        var writerPage = (await writer.GetAsync(Form(id))).Html;
        Assert.Contains("status-sent-back", writerPage);
        Assert.Contains("请补充数据来源。", writerPage);
        Assert.Contains("Sent back", writerPage);

        // Submitted again unchanged, version 1 starts again at 初审: its first signature no longer counts.
        Assert.Equal(HttpStatusCode.Redirect, (await writer.PostAsync($"{Form(id)}?handler=SubmitSaved", [], Form(id))).StatusCode);
        Assert.Contains("Signed 初审 of version 1", await AfterAsync(first, await SignAsync(first, id, 1), id));

        // A save after a sign-off makes version 2, which starts at 初审; a signature meant for version 1 is refused.
        Assert.Equal(HttpStatusCode.Redirect, (await writer.PostAsync($"{Form(id)}?handler=Submit", News("退回测试稿", "第二版正文。", slug), Form(id))).StatusCode);
        Assert.Contains("you read version 1, but", await AfterAsync(second, await SignAsync(second, id, 1), id));
        Assert.Contains("Review of version 2", (await first.GetAsync(Form(id))).Html);
        Assert.Contains("Signed 初审 of version 2", await AfterAsync(second, await SignAsync(second, id, 2), id));

        var sheet = (await first.GetAsync($"{Form(id)}/review-sheet")).Html;
        Assert.Matches("Version 2[\\s\\S]*Version 1[\\s\\S]*初审通过。[\\s\\S]*Sent back · 退回[\\s\\S]*请补充数据来源。", sheet);
    }

    [Fact]
    public async Task AScheduledPublish_PublishesThePinnedVersion_OrRecordsWhyNot()
    {
        var (writer, first, second, chief, _) = await PeopleAsync();
        var at = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddHours(1).ToString("yyyy-MM-ddTHH:mm");
        async Task<(int Id, string Slug)> ScheduledAsync(string title)
        {
            var slug = Unique("pinned-");
            var id = await SubmittedAsync(writer, title, "签过的第一版。", slug);
            await AfterAsync(first, await SignAsync(first, id, 1), id);
            await AfterAsync(second, await SignAsync(second, id, 1), id);
            Assert.Contains("It publishes version 1 as signed.", await AfterAsync(chief, await chief.PostAsync($"{Form(id)}?handler=Schedule",
                new() { ["action"] = ["publish"], ["at"] = [at] }, Form(id)), id));
            return (id, slug);
        }

        // A save after scheduling does not change what goes out: the signed version 1 does.
        var (kept, keptSlug) = await ScheduledAsync("定时固定版本稿");
        Assert.Equal(HttpStatusCode.Redirect, (await writer.PostAsync($"{Form(kept)}?handler=Save", News("定时固定版本稿", "没签的第二版。", keptSlug), Form(kept))).StatusCode);
        // Sent back after scheduling, the version is no longer signed and stays off the site.
        var (undone, undoneSlug) = await ScheduledAsync("定时退回稿");
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync($"{Form(undone)}?handler=SendBack", new() { ["comment"] = ["数据有误，暂缓发布。"] }, Form(undone))).StatusCode);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            var version1 = await db.Versions.Where(v => v.DocumentId == kept && v.Number == 1).Select(v => v.Id).SingleAsync();
            Assert.Equal(version1, (await db.Schedules.SingleAsync(s => s.DocumentId == kept)).VersionId);
            await db.Schedules.Where(s => s.DocumentId == kept || s.DocumentId == undone).ExecuteUpdateAsync(u => u.SetProperty(s => s.DueUtc, DateTime.UtcNow.AddSeconds(-1)));
        }
        await site.Services.GetRequiredService<ScheduleRunner>().RunDueAsync();

        var page = await reader.GetStringAsync($"/news/{keptSlug}");
        Assert.Contains("签过的第一版。", page);
        Assert.DoesNotContain("没签的第二版。", page);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{undoneSlug}")).StatusCode);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            Assert.Equal("published version 1", (await db.Schedules.SingleAsync(s => s.DocumentId == kept)).Outcome);
            var outcome = (await db.Schedules.SingleAsync(s => s.DocumentId == undone)).Outcome;
            Assert.StartsWith("not published: version 1 is no longer signed: version 1 waits for 初审", outcome);
            Assert.Contains("not published: version 1 is no longer signed", (await db.Audit.SingleAsync(a => a.DocumentId == undone && a.Action == "schedule.run")).Detail);
        }
        Assert.Contains("schedule by " + ReviewStepsSettings.Chief, (await chief.GetAsync($"{Form(kept)}/review-sheet")).Html);
    }

    [Fact]
    public async Task EachTypeHasItsSteps_NewsItsOwn_OthersTheSites()
    {
        var steps = site.Services.GetRequiredService<ReviewSteps>();
        Assert.Equal("初审 → 复审 → 终审", steps.For("news").Names);
        Assert.Equal("编辑审核", steps.For("brand").Names);
        Assert.True(steps.For("brand").Configured);
        Assert.Equal("administrators, " + ReviewStepsSettings.Chief, steps.For("news").Last.Signers);
        Assert.Equal("administrators, editors", steps.For("brand").Steps[0].Signers);

        var (_, first, _, _, _) = await PeopleAsync();
        int brand;
        await using (var scope = site.Services.CreateAsyncScope())
            brand = await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Documents.Where(d => d.Type == "brand").Select(d => d.Id).FirstAsync();
        var page = (await first.GetAsync($"/backoffice/content/brand/{brand}")).Html.Split("id=\"review-steps-h\"")[1];
        Assert.Contains("编辑审核", page);
        Assert.DoesNotContain("初审", page);
    }
}

public sealed class SqliteReviewStepsTests(ReviewStepsSite site) : ReviewStepsTests<ReviewStepsSite>(site);

public sealed class PostgresReviewStepsTests(PostgresReviewStepsSite site) : ReviewStepsTests<PostgresReviewStepsSite>(site);
