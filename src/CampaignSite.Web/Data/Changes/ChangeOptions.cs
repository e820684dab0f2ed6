namespace CampaignSite.Data.Changes;

/// <summary>CampaignSite:Changes: how each process follows the change log.</summary>
public sealed class ChangeOptions
{
    public const string Section = "CampaignSite:Changes";

    /// <summary>How often a process reads the log; on PostgreSQL a NOTIFY wakes it sooner.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long rows are kept; a process that was away longer drops all it derived and starts again.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
