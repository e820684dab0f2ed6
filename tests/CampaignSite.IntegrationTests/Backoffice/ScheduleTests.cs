using System.Net;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>A clock the test moves forward: the site's TimeProvider, so schedules fall due without rewriting the database.</summary>
public sealed class TestClock : TimeProvider
{
    TimeSpan ahead;
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + ahead;
    public void Advance(TimeSpan by) => ahead += by;
}

/// <summary>Schedules as an editor sets them, in China Standard Time, run by the lease holder only, once, at their time and not before.</summary>
public abstract class ScheduleTests : IDisposable
{
    readonly TestClock clock = new();
    readonly SiteFactory site;
    protected ScheduleTests(Func<TestClock, SiteFactory> create) => site = create(clock);
    public void Dispose() => site.Dispose();

    async Task<int> AuditRunsAsync(int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Audit.CountAsync(a => a.DocumentId == id && a.Action == "schedule.run");
    }

    async Task<(int Id, string Slug)> PublishedNewsAsync(EditorSession admin)
    {
        var slug = "schedule-" + Guid.NewGuid().ToString("N")[..8];
        return (DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Publish", News("定时下线测试", "定时下线的正文。", slug))), slug);
    }

    [Fact]
    public async Task AScheduledUnpublish_RunsAtTheChinaTimeTyped_NotBefore_AndOnce()
    {
        var admin = await AdminAsync(site);
        var reader = site.CreateClient(new() { AllowAutoRedirect = false });
        var (id, slug) = await PublishedNewsAsync(admin);
        // 2030-03-01 09:30 in Beijing is 01:30 UTC.
        var form = $"/backoffice/content/news/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"{form}?handler=Schedule", new() { ["action"] = ["unpublish"], ["at"] = ["2030-03-01T09:30"] }, form)).StatusCode);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var schedule = await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Schedules.SingleAsync(s => s.DocumentId == id);
            Assert.Equal(new DateTime(2030, 3, 1, 1, 30, 0, DateTimeKind.Utc), DateTime.SpecifyKind(schedule.DueUtc, DateTimeKind.Utc));
            Assert.Equal(ScheduleAction.Unpublish, schedule.Action);
        }

        var runner = site.Services.GetRequiredService<ScheduleRunner>();
        clock.Advance(new DateTimeOffset(2030, 3, 1, 1, 29, 0, TimeSpan.Zero) - clock.GetUtcNow());
        Assert.Equal(0, await runner.RunDueAsync());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/news/{slug}")).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await runner.RunDueAsync());
        Assert.Equal(0, await runner.RunDueAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/news/{slug}")).StatusCode);
        Assert.Equal(1, await AuditRunsAsync(id));
        await using (var scope = site.Services.CreateAsyncScope())
            Assert.Equal("unpublished", (await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Schedules.SingleAsync(s => s.DocumentId == id)).Outcome);
    }

    [Fact]
    public async Task OnlyTheLeaseHolder_Runs_UntilItsLeaseExpires_ThenAnotherTakesOver()
    {
        var admin = await AdminAsync(site);
        var holder = site.Services.GetRequiredService<ScheduleRunner>();
        var other = ActivatorUtilities.CreateInstance<ScheduleRunner>(site.Services);
        await holder.RunDueAsync(); // takes the lease (nothing due yet)

        var (id, slug) = await PublishedNewsAsync(admin);
        var form = $"/backoffice/content/news/{id}";
        var at = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).AddMinutes(2).ToString("yyyy-MM-ddTHH:mm");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"{form}?handler=Schedule", new() { ["action"] = ["unpublish"], ["at"] = [at] }, form)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(3));

        // The holder is alive (its lease runs four intervals): the other runner finds work but may not touch it.
        Assert.Equal(0, await other.RunDueAsync());
        Assert.Equal(0, await AuditRunsAsync(id));

        // The holder "crashes": it never renews. Past its lease, the other runner takes over and runs the schedule once.
        clock.Advance(TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await other.RunDueAsync());
        Assert.Equal(0, await holder.RunDueAsync());
        Assert.Equal(1, await AuditRunsAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync($"/news/{slug}")).StatusCode);
    }
}

public sealed class SqliteScheduleTests() : ScheduleTests(clock => new ClockedSite(clock));

public sealed class PostgresScheduleTests() : ScheduleTests(clock => new ClockedPostgresSite(clock));

/// <summary>A site whose clock the test moves.</summary>
public sealed class ClockedSite(TestClock clock) : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
    }
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class ClockedPostgresSite(TestClock clock) : PostgresSiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
    }
}
