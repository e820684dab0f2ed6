namespace CampaignSite.Content.Publishing;

/// <summary>Told after a transaction that changed published content has committed.</summary>
public interface IPublishedContentHandler
{
    Task ContentPublishedAsync(CancellationToken ct);
}

/// <summary>
/// Runs the handlers registered for published changes, after the commit (the output cache of
/// pages, feeds and API answers is one; the search index changes inside the transaction, as an
/// <see cref="IPublishStep"/>). Registered explicitly, never scanned.
/// </summary>
public sealed class ContentEvents(IEnumerable<IPublishedContentHandler> handlers)
{
    public async Task PublishedAsync(CancellationToken ct = default)
    {
        foreach (var handler in handlers) await handler.ContentPublishedAsync(ct);
    }
}
