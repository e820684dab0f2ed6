using CampaignSite.Data;
using CampaignSite.Media.Imaging;
using CampaignSite.Media.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Media;

/// <summary>
/// At start (after the database is ready): checks that the media store can be reached (or says
/// clearly why not), decides once whether the image pipeline works, and records width and height of
/// library images that have none yet (imported covers), from their headers.
/// </summary>
sealed class MediaStartup(IServiceProvider services, IMediaStore store, ImagePipeline pipeline, MediaOptions options, ILogger<MediaStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await store.EnsureReachableAsync(ct);
        if (!pipeline.Available) return;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var rows = await db.Media.Where(m => m.Kind == MediaKind.Image && m.Width == null).ToListAsync(ct);
        foreach (var row in rows)
        {
            try
            {
                if (await store.LocalFileAsync(MediaPath.FileName(row.Path), row.Sha256, ct) is { } file)
                    (row.Width, row.Height) = ImageProcessor.DisplaySize(file, options.MaxPixels);
            }
            catch (Exception e) when (e is VipsException or IOException or MediaStoreUnavailableException) { logger.LogWarning("Cannot read the size of {Path}: {Message}", row.Path, e.Message); }
        }
        if (rows.Count > 0) await db.SaveChangesAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
