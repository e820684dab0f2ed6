namespace CampaignSite.Backoffice;

/// <summary>CampaignSite:Backoffice: sign-in rules and the scheduler.</summary>
public sealed class BackofficeOptions
{
    public const string Section = "CampaignSite:Backoffice";

    /// <summary>How often the scheduler looks for due publishes and unpublishes.</summary>
    public TimeSpan ScheduleInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Wrong passwords in a row before an account is locked.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Minimum password length; passwords also need a digit, a lower- and an upper-case letter.</summary>
    public int PasswordLength { get; set; } = 10;
}
