using System.Net;
using CampaignSite.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>Two first visitors sending the setup form at the same moment: one administrator is made, the other hears why not.</summary>
public sealed class SetupRaceTests : IClassFixture<SetupTests.NoAdminSite>
{
    readonly SetupTests.NoAdminSite site;
    public SetupRaceTests(SetupTests.NoAdminSite site) => this.site = site;

    [Fact]
    public async Task TwoSetupFormsAtOnce_MakeExactlyOneAdministrator()
    {
        var first = new EditorSession(site);
        var second = new EditorSession(site);
        // Both forms are read while no account exists, with their own valid tokens, then sent together.
        var tokens = await Task.WhenAll(first.TokenAsync("/backoffice/setup"), second.TokenAsync("/backoffice/setup"));
        Assert.All(tokens, Assert.NotNull);
        static FormUrlEncodedContent Form(string email, string token) => new(
            [new("email", email), new("password", "First-Passw0rd"), new("confirm", "First-Passw0rd"), new("__RequestVerificationToken", token)]);
        var answers = await Task.WhenAll(
            first.Client.PostAsync("/backoffice/setup", Form("one@campaign.test", tokens[0]!)),
            second.Client.PostAsync("/backoffice/setup", Form("two@campaign.test", tokens[1]!)));

        await using (var scope = site.Services.CreateAsyncScope())
            Assert.Equal(1, scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Users.Count());
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect && a.Headers.Location?.ToString() == "/backoffice");
        var refused = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        var text = await refused.Content.ReadAsStringAsync();
        Assert.True(text.Contains("Someone else is creating the first administrator") || text.Contains("The first administrator exists already"), text);
    }
}
