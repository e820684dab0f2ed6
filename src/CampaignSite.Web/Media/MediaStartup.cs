using CampaignSite.Data;
using CampaignSite.Media.Imaging;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Media;

/// <summary>
/// At start (after the database is ready): decides once whether the image pipeline works, and
/// records width and height of library images that have none yet (imported covers), from their headers.
/// </summary>
sealed class MediaStartup(IServiceProvider services, ImagePipeline pipeline, MediaOptions options, ILogger<MediaStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (!pipeline.Available) return;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var catalog = scope.ServiceProvider.GetRequiredService<MediaCatalog>();
        var rows = await db.Media.Where(m => m.Kind == MediaKind.Image && m.Width == null).ToListAsync(ct);
        foreach (var row in rows)
        {
            var file = Path.Combine(catalog.Folder, MediaPath.FileName(row.Path));
            try { (row.Width, row.Height) = ImageProcessor.DisplaySize(file, options.MaxPixels); }
            catch (Exception e) when (e is VipsException or IOException) { logger.LogWarning("Cannot read the size of {Path}: {Message}", row.Path, e.Message); }
        }
        if (rows.Count > 0) await db.SaveChangesAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
