using CampaignSite.Content.Webhooks;

namespace CampaignSite.Tests.Content.Webhooks;

public class WebhookSecretsTests
{
    /// <summary>The example in the Standard Webhooks specification: its secret, id, timestamp and payload give its signature.</summary>
    [Fact]
    public void Signature_MatchesTheSpecificationsExample()
    {
        var signature = WebhookSecrets.Signature("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Fact]
    public void ASecretWithoutThePrefix_IsItsUtf8Bytes()
    {
        Assert.Equal("plain-secret-of-the-desk"u8.ToArray(), WebhookSecrets.Key("plain-secret-of-the-desk"));
        Assert.NotEqual(WebhookSecrets.Signature("plain-secret-of-the-desk", "m", 1, "{}"), WebhookSecrets.Signature("plain-secret-of-the-desK", "m", 1, "{}"));
    }

    [Theory]
    [InlineData("short", "at least 16 characters")]
    [InlineData("whsec_not base64!", "base64")]
    [InlineData("whsec_c2hvcnQ=", "at least 16 bytes")]
    public void ABadSecret_IsNamed(string secret, string problem) => Assert.Contains(problem, WebhookSecrets.Problem(secret));

    [Fact]
    public void ANewSecret_IsInTheSpecificationsForm() => Assert.Null(WebhookSecrets.Problem(WebhookSecrets.Create()));
}
