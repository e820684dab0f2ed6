namespace CampaignSite.Backoffice.Security;

/// <summary>The password policy in words, shown next to every password input.</summary>
public static class PasswordRules
{
    public static string Describe(BackofficeOptions options) =>
        $"At least {options.PasswordLength} characters, with a digit, a lower-case and an upper-case letter. 至少 {options.PasswordLength} 位，含数字、大小写字母。";
}
