namespace CampaignSite.Backoffice;

/// <summary>CampaignSite:Backoffice: sign-in rules and the scheduler.</summary>
public sealed class BackofficeOptions
{
    public const string Section = "CampaignSite:Backoffice";

    /// <summary>How often the scheduler looks for due publishes and unpublishes.</summary>
    public TimeSpan ScheduleInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Wrong passwords in a row for one e-mail before each further try waits (2 s, then twice as long each time).</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>Wrong passwords in a row from one client address before its tries wait; higher, since an office shares an address.</summary>
    public int MaxFailedSignInsPerAddress { get; set; } = 20;

    /// <summary>The longest wait after wrong passwords, the temporary block; counts are forgotten this long after the wait ends.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Minimum password length; passwords also need a digit, a lower- and an upper-case letter.</summary>
    public int PasswordLength { get; set; } = 10;
}
