using CampaignSite.Data.Changes;
using Microsoft.AspNetCore.OutputCaching;

namespace CampaignSite.Content.Delivery;

/// <summary>
/// Public pages, feeds, the sitemap and API answers are output-cached under one tag, evicted on every
/// change the log records, whichever process made it.
/// </summary>
public sealed class PublishedCache(IOutputCacheStore store) : IChangeHandler
{
    public const string Policy = "pages";
    public const string Tag = "published-content";

    public Task ApplyAsync(IReadOnlyList<ChangeRecord> changes, CancellationToken ct) => store.EvictByTagAsync(Tag, ct).AsTask();

    public Task ResetAsync(CancellationToken ct) => store.EvictByTagAsync(Tag, ct).AsTask();
}
