namespace CampaignSite.Content.Publishing;

/// <summary>Told after a transaction that changed published content has committed.</summary>
public interface IPublishedContentHandler
{
    Task ContentPublishedAsync(CancellationToken ct);
}

/// <summary>
/// Runs the handlers capabilities registered for published changes (the site's output
/// cache; later search, feeds). Registered explicitly by each capability, never scanned.
/// </summary>
public sealed class ContentEvents(IEnumerable<IPublishedContentHandler> handlers)
{
    public async Task PublishedAsync(CancellationToken ct = default)
    {
        foreach (var handler in handlers) await handler.ContentPublishedAsync(ct);
    }
}
