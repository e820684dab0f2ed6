using System.Text;
using CampaignSite.Content.Publishing;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Search;

/// <summary>
/// Runs an index rebuild in the background for the backoffice and keeps its progress line, one
/// rebuild at a time per node (the rebuild is one transaction, so readers never see a half index).
/// </summary>
public sealed class SearchRebuilds(IServiceProvider services, TimeProvider clock, ILogger<SearchRebuilds> logger) : IDerivedIndex
{
    readonly Lock gate = new();
    public bool Running { get; private set; }
    public string? Progress { get; private set; }
    public DateTime? FinishedUtc { get; private set; }

    /// <summary>Starts a rebuild; false when one is already running.</summary>
    public bool TryStart()
    {
        lock (gate)
        {
            if (Running) return false;
            (Running, Progress) = (true, "starting");
        }
        _ = Task.Run(RunAsync);
        return true;
    }

    public async Task<(int Published, int Indexed)> CountAsync(CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        return (await db.Published.CountAsync(p => !p.IsFallback, ct), await scope.ServiceProvider.GetRequiredService<ISearchIndex>().CountAsync(db, ct));
    }

    public async Task RebuildAsync(TextWriter log, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(log, ct);
    }

    async Task RunAsync()
    {
        try
        {
            await RebuildAsync(new ProgressWriter(line => Progress = line));
        }
        catch (Exception e)
        {
            logger.LogError(e, "Rebuilding the search index failed");
            Progress = "failed: " + e.Message + " (the previous index is unchanged)";
        }
        finally
        {
            FinishedUtc = clock.GetUtcNow().UtcDateTime;
            Running = false;
        }
    }

    sealed class ProgressWriter(Action<string> line) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
        public override void WriteLine(string? value) => line((value ?? "").Trim());
    }
}
