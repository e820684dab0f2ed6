using System.Text.RegularExpressions;
using static CampaignSite.BrowserTests.Backoffice;
using static Microsoft.Playwright.Assertions;

namespace CampaignSite.BrowserTests;

/// <summary>Every backoffice screen at phone and desktop width, saved as PNG beside the test assembly.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Screenshots(BrowserSite site)
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    static readonly (string Name, int Width, int Height)[] Widths = [("phone", 390, 844), ("desktop", 1366, 900)];

    [Fact]
    public async Task Every_backoffice_screen_at_phone_and_desktop_width()
    {
        Directory.CreateDirectory(Folder);
        var errorsBefore = site.ServerErrors.Count;
        var violationsBefore = site.PolicyViolations.Count;

        // Something to show: a document with two versions, and one in the recycle bin.
        var admin = await site.SignedInPageAsync(BrowserSite.AdminEmail, BrowserSite.AdminPassword);
        var shown = NewsDraft.Unique("截图");
        await FillNewNewsAsync(admin, shown);
        await admin.Locator("#tab-en").ClickAsync();
        await admin.Locator("#f-en-title").FillAsync("Screenshot news " + shown.Slug);
        await admin.Locator("#f-en-summary").FillAsync("An English summary for the screenshots.");
        await admin.Locator("#f-en-body").FillAsync("## English body\n\nA paragraph in English.");
        await SaveWithAsync(admin, "Save and publish");
        await admin.Locator("#tab-zh").ClickAsync();
        await admin.Locator("#f-zh-CN-body").FillAsync(shown.Body + "\n第二版增加的段落。\n");
        await SaveWithAsync(admin, "Save draft");
        var edit = new Uri(admin.Url).AbsolutePath;

        var deleted = NewsDraft.Unique("删除");
        await FillNewNewsAsync(admin, deleted);
        await SaveWithAsync(admin, "Save draft");
        admin.Dialog += (_, dialog) => dialog.AcceptAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Move to recycle bin" }).ClickAsync();
        await Notice(admin).ToContainTextAsync("Moved to the recycle bin.");
        await admin.Context.CloseAsync();

        var saved = new List<string>();
        foreach (var (width, w, h) in Widths)
        {
            var anonymous = await site.NewContextAsync(w, h);
            var login = await anonymous.NewPageAsync();
            await login.GotoAsync("/backoffice/login");
            saved.Add(await ShotAsync(login, "login", width));
            await anonymous.CloseAsync();

            var page = await site.SignedInPageAsync(BrowserSite.AdminEmail, BrowserSite.AdminPassword, w, h);
            saved.Add(await ShotAsync(page, "dashboard", width));

            await page.GotoAsync("/backoffice/content/news");
            await Expect(page.Locator("table.rows")).ToContainTextAsync(shown.Title);
            saved.Add(await ShotAsync(page, "list", width));

            await page.GotoAsync(edit);
            await Expect(page.Locator("#panel-zh")).ToBeVisibleAsync();
            await Expect(page.Locator("#panel-en")).ToBeHiddenAsync();
            await Expect(page.Locator("#f-zh-CN-body-preview")).ToContainTextAsync("第二版增加的段落");
            saved.Add(await ShotAsync(page, "edit-zh", width));

            await page.Locator("#tab-en").ClickAsync();
            await Expect(page.Locator("#tab-en")).ToHaveAttributeAsync("aria-selected", "true");
            await Expect(page.Locator("#panel-en")).ToBeVisibleAsync();
            await Expect(page.Locator("#panel-zh")).ToBeHiddenAsync();
            await Expect(page.Locator("#f-en-body-preview")).ToContainTextAsync("A paragraph in English.");
            saved.Add(await ShotAsync(page, "edit-en", width));

            await page.GotoAsync(edit + "/versions?from=1&to=2");
            await Expect(page.Locator("section[aria-labelledby=diff-h]")).ToContainTextAsync("第二版增加的段落");
            saved.Add(await ShotAsync(page, "versions", width));

            await page.GotoAsync("/backoffice/recycle-bin");
            await Expect(page.Locator("table.rows")).ToContainTextAsync(deleted.Title);
            saved.Add(await ShotAsync(page, "recycle-bin", width));

            await page.GotoAsync("/backoffice/audit");
            await Expect(page.Locator("table.rows")).ToContainTextAsync("delete");
            saved.Add(await ShotAsync(page, "audit", width));

            await page.GotoAsync("/backoffice/accounts");
            await Expect(page.Locator("table.rows")).ToContainTextAsync(BrowserSite.AdminEmail);
            saved.Add(await ShotAsync(page, "accounts", width));

            await page.GotoAsync("/backoffice/accounts/new");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New account" })).ToBeVisibleAsync();
            saved.Add(await ShotAsync(page, "account-form", width));

            await page.GotoAsync("/backoffice/media");
            await Expect(page.Locator(".media-grid img").First).ToBeVisibleAsync();
            saved.Add(await ShotAsync(page, "media", width));

            await page.GotoAsync("/backoffice/media/bosideng.jpg");
            await Expect(page.Locator("#focal-image")).ToBeVisibleAsync();
            saved.Add(await ShotAsync(page, "media-item", width));

            await page.GotoAsync("/backoffice/search-index");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Search index");
            saved.Add(await ShotAsync(page, "search-index", width));

            await page.GotoAsync("/backoffice/partners");
            await page.Locator("#partner").FillAsync("Screenshot partner " + width);
            await page.GetByRole(AriaRole.Button, new() { Name = "Make a key" }).ClickAsync();
            await Expect(page.Locator("#new-key")).ToContainTextAsync("csk_");
            saved.Add(await ShotAsync(page, "partners", width));

            await page.GotoAsync("/backoffice/terms");
            await page.Locator("#wrong").FillAsync("截图用语" + width);
            await page.Locator("#right").FillAsync("规范用语");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add the term" }).ClickAsync();
            await Expect(page.Locator("main > p.notice[role=status]")).ToContainTextAsync("Added");
            saved.Add(await ShotAsync(page, "terms", width));

            await page.GotoAsync("/backoffice/webhooks");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Webhooks");
            saved.Add(await ShotAsync(page, "webhooks", width));
            await page.Context.CloseAsync();
        }

        Assert.Equal(32, saved.Count);
        foreach (var file in saved)
        {
            var info = new FileInfo(file);
            Assert.True(info.Exists, file + " is missing");
            Assert.True(info.Length > 1000, file + " is empty");
            using var stream = info.OpenRead();
            var signature = new byte[8];
            stream.ReadExactly(signature);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, signature);
        }
        Assert.Empty(site.ServerErrors.Skip(errorsBefore));
        Assert.Empty(site.PolicyViolations.Skip(violationsBefore));
    }

    /// <summary>WCAG 1.4.10 (reflow): at 390 px no backoffice screen scrolls sideways; wide tables scroll inside themselves.</summary>
    [Fact]
    public async Task Backoffice_screens_fit_a_phone_without_sideways_scrolling()
    {
        var (_, w, h) = Widths[0];
        var page = await site.SignedInPageAsync(BrowserSite.AdminEmail, BrowserSite.AdminPassword, w, h);
        await page.GotoAsync("/backoffice/content/news");
        await page.Locator("table.rows tbody tr a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/backoffice/content/news/\d+$"));
        var edit = new Uri(page.Url).AbsolutePath;

        var tooWide = new List<string>();
        foreach (var path in new[] { "/backoffice", "/backoffice/content/news", edit, edit + "/versions", edit + "/review-sheet", "/backoffice/recycle-bin",
                     "/backoffice/audit", "/backoffice/accounts", "/backoffice/accounts/new", "/backoffice/password", "/backoffice/media", "/backoffice/media/bosideng.jpg", "/backoffice/search-index", "/backoffice/partners", "/backoffice/terms", "/backoffice/webhooks", "/backoffice/releases" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > w) tooWide.Add($"{path}: {width} px");
        }
        await page.Context.CloseAsync();
        Assert.True(tooWide.Count == 0, $"wider than a {w} px phone: " + string.Join(", ", tooWide));
    }

    static async Task<string> ShotAsync(IPage page, string screen, string width)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var file = Path.Combine(Folder, $"{screen}-{width}.png");
        File.Delete(file);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        return file;
    }
}
