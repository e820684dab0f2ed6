using System.Net;
using System.Text.RegularExpressions;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>
/// Releases as editors use them: documents grouped under a name go out together, in one transaction,
/// now or at a China Standard Time, once; until then the release can change, and a release that
/// cannot go out publishes nothing and says why.
/// </summary>
public abstract class ReleaseTests : IDisposable
{
    readonly TestClock clock = new();
    readonly SiteFactory site;
    protected ReleaseTests(Func<TestClock, SiteFactory> create) => site = create(clock);
    public void Dispose() => site.Dispose();

    const string Releases = "/backoffice/releases";

    /// <summary>Drafts never published, each with its own slug.</summary>
    static async Task<List<(int Id, string Slug)>> DraftsAsync(EditorSession editor, int count)
    {
        var drafts = new List<(int, string)>();
        for (var i = 0; i < count; i++)
        {
            var slug = $"wave-{i}-{Guid.NewGuid():N}"[..16];
            drafts.Add((DocumentId(await editor.PostAsync("/backoffice/content/news/new?handler=Save", News($"首发第{i + 1}篇", $"首发第{i + 1}篇的正文。", slug))), slug));
        }
        return drafts;
    }

    static async Task<int> NewReleaseAsync(EditorSession editor, string name, IEnumerable<int> documents)
    {
        var made = await editor.PostAsync(Releases, new() { ["name"] = [name] });
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var id = int.Parse(Regex.Match(made.Headers.Location!.ToString(), @"/backoffice/releases/(\d+)$").Groups[1].Value);
        foreach (var document in documents)
            Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"{Releases}/{id}?handler=Add", new() { ["document"] = [$"{document}"] }, $"{Releases}/{id}")).StatusCode);
        return id;
    }

    async Task<int> PublishedCountAsync(IEnumerable<string> slugs)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var list = slugs.ToList();
        return await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Published.Where(p => p.Culture == "zh-CN" && list.Contains(p.Slug)).CountAsync();
    }

    [Fact]
    public async Task ThreeDocuments_GoOutInOneTransaction_AReaderNeverSeesPartOfTheRelease()
    {
        var editor = await (await AdminAsync(site)).CreateAccountAsync("Editor");
        var drafts = await DraftsAsync(editor, 3);
        var slugs = drafts.Select(d => d.Slug).ToList();
        var id = await NewReleaseAsync(editor, "首发日第一波 Launch day wave 1", drafts.Select(d => d.Id));
        var (_, page) = await editor.GetAsync($"{Releases}/{id}");
        foreach (var slug in slugs) Assert.Contains($"/backoffice/content/news/{drafts.Single(d => d.Slug == slug).Id}\"", page);

        // Readers of the database and of the public API, as fast as they can while the release commits.
        var seen = new List<int>();
        using var stop = new CancellationTokenSource();
        var reader = site.CreateClient();
        var reading = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var count = await PublishedCountAsync(slugs);
                lock (seen) seen.Add(count);
            }
        });
        var apiSeen = new List<int>();
        var readingApi = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var json = await reader.GetStringAsync("/api/content?type=news&pageSize=100");
                lock (apiSeen) apiSeen.Add(slugs.Count(json.Contains));
            }
        });
        await Task.Delay(200);
        var published = await editor.PostAsync($"{Releases}/{id}?handler=Publish", [], $"{Releases}/{id}");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await Task.Delay(300);
        stop.Cancel();
        await Task.WhenAll(reading, readingApi);

        Assert.Equal(3, await PublishedCountAsync(slugs));
        Assert.Contains(0, seen);
        Assert.Contains(3, seen);
        Assert.All(seen, count => Assert.True(count is 0 or 3, $"a reader saw {count} of the release's 3 documents"));
        Assert.All(apiSeen, count => Assert.True(count is 0 or 3, $"the API showed {count} of the release's 3 documents"));
        foreach (var slug in slugs) Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/news/{slug}")).StatusCode);

        // Gone out: the release says so and no longer changes.
        var (_, after) = await editor.GetAsync($"{Releases}/{id}");
        Assert.Contains("Went out at", after);
        var late = await editor.PostAsync($"{Releases}/{id}?handler=Publish", [], Releases);
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Contains("it can no longer change", WebUtility.HtmlDecode((await editor.GetAsync($"{Releases}/{id}")).Html));
    }

    [Fact]
    public async Task AScheduledRelease_GoesOutAtItsChinaTime_NotBefore_AndOnce()
    {
        var editor = await (await AdminAsync(site)).CreateAccountAsync("Editor");
        var drafts = await DraftsAsync(editor, 2);
        var id = await NewReleaseAsync(editor, "定时发布批次", drafts.Select(d => d.Id));
        // 2030-05-01 09:00 in Beijing is 01:00 UTC.
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"{Releases}/{id}?handler=Schedule", new() { ["at"] = ["2030-05-01T09:00"] }, $"{Releases}/{id}")).StatusCode);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var release = await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Releases.SingleAsync(r => r.Id == id);
            Assert.Equal(new DateTime(2030, 5, 1, 1, 0, 0, DateTimeKind.Utc), DateTime.SpecifyKind(release.ScheduledUtc!.Value, DateTimeKind.Utc));
        }
        Assert.Contains("Goes out at 2030-05-01 09:00 CST", (await editor.GetAsync($"{Releases}/{id}")).Html);

        var runner = site.Services.GetRequiredService<ScheduleRunner>();
        clock.Advance(new DateTimeOffset(2030, 5, 1, 0, 59, 0, TimeSpan.Zero) - clock.GetUtcNow());
        Assert.Equal(0, await runner.RunDueAsync());
        Assert.Equal(0, await PublishedCountAsync(drafts.Select(d => d.Slug)));

        clock.Advance(TimeSpan.FromMinutes(2));
        // Two runners at once (two nodes): the lease lets one look, the mark lets the release go once.
        var runs = await Task.WhenAll(runner.RunDueAsync(), runner.RunDueAsync());
        Assert.Equal(1, runs.Sum());
        Assert.Equal(2, await PublishedCountAsync(drafts.Select(d => d.Slug)));
        Assert.Equal(0, await runner.RunDueAsync());
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            Assert.Equal(1, await db.Audit.CountAsync(a => a.Action == "release.run" && a.Detail.StartsWith($"release {id}:")));
            Assert.Equal(1, await db.Changes.CountAsync(c => c.DocumentId == drafts[0].Id && c.Kind == CampaignSite.Data.Changes.ChangeKind.Published));
        }
    }

    [Fact]
    public async Task UntilItGoesOut_TheReleaseChanges_ItsVersionsArePinned_AndItsScheduleCanBeLifted()
    {
        var editor = await (await AdminAsync(site)).CreateAccountAsync("Editor");
        var drafts = await DraftsAsync(editor, 3);
        var id = await NewReleaseAsync(editor, "可修改的批次", drafts.Select(d => d.Id));
        // A document goes out with one release at a time.
        var other = await NewReleaseAsync(editor, "另一个批次", []);
        await editor.PostAsync($"{Releases}/{other}?handler=Add", new() { ["document"] = [$"{drafts[0].Id}"] }, $"{Releases}/{other}");
        Assert.Contains("is already in the release “可修改的批次”", WebUtility.HtmlDecode((await editor.GetAsync($"{Releases}/{other}")).Html));

        // Take one out; change another after it was added: the release keeps the version it pinned.
        int item;
        await using (var scope = site.Services.CreateAsyncScope())
            item = await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().ReleaseItems.Where(i => i.ReleaseId == id && i.DocumentId == drafts[2].Id).Select(i => i.Id).SingleAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"{Releases}/{id}?handler=Remove", new() { ["item"] = [$"{item}"] }, $"{Releases}/{id}")).StatusCode);
        var form = $"/backoffice/content/news/{drafts[1].Id}";
        await editor.PostAsync($"{form}?handler=Save", News("首发第2篇", "保存在加入批次之后的正文。", drafts[1].Slug), form);
        Assert.Contains("Version 2 was saved since", (await editor.GetAsync($"{Releases}/{id}")).Html);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"{Releases}/{id}?handler=Schedule", new() { ["at"] = ["2030-06-01T10:00"] }, $"{Releases}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"{Releases}/{id}?handler=Unschedule", [], $"{Releases}/{id}")).StatusCode);
        clock.Advance(new DateTimeOffset(2030, 6, 2, 0, 0, 0, TimeSpan.Zero) - clock.GetUtcNow());
        Assert.Equal(0, await site.Services.GetRequiredService<ScheduleRunner>().RunDueAsync());
        Assert.Equal(0, await PublishedCountAsync(drafts.Select(d => d.Slug)));

        // Years later by the test's clock: the editor's sign-in has ended, so an administrator sends it out.
        var admin = await AdminAsync(site);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"{Releases}/{id}?handler=Publish", [], $"{Releases}/{id}")).StatusCode);
        var reader = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/news/{drafts[0].Slug}")).StatusCode);
        var second = await reader.GetStringAsync($"/news/{drafts[1].Slug}");
        Assert.Contains("首发第2篇的正文。", second);
        Assert.DoesNotContain("保存在加入批次之后的正文。", second);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{drafts[2].Slug}")).StatusCode);
    }

    [Fact]
    public async Task AReleaseWithADocumentThatCannotGoOut_PublishesNothing_AndSaysWhy()
    {
        var admin = await AdminAsync(site);
        var editor = await admin.CreateAccountAsync("Editor");
        var drafts = await DraftsAsync(editor, 3);
        var id = await NewReleaseAsync(editor, "有问题的批次", drafts.Select(d => d.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"/backoffice/content/news/{drafts[1].Id}?handler=Delete", [], $"/backoffice/content/news/{drafts[1].Id}")).StatusCode);

        await editor.PostAsync($"{Releases}/{id}?handler=Publish", [], $"{Releases}/{id}");
        Assert.Contains("is in the recycle bin", (await editor.GetAsync($"{Releases}/{id}")).Html);
        Assert.Equal(0, await PublishedCountAsync(drafts.Select(d => d.Slug)));

        // At its time the same: nothing goes out, the schedule is lifted, the page says why.
        await editor.PostAsync($"{Releases}/{id}?handler=Schedule", new() { ["at"] = ["2030-07-01T08:00"] }, $"{Releases}/{id}");
        clock.Advance(new DateTimeOffset(2030, 7, 1, 1, 0, 0, TimeSpan.Zero) - clock.GetUtcNow());
        await site.Services.GetRequiredService<ScheduleRunner>().RunDueAsync();
        Assert.Equal(0, await PublishedCountAsync(drafts.Select(d => d.Slug)));
        var (_, page) = await (await AdminAsync(site)).GetAsync($"{Releases}/{id}");
        Assert.Contains("Not published at its time", page);
        Assert.Contains("Waiting: it goes out when someone publishes or schedules it.", page);
    }

    [Fact]
    public async Task WritersHaveNoReleases_AndALimitedEditorAddsOnlyTheirTypes()
    {
        var admin = await AdminAsync(site);
        var writer = await admin.CreateAccountAsync("Writer");
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.GetAsync(Releases)).Status);
        var drafts = await DraftsAsync(admin, 1);
        var brandsOnly = await admin.CreateAccountAsync("Editor", "brand");
        var id = await NewReleaseAsync(brandsOnly, "品牌批次", []);
        Assert.DoesNotContain($"value=\"{drafts[0].Id}\"", (await brandsOnly.GetAsync($"{Releases}/{id}")).Html);
        Assert.Equal(HttpStatusCode.Forbidden, (await brandsOnly.PostAsync($"{Releases}/{id}?handler=Add", new() { ["document"] = [$"{drafts[0].Id}"] }, $"{Releases}/{id}")).StatusCode);
        // A release holding news: the brand editor may not send it out.
        var news = await NewReleaseAsync(admin, "新闻批次", drafts.Select(d => d.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await brandsOnly.PostAsync($"{Releases}/{news}?handler=Publish", [], $"{Releases}/{news}")).StatusCode);
        Assert.Equal(0, await PublishedCountAsync(drafts.Select(d => d.Slug)));
    }

    [Fact]
    public async Task BadInput_GetsAMessage_NeverAnError()
    {
        var editor = await (await AdminAsync(site)).CreateAccountAsync("Editor");
        var empty = await editor.PostAsync(Releases, new() { ["name"] = ["  "] });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Give the release a name", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.PostAsync(Releases, new() { ["name"] = [new string('批', 121)] })).StatusCode);
        var id = await NewReleaseAsync(editor, "输入检查", []);
        foreach (var (at, message) in new[] { ("", "Give the time as a date and time"), ("tomorrow", "Give the time as a date and time"),
                     ("2020-01-01T09:00", "The time must be in the future"), ("9999-99-99T99:99", "Give the time as a date and time"), ("2030-01-01T09:00", "The release is empty") })
        {
            var answer = await editor.PostAsync($"{Releases}/{id}?handler=Schedule", new() { ["at"] = [at] }, $"{Releases}/{id}");
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.Contains(message, WebUtility.HtmlDecode((await editor.GetAsync($"{Releases}/{id}")).Html));
        }
        await editor.PostAsync($"{Releases}/{id}?handler=Publish", [], $"{Releases}/{id}");
        Assert.Contains("The release is empty", WebUtility.HtmlDecode((await editor.GetAsync($"{Releases}/{id}")).Html));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"{Releases}/{id}?handler=Add", new() { ["document"] = ["999999"] }, $"{Releases}/{id}")).StatusCode);
        Assert.Contains("That document does not exist.", (await editor.GetAsync($"{Releases}/{id}")).Html);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"{Releases}/{id}?handler=Add", new() { ["document"] = ["not-a-number"] }, $"{Releases}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"{Releases}/999999")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.PostAsync($"{Releases}/999999?handler=Publish", [], Releases)).StatusCode);
    }
}

public sealed class SqliteReleaseTests() : ReleaseTests(clock => new ClockedSite(clock));

public sealed class PostgresReleaseTests() : ReleaseTests(clock => new ClockedPostgresSite(clock));
