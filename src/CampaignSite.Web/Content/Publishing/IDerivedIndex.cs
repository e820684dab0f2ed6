namespace CampaignSite.Content.Publishing;

/// <summary>
/// An index derived from the published content (the search index) that the backoffice and the
/// reindex verb rebuild without knowing which capability owns it.
/// </summary>
public interface IDerivedIndex
{
    /// <summary>How many documents are published, and how many the index holds.</summary>
    Task<(int Published, int Indexed)> CountAsync(CancellationToken ct = default);

    bool Running { get; }
    /// <summary>The last progress line of the running or last rebuild.</summary>
    string? Progress { get; }
    DateTime? FinishedUtc { get; }

    /// <summary>Starts a rebuild in the background; false when one is already running.</summary>
    bool TryStart();

    /// <summary>Rebuilds now, writing progress lines to <paramref name="log"/>; false (with the reason written) when it cannot.</summary>
    Task<bool> RebuildAsync(TextWriter log, CancellationToken ct = default);
}
