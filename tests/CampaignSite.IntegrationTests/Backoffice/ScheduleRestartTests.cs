using System.Net;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>A schedule that falls due while the site is down runs when it starts again, by the background service.</summary>
public abstract class ScheduleRestartTests
{
    /// <summary>The background service ticks every second on the restarted site.</summary>
    protected static Dictionary<string, string?> Ticking => new() { ["CampaignSite:Backoffice:ScheduleInterval"] = "00:00:01" };

    /// <summary>The first site, keeping its database when it stops.</summary>
    protected abstract SiteFactory First();
    /// <summary>The site started again on the first one's database.</summary>
    protected abstract SiteFactory Again(SiteFactory first);

    [Fact]
    public async Task ScheduleDueWhileDown_RunsAfterRestart()
    {
        var slug = "restart-" + Guid.NewGuid().ToString("N")[..6];
        var first = First();
        using (first)
        {
            var admin = await AdminAsync(first);
            var id = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Save", News("重启后发布", "重启后的正文。", slug)));
            var form = $"/backoffice/content/news/{id}";
            var at = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddMinutes(5).ToString("yyyy-MM-ddTHH:mm");
            await admin.PostAsync($"{form}?handler=Schedule", new() { ["action"] = ["publish"], ["at"] = [at] }, form);
            await using var scope = first.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
            Assert.Equal(1, await db.Schedules.CountAsync(s => s.DocumentId == id && s.DoneUtc == null));
            // The site stops; meanwhile the moment passes.
            await db.Schedules.Where(s => s.DocumentId == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.DueUtc, DateTime.UtcNow.AddMinutes(-1)));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        using var second = Again(first);
        var reader = second.CreateClient(new() { AllowAutoRedirect = false });
        var status = HttpStatusCode.NotFound;
        for (var i = 0; i < 100 && status != HttpStatusCode.OK; i++)
        {
            status = (await reader.GetAsync($"/news/{slug}")).StatusCode;
            if (status != HttpStatusCode.OK) await Task.Delay(100);
        }
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("重启后的正文。", await reader.GetStringAsync($"/news/{slug}"));
        // Ran once, though the background service has ticked many times since.
        await Task.Delay(2500);
        await using var check = second.Services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var document = await checkDb.Documents.SingleAsync(d => d.Slug == slug);
        Assert.Equal(1, await checkDb.Audit.CountAsync(a => a.DocumentId == document.Id && a.Action == "schedule.run"));
    }
}

public sealed class SqliteScheduleRestartTests : ScheduleRestartTests
{
    sealed class RestartedSite(string dataPath) : SiteFactory(dataPath)
    {
        protected override Dictionary<string, string?> Settings => Ticking;
    }

    protected override SiteFactory First() => new SiteFactory { KeepData = true };
    protected override SiteFactory Again(SiteFactory first) => new RestartedSite(first.DataPath);
}

public sealed class PostgresScheduleRestartTests : ScheduleRestartTests
{
    sealed class RestartedSite(string connection) : PostgresSiteFactory(connection)
    {
        protected override Dictionary<string, string?> Extra => Ticking;
    }

    protected override SiteFactory First() => new PostgresSiteFactory { KeepDatabase = true };
    protected override SiteFactory Again(SiteFactory first) => new RestartedSite(((PostgresSiteFactory)first).ConnectionString);
}
