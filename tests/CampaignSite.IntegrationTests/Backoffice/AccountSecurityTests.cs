using System.Net;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>The cookies a signed-in editor carries, and the password rules as an editor meets them.</summary>
public sealed class AccountSecurityTests(AccountSecurityTests.ShortPasswordSite site) : IClassFixture<AccountSecurityTests.ShortPasswordSite>
{
    public sealed class ShortPasswordSite : SiteFactory
    {
        protected override Dictionary<string, string?> Settings => new() { ["CampaignSite:Backoffice:PasswordLength"] = "12" };
    }

    static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    [Theory]
    [InlineData("http://localhost", false)]
    [InlineData("https://localhost", true)]
    public async Task TheSignInAndAntiforgeryCookies_AreHttpOnly_Strict_AndSecureUnderHttps(string origin, bool secure)
    {
        var client = site.CreateClient(new() { BaseAddress = new Uri(origin), AllowAutoRedirect = false, HandleCookies = false });
        var form = await client.GetAsync("/backoffice/login");
        var antiforgery = Cookies(form).Single(c => c.StartsWith("campaignsite.af="));
        var token = System.Text.RegularExpressions.Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Post, "/backoffice/login")
        {
            Content = new FormUrlEncodedContent([new("email", SiteFactory.AdminEmail), new("password", SiteFactory.AdminPassword), new("__RequestVerificationToken", WebUtility.HtmlDecode(token))]),
        };
        request.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var signedIn = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = Cookies(signedIn).Single(c => c.StartsWith("campaignsite.auth="));
        foreach (var cookie in new[] { antiforgery, auth })
        {
            var flags = cookie.ToLowerInvariant();
            Assert.Contains("httponly", flags);
            Assert.Contains("samesite=strict", flags);
            Assert.Equal(secure, flags.Contains("secure"));
        }
    }

    [Theory]
    [InlineData("short1A", "at least 12")]
    [InlineData("alllowercase123", "uppercase")]
    [InlineData("ALLUPPERCASE123", "lowercase")]
    [InlineData("NoDigitsAtAllHere", "digit")]
    public async Task ANewPasswordThatBreaksARule_IsRefusedWithTheRule(string password, string rule)
    {
        var admin = await AdminAsync(site);
        var email = $"rules-{Guid.NewGuid():N}"[..20] + "@campaign.test";
        var response = await admin.PostAsync("/backoffice/accounts/new", new() { ["email"] = [email], ["password"] = [password], ["name"] = ["x"], ["role"] = ["Writer"] });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(rule, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnEditor_ChangesTheirPassword_AndOnlyTheNewOneSignsIn()
    {
        var admin = await AdminAsync(site);
        var email = $"change-{Guid.NewGuid():N}"[..20] + "@campaign.test";
        const string first = "FirstPassw0rd-long", second = "SecondPassw0rd-long";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/backoffice/accounts/new", new() { ["email"] = [email], ["password"] = [first], ["name"] = ["x"], ["role"] = ["Writer"] })).StatusCode);
        var writer = await SignInAsync(site, email, first);

        var wrong = await writer.PostAsync("/backoffice/password", new() { ["current"] = ["not-it"], ["password"] = [second], ["confirm"] = [second] });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("The current password is not right.", await wrong.Content.ReadAsStringAsync());
        var differ = await writer.PostAsync("/backoffice/password", new() { ["current"] = [first], ["password"] = [second], ["confirm"] = [second + "x"] });
        Assert.Contains("The two new passwords differ.", await differ.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await writer.PostAsync("/backoffice/password", new() { ["current"] = [first], ["password"] = [second], ["confirm"] = [second] })).StatusCode);

        var old = await new EditorSession(site).PostAsync("/backoffice/login", new() { ["email"] = [email], ["password"] = [first] });
        Assert.NotEqual(HttpStatusCode.Redirect, old.StatusCode);
        await SignInAsync(site, email, second);
    }
}
