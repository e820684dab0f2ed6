using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace CampaignSite.BrowserTests;

/// <summary>A news article as typed into the edit form's Chinese tab.</summary>
public sealed record NewsDraft(string Title, string Slug, string Summary, string Body)
{
    /// <summary>A unique article: the Chinese title holds the word 纺织 and a marker that finds only this one.</summary>
    public static NewsDraft Unique(string word)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        return new NewsDraft(
            $"{word}纺织新闻 {id}",
            $"bt-{id}",
            $"{word}摘要：纺织服装行业的浏览器测试 {id}。",
            $"## {word}正文\n\n纺织服装优供给促升级，{word}第一段 {id}。\n\n- 要点一\n- 要点二\n");
    }
}

/// <summary>What an editor does in the backoffice, step by step, through the pages.</summary>
public static partial class Backoffice
{
    public const string WriterPassword = "Writer2024pass";
    public const string EditorPassword = "Editor2024pass";

    static Backoffice() => SetDefaultExpectTimeout(30_000);

    public static string UniqueEmail(string who) => $"{who}-{Guid.NewGuid().ToString("N")[..8]}@campaign.test";

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/backoffice/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>An administrator's page creates the account on /backoffice/accounts/new and lands back on the list.</summary>
    public static async Task CreateAccountAsync(IPage admin, string email, string password, string role, params string[] types)
    {
        await admin.GotoAsync("/backoffice/accounts/new");
        await admin.Locator("#email").FillAsync(email);
        await admin.Locator("#password").FillAsync(password);
        await admin.Locator("#name").FillAsync(role + " " + email.Split('@')[0]);
        await admin.Locator($"input[name=role][value={role}]").CheckAsync();
        foreach (var type in types) await admin.Locator($"input[name=types][value={type}]").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/backoffice/accounts$"));
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"Created {email} as {role}.");
    }

    /// <summary>The account's row on /backoffice/accounts.</summary>
    public static ILocator AccountRow(IPage admin, string email) =>
        admin.Locator("table.rows tbody tr").Filter(new() { Has = admin.GetByRole(AriaRole.Link, new() { Name = email, Exact = true }) });

    /// <summary>Opens the new-news form and types the article into the Chinese tab (one task area, published an hour ago).</summary>
    public static async Task FillNewNewsAsync(IPage page, NewsDraft draft)
    {
        await page.GotoAsync("/backoffice/content/news/new");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New news", Level = 1 })).ToBeVisibleAsync();
        await page.Locator("#f-zh-CN-title").FillAsync(draft.Title);
        await page.Locator("#f-zh-CN-slug").FillAsync(draft.Slug);
        await page.Locator("#f-zh-CN-summary").FillAsync(draft.Summary);
        await page.Locator("input[name='zh-CN.tasks']").First.CheckAsync();
        await page.Locator("#f-zh-CN-published").FillAsync(LocalInput(DateTimeOffset.UtcNow.AddHours(-1)));
        await page.Locator("#f-zh-CN-body").FillAsync(draft.Body);
    }

    /// <summary>Clicks a submit button of the document form and waits for the edit page of the saved document.</summary>
    public static async Task SaveWithAsync(IPage page, string button)
    {
        await page.Locator("#doc-form").GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/backoffice/content/news/\d+$"));
    }

    /// <summary>The one-line notice the page shows after a step.</summary>
    public static ILocatorAssertions Notice(IPage page) => Expect(page.Locator("main > p.notice[role=status]"));

    /// <summary>A moment as a datetime-local input takes it, in China Standard Time.</summary>
    public static string LocalInput(DateTimeOffset moment) =>
        moment.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>The public page as an anonymous visitor gets it: status and text.</summary>
    public static async Task<(int Status, string Text)> PublicAsync(IBrowserContext anonymous, string path)
    {
        var response = await anonymous.APIRequest.GetAsync(path);
        return (response.Status, await response.TextAsync());
    }

    /// <summary>Asks again until the text appears (or the time is up), as a reader refreshing the page.</summary>
    public static async Task<string> PollPublicAsync(IBrowserContext anonymous, string path, string expected, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        string text;
        do
        {
            var (status, body) = await PublicAsync(anonymous, path);
            text = $"{status}\n{body}";
            if (status == 200 && body.Contains(expected)) return body;
            await Task.Delay(1000);
        }
        while (DateTime.UtcNow < until);
        throw new Xunit.Sdk.XunitException($"'{expected}' did not appear on {path} within {timeout.TotalSeconds:0} s; last answer: {text[..Math.Min(text.Length, 300)]}");
    }
}
