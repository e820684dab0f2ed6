using CampaignSite.Content.Publishing;
using Microsoft.AspNetCore.OutputCaching;

namespace CampaignSite.Content.Delivery;

/// <summary>Public pages are output-cached under one tag and evicted whenever published content changes.</summary>
public sealed class PublishedCache(IOutputCacheStore store) : IPublishedContentHandler
{
    public const string Policy = "pages";
    public const string Tag = "published-content";

    public Task ContentPublishedAsync(CancellationToken ct) => store.EvictByTagAsync(Tag, ct).AsTask();
}
