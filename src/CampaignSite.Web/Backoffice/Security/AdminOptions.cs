namespace CampaignSite.Backoffice.Security;

/// <summary>CampaignSite:Admin: the first administrator, created at start when no account exists.</summary>
public sealed class AdminOptions
{
    public const string Section = "CampaignSite:Admin";
    public string? Email { get; set; }
    public string? Password { get; set; }
}
