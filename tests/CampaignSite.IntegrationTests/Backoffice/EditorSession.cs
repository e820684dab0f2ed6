using System.Net;
using System.Text.RegularExpressions;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>One person in the backoffice over HTTP: its own cookies, and forms posted with the antiforgery token of the page they come from.</summary>
public sealed partial class EditorSession(SiteFactory site)
{
    public HttpClient Client { get; } = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<EditorSession> SignInAsync(SiteFactory site, string email, string password)
    {
        var session = new EditorSession(site);
        var response = await session.PostAsync("/backoffice/login", new() { ["email"] = [email], ["password"] = [password] });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return session;
    }

    public static Task<EditorSession> AdminAsync(SiteFactory site) => SignInAsync(site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);

    /// <summary>Creates an account through the accounts page and signs it in.</summary>
    public async Task<EditorSession> CreateAccountAsync(string role, params string[] types)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid().ToString("N")[..10]}@campaign.test";
        const string password = "Passw0rd-Long";
        var response = await PostAsync("/backoffice/accounts/new", new()
        {
            ["email"] = [email], ["password"] = [password], ["name"] = [role], ["role"] = [role], ["types"] = types,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await SignInAsync(site, email, password);
    }

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form to a page (handler in the query), with the token read from formPage (the page itself by default).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string[]> fields, string? formPage = null)
    {
        var token = await TokenAsync(formPage ?? path.Split('?')[0]);
        var pairs = fields.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v))).ToList();
        if (token is not null) pairs.Add(new("__RequestVerificationToken", token));
        return await Client.PostAsync(path, new FormUrlEncodedContent(pairs));
    }

    /// <summary>The antiforgery token of the first form on a page, as a browser would send it; null when the page has none.</summary>
    public async Task<string?> TokenAsync(string page)
    {
        var response = await Client.GetAsync(page);
        var token = Token().Match(await response.Content.ReadAsStringAsync());
        return token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")] private static partial Regex Token();

    /// <summary>The id in the Location of a redirect to /backoffice/content/{type}/{id}.</summary>
    public static int DocumentId(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? "";
        var match = Regex.Match(location, @"/backoffice/content/\w+/(\d+)");
        Assert.True(match.Success, $"expected a redirect to a document, got {(int)response.StatusCode} {location}");
        return int.Parse(match.Groups[1].Value);
    }

    /// <summary>The form fields of a minimal news document.</summary>
    public static Dictionary<string, string[]> News(string title, string body, string slug = "", string? englishTitle = null) => new()
    {
        ["zh-CN.title"] = [title], ["zh-CN.slug"] = [slug], ["zh-CN.summary"] = [title + "的摘要。"], ["zh-CN.tasks"] = ["supply-chain"],
        ["zh-CN.published"] = ["2026-11-20T09:30"], ["zh-CN.syndication.feeds"] = ["true"], ["zh-CN.body"] = [body], ["zh-CN.tags"] = ["供应链, 展会"],
        ["en.title"] = englishTitle is null ? [] : [englishTitle], ["en.summary"] = englishTitle is null ? [] : ["Summary in English."],
        ["en.body"] = englishTitle is null ? [] : ["English body."],
    };
}
