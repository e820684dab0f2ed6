using CampaignSite.Api;

namespace CampaignSite.Tests.Api;

public class PartnerSettingsTests
{
    static string? Problem(params (string Name, string? Key, string Scopes, int PerMinute)[] partners)
    {
        var settings = new PartnerSettings();
        foreach (var p in partners) settings[p.Name] = new PartnerSetting { Key = p.Key, Scopes = p.Scopes, RequestsPerMinute = p.PerMinute };
        return settings.Problem();
    }

    [Fact]
    public void GoodSettings_HaveNoProblem() =>
        Assert.Null(Problem(("tv", "tv-key-0123456789", "content:read,content:preview", 600), ("radio", "radio-key-0123456789", "content:read", 1)));

    [Fact]
    public void TheSameKeyTwice_IsAProblem() =>
        Assert.Equal("CampaignSite:Partners:tv and CampaignSite:Partners:radio have the same key; give each partner its own.",
            Problem(("tv", "one-key-0123456789", "content:read", 600), ("radio", "one-key-0123456789", "content:read", 600)));

    [Fact]
    public void AnEmptyKey_IsAProblem() =>
        Assert.Equal("CampaignSite:Partners:tv:Key is empty; set the key this partner sends.", Problem(("tv", " ", "content:read", 600)));
}
