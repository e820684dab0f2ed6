using System.Security.Cryptography;
using System.Text;
using CampaignSite.Content.Partners;

namespace CampaignSite.Tests.Content.Partners;

public class PartnerKeysTests
{
    [Fact]
    public void ANewKey_IsLongRandomAndUrlSafe()
    {
        var (one, two) = (PartnerKeys.New(), PartnerKeys.New());
        Assert.NotEqual(one, two);
        Assert.Matches("^csk_[A-Za-z0-9_-]{43}$", one);
    }

    [Fact]
    public void TheHash_IsLowerCaseHexSha256()
    {
        Assert.Equal(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("csk_x"))).ToLowerInvariant(), PartnerKeys.Hash("csk_x"));
        Assert.Matches("^[0-9a-f]{64}$", PartnerKeys.Hash("anything"));
    }

    [Theory]
    [InlineData("csk_abcdefghijklmnopqrstuvwxyz", "csk_abcd")]
    [InlineData("short-key-12", "shor")]
    public void TheHint_ShowsAtMostEightCharactersAndAThird(string key, string hint) => Assert.Equal(hint, PartnerKeys.Hint(key));

    [Theory]
    [InlineData("content:preview, content:read", "content:read content:preview", null)]
    [InlineData("content:read", "content:read", null)]
    [InlineData("", "", null)]
    [InlineData("content:read content:write", "content:read", "content:write")]
    public void Scopes_AreReadApartByCommasOrSpaces_InOneOrder(string written, string scopes, string? unknown) =>
        Assert.Equal((scopes, unknown), PartnerScopes.Normalize([written]));
}
