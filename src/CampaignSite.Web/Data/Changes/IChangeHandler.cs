namespace CampaignSite.Data.Changes;

/// <summary>
/// Something a process keeps that is derived from published content or media (the output cache, the
/// media catalog): told of each change the log records, once or more (applying twice is harmless).
/// Registered explicitly by the capability that owns it.
/// </summary>
public interface IChangeHandler
{
    Task ApplyAsync(IReadOnlyList<ChangeRecord> changes, CancellationToken ct);

    /// <summary>Drop everything: the process may have missed changes (it was away longer than the log keeps them).</summary>
    Task ResetAsync(CancellationToken ct);
}
