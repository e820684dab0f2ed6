namespace CampaignSite.Feeds;

/// <summary>The hub's address, the one place it is spelled.</summary>
public static class WebSubPaths
{
    public const string Hub = "/websub";
}

/// <summary>The CampaignSite:WebSub section: the hub that pushes every feed to its subscribers.</summary>
public sealed class WebSubOptions
{
    public const string Section = "CampaignSite:WebSub";

    /// <summary>Lets callbacks be on loopback or private networks (a subscriber on the same machine); off by default.</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>The wait before the first retry of a failed push; each further retry waits twice as long, for up to 24 hours.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The lease a subscription gets when it asks for none; and the longest it may have.</summary>
    public int DefaultLeaseSeconds { get; set; } = 10 * 24 * 3600;
    public int MaxLeaseSeconds { get; set; } = 30 * 24 * 3600;

    public string? Problem() =>
        RetryDelay <= TimeSpan.Zero ? $"{Section}:RetryDelay must be a positive time span such as 00:00:10."
        : DefaultLeaseSeconds < 1 || MaxLeaseSeconds < DefaultLeaseSeconds ? $"{Section}: DefaultLeaseSeconds must be positive and MaxLeaseSeconds at least as long."
        : null;
}
