using System.Net;
using CampaignSite.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>Settings of a site with no configured administrator: the first visitor creates one on the setup page.</summary>
static class NoAdmin
{
    public static Dictionary<string, string?> Settings => new() { ["CampaignSite:Admin:Email"] = "", ["CampaignSite:Admin:Password"] = "" };
}

public sealed class SqliteNoAdminSite : SiteFactory { protected override Dictionary<string, string?> Settings => NoAdmin.Settings; }
public sealed class PostgresNoAdminSite : PostgresSiteFactory { protected override Dictionary<string, string?> Extra => NoAdmin.Settings; }

/// <summary>A site with no configured administrator: the first visitor creates one on the setup page, and only once.</summary>
public abstract class SetupTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    [Fact]
    public async Task FirstRun_SetupCreatesTheAdministrator_ThenCloses()
    {
        var visitor = new EditorSession(site);
        var login = await visitor.Client.GetAsync("/backoffice/login");
        Assert.Equal("/backoffice/setup", login.Headers.Location?.ToString());

        var weak = await visitor.PostAsync("/backoffice/setup", new() { ["email"] = ["first@campaign.test"], ["password"] = ["short"], ["confirm"] = ["short"] });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("at least", await weak.Content.ReadAsStringAsync());

        var created = await visitor.PostAsync("/backoffice/setup", new() { ["email"] = ["first@campaign.test"], ["name"] = ["第一位"], ["password"] = ["First-Passw0rd"], ["confirm"] = ["First-Passw0rd"] });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/backoffice/accounts")).Status);

        var late = new EditorSession(site);
        Assert.Equal("/backoffice/login", (await late.Client.GetAsync("/backoffice/setup")).Headers.Location?.ToString());
        // A well-formed form with a valid token (the setup page no longer shows one, the sign-in page does):
        // only the "an account exists" guard stands between it and a second administrator.
        var again = await late.PostAsync("/backoffice/setup", new() { ["email"] = ["second@campaign.test"], ["password"] = ["Second-Passw0rd"], ["confirm"] = ["Second-Passw0rd"] }, "/backoffice/login");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("The first administrator exists already", await again.Content.ReadAsStringAsync());
        using var scope = site.Services.CreateScope();
        Assert.Equal(["first@campaign.test"], scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Users.Select(u => u.Email).ToList());
    }

    [Fact]
    public async Task TwoSetupFormsAtOnce_MakeExactlyOneAdministrator()
    {
        await using var fresh = (TSite)Activator.CreateInstance(typeof(TSite))!;
        var first = new EditorSession(fresh);
        var second = new EditorSession(fresh);
        // Both forms are read while no account exists, with their own valid tokens, then sent together.
        var tokens = await Task.WhenAll(first.TokenAsync("/backoffice/setup"), second.TokenAsync("/backoffice/setup"));
        Assert.All(tokens, Assert.NotNull);
        static FormUrlEncodedContent Form(string email, string token) => new(
            [new("email", email), new("password", "First-Passw0rd"), new("confirm", "First-Passw0rd"), new("__RequestVerificationToken", token)]);
        var answers = await Task.WhenAll(
            first.Client.PostAsync("/backoffice/setup", Form("one@campaign.test", tokens[0]!)),
            second.Client.PostAsync("/backoffice/setup", Form("two@campaign.test", tokens[1]!)));

        await using (var scope = fresh.Services.CreateAsyncScope())
            Assert.Equal(1, scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Users.Count());
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect && a.Headers.Location?.ToString() == "/backoffice");
        var refused = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        var text = await refused.Content.ReadAsStringAsync();
        Assert.True(text.Contains("Someone else is creating the first administrator") || text.Contains("The first administrator exists already"), text);
    }
}

public sealed class SqliteSetupTests(SqliteNoAdminSite site) : SetupTests<SqliteNoAdminSite>(site);

public sealed class PostgresSetupTests(PostgresNoAdminSite site) : SetupTests<PostgresNoAdminSite>(site);
