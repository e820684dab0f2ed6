using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>
/// Guessing passwords: an unknown e-mail answers as a wrong password does, wrong passwords make the
/// next tries wait instead of locking the account, and an administrator lifts the wait.
/// </summary>
public abstract class SignInTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{

    const string Password = "Passw0rd-Long";

    static Dictionary<string, string[]> Form(string email, string password) => new() { ["email"] = [email], ["password"] = [password] };

    /// <summary>The answer's alert, with the e-mail (echoed in the form) taken out, so two answers compare as text.</summary>
    static async Task<string> TextAsync(HttpResponseMessage response, string email)
    {
        var html = await response.Content.ReadAsStringAsync();
        return Regex.Match(html, "role=\"alert\" id=\"login-error\">([^<]*)<").Groups[1].Value.Replace(email, "EMAIL");
    }

    async Task<string> NewWriterAsync()
    {
        var writer = await (await EditorSession.AdminAsync(site)).CreateAccountAsync("Writer");
        var (_, html) = await writer.GetAsync("/backoffice");
        return Regex.Match(html, @"Signed in as ([^ ]+@campaign\.test)").Groups[1].Value;
    }

    [Fact]
    public async Task AnUnknownEmail_AnswersLikeAWrongPassword_InStatusTextAndTime()
    {
        var known = await NewWriterAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}"[..20] + "@campaign.test";
        var session = new EditorSession(site);
        var wrong = await session.PostAsync("/backoffice/login", Form(known, "Wrong-Passw0rd"));
        var missing = await session.PostAsync("/backoffice/login", Form(unknown, "Wrong-Passw0rd"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(wrong.StatusCode, missing.StatusCode);
        Assert.StartsWith("The e-mail or password is not right.", await TextAsync(wrong, known));
        Assert.Equal(await TextAsync(wrong, known), await TextAsync(missing, unknown));

        // Both hash a password: an unknown e-mail that skipped the hashing would answer in a fraction of the time.
        async Task<double> MedianAsync(Func<int, string> email)
        {
            var times = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                var token = await session.TokenAsync("/backoffice/login");
                var started = Stopwatch.GetTimestamp();
                await session.Client.PostAsync("/backoffice/login", new FormUrlEncodedContent(
                    [new("email", email(i)), new("password", "Wrong-Passw0rd"), new("__RequestVerificationToken", token!)]));
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return times.Order().ElementAt(1);
        }
        var knownMs = await MedianAsync(_ => known);
        var unknownMs = await MedianAsync(i => $"nobody-{i}-{Guid.NewGuid():N}"[..20] + "@campaign.test");
        Assert.True(unknownMs > knownMs / 2, $"an unknown e-mail answered in {unknownMs:0} ms, a known one in {knownMs:0} ms");
    }

    [Fact]
    public async Task WrongPasswords_MakeTheNextTryWait_TheAccountIsNeverLocked_AndTheRightPasswordWorksAfterTheWait()
    {
        var email = await NewWriterAsync();
        var stranger = new EditorSession(site);
        HttpResponseMessage wrong = null!;
        for (var i = 0; i < 5; i++)
        {
            wrong = await stranger.PostAsync("/backoffice/login", Form(email, "Wrong-Passw0rd"));
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        // The fifth wrong password (MaxFailedSignIns) starts a wait of 2 seconds.
        Assert.Contains("Wait 2 seconds before the next try.", await TextAsync(wrong, email));
        Assert.Equal(TimeSpan.FromSeconds(2), wrong.Headers.RetryAfter!.Delta);

        var owner = new EditorSession(site);
        var early = await owner.PostAsync("/backoffice/login", Form(email, Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, early.StatusCode);
        Assert.StartsWith("Too many wrong passwords for this e-mail or from your address: try again in", await TextAsync(early, email));
        Assert.InRange(early.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 2);
        // The same wait for an e-mail no account has would say nothing else.
        var unknown = $"gone-{Guid.NewGuid():N}"[..16] + "@campaign.test";
        for (var i = 0; i < 5; i++) await stranger.PostAsync("/backoffice/login", Form(unknown, "Wrong-Passw0rd"));
        var unknownEarly = await stranger.PostAsync("/backoffice/login", Form(unknown, Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, unknownEarly.StatusCode);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Users.SingleAsync(u => u.Email == email);
            Assert.Null(user.LockoutEnd);
            Assert.Equal(0, user.AccessFailedCount);
        }
        await Task.Delay(early.Headers.RetryAfter!.Delta!.Value + TimeSpan.FromMilliseconds(200));
        await EditorSession.SignInAsync(site, email, Password);
    }

    [Fact]
    public async Task AnAdministratorsUnlock_LiftsTheWaitAtOnce()
    {
        var admin = await EditorSession.AdminAsync(site);
        var email = await NewWriterAsync();
        // Twelve wrong passwords, each after its wait: the next try waits 2^8 seconds.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var throttle = scope.ServiceProvider.GetRequiredService<CampaignSite.Backoffice.Security.SignInThrottle>();
            for (var i = 0; i < 12; i++) await throttle.FailAsync("203.0.113.30", email);
        }
        var refused = await new EditorSession(site).PostAsync("/backoffice/login", Form(email, Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter!.Delta > TimeSpan.FromMinutes(4));

        string id;
        await using (var scope = site.Services.CreateAsyncScope())
            id = (await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Users.SingleAsync(u => u.Email == email)).Id;
        var (_, edit) = await admin.GetAsync($"/backoffice/accounts/{id}");
        Assert.Contains("name=\"unlock\"", edit);
        var unlocked = await admin.PostAsync($"/backoffice/accounts/{id}", new() { ["name"] = ["Writer"], ["role"] = ["Writer"], ["unlock"] = ["true"] });
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        await EditorSession.SignInAsync(site, email, Password);
    }
}

/// <summary>Every request of the test server comes from no address, so one per-address count for all: these tests are about accounts.</summary>
static class OneAddress
{
    public static Dictionary<string, string?> Settings => new() { ["CampaignSite:Backoffice:MaxFailedSignInsPerAddress"] = "1000" };
}

public sealed class SqliteSignInTests(SqliteSignInTests.Site site) : SignInTests<SqliteSignInTests.Site>(site)
{
    public sealed class Site : SiteFactory { protected override Dictionary<string, string?> Settings => OneAddress.Settings; }
}

public sealed class PostgresSignInTests(PostgresSignInTests.Site site) : SignInTests<PostgresSignInTests.Site>(site)
{
    public sealed class Site : PostgresSiteFactory { protected override Dictionary<string, string?> Extra => OneAddress.Settings; }
}

/// <summary>The wait counts per client address too, so guessing many e-mails from one address is slowed as well; another address goes on.</summary>
public sealed class SignInAddressTests
{
    static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/backoffice/login");
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        return await client.PostAsync("/backoffice/login", new FormUrlEncodedContent(
            [new("email", email), new("password", password), new("__RequestVerificationToken", token)]));
    }

    [Fact]
    public async Task WrongPasswordsFromOneAddress_MakeItWait_ForEveryEmail_WhileAnotherAddressSignsIn()
    {
        using var site = new KestrelSite(new()
        {
            ["CampaignSite:Security:Proxies"] = "127.0.0.1", ["CampaignSite:Backoffice:MaxFailedSignInsPerAddress"] = "3",
        });
        var guesser = site.Client("203.0.113.20");
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.BadRequest, (await SignInAsync(guesser, $"guess-{i}@campaign.test", "Wrong-Passw0rd")).StatusCode);
        var refused = await SignInAsync(guesser, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        // The administrator, from another address, is not held up by the guesser.
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(site.Client("203.0.113.21"), SiteFactory.AdminEmail, SiteFactory.AdminPassword)).StatusCode);
    }
}
