using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Content.Webhooks;

/// <summary>
/// At start: the endpoints in CampaignSite:Webhooks exist in the database as configured (configuration wins
/// over edits in the backoffice), and configured endpoints that left the configuration are removed.
/// </summary>
public sealed class WebhookSeeder(IServiceProvider services, IConfiguration configuration, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var configured = WebhookOptions.Endpoints(configuration);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var existing = await db.Webhooks.ToListAsync(ct);
        foreach (var gone in existing.Where(w => w.FromConfiguration && configured.All(c => c.Name != w.Name))) db.Webhooks.Remove(gone);
        foreach (var c in configured)
        {
            var row = existing.FirstOrDefault(w => w.Name == c.Name);
            if (row is null)
                db.Webhooks.Add(row = new WebhookRecord { Name = c.Name, Url = c.Url, Secret = c.Secret, Events = c.Events, CreatedUtc = clock.GetUtcNow().UtcDateTime });
            (row.Url, row.Secret, row.Events, row.FromConfiguration) = (c.Url, c.Secret, string.Join(',', WebhookEvents.Parse(c.Events)), true);
        }
        await db.SaveChangesAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
