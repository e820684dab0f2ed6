using System.Text.RegularExpressions;
using static CampaignSite.BrowserTests.Backoffice;
using static Microsoft.Playwright.Assertions;

namespace CampaignSite.BrowserTests;

/// <summary>A three-step review (初审, 复审, 终审, configured for products) by three editors, and the review sheet that prints their names.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewStepsJourney(BrowserSite site) : Journey(site)
{
    const string Slug = "aksu-cotton-bedding-set";
    const string Title = "阿克苏长绒棉床品四件套";

    [Fact]
    public async Task A_writers_change_is_signed_by_three_editors_in_turn_and_the_review_sheet_names_them()
    {
        var admin = await SignInAsync(BrowserSite.AdminEmail, BrowserSite.AdminPassword);
        var writer = UniqueEmail("writer");
        await CreateAccountAsync(admin, writer, WriterPassword, "Writer", "product");
        var editors = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            editors.Add(UniqueEmail("editor"));
            await CreateAccountAsync(admin, editors[i], EditorPassword, "Editor");
        }

        // The writer changes the summary and submits it: the page shows the three steps, the first current.
        var marker = "三审 " + Guid.NewGuid().ToString("N")[..6];
        var writerPage = await SignInAsync(writer, WriterPassword);
        await writerPage.GotoAsync("/backoffice/content/product?q=" + Uri.EscapeDataString(Title));
        await writerPage.GetByRole(AriaRole.Link, new() { Name = Title }).First.ClickAsync();
        await writerPage.Locator("#f-zh-CN-summary").FillAsync($"长绒棉四件套，{marker}。");
        await writerPage.Locator("#doc-form").GetByRole(AriaRole.Button, new() { Name = "Save and submit for review" }).ClickAsync();
        await Expect(writerPage).ToHaveURLAsync(new Regex(@"/backoffice/content/product/\d+$"));
        await Notice(writerPage).ToContainTextAsync("Submitted for review: 初审");
        var steps = writerPage.Locator("section.review ol.steps > li");
        await Expect(steps).ToHaveCountAsync(3);
        await Expect(steps.Nth(0)).ToContainTextAsync("Current step");
        await Expect(writerPage.GetByRole(AriaRole.Button, new() { Name = "Sign 初审" })).ToHaveCountAsync(0);

        // Each editor finds it waiting on the dashboard and signs the step it waits for; the last signs and publishes.
        string[] names = ["初审", "复审", "终审"];
        for (var i = 0; i < 3; i++)
        {
            var page = await SignInAsync(editors[i], EditorPassword);
            var waiting = page.Locator("section[aria-labelledby=review-h]");
            await Expect(waiting).ToContainTextAsync(names[i]);
            await waiting.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
            await page.Locator("#sign-comment").FillAsync($"{names[i]}意见：同意。");
            var button = i < 2 ? $"Sign {names[i]}" : "Sign 终审 and publish";
            await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await Notice(page).ToContainTextAsync(i < 2 ? $"Signed {names[i]} of version" : "Signed 终审 and published version");
            await Expect(page.Locator("section.review ol.steps > li").Nth(i)).ToContainTextAsync(editors[i]);
            if (i < 2) continue;

            await Expect(page.Locator(".title-row .status")).ToHaveTextAsync("Published · 已发布");
            await page.GetByRole(AriaRole.Link, new() { Name = "Review sheet" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review sheet", Level = 1 })).ToBeVisibleAsync();
            var sheet = page.Locator("table.sheet-steps tbody tr");
            await Expect(sheet).ToHaveCountAsync(3);
            for (var j = 0; j < 3; j++)
            {
                await Expect(sheet.Nth(j)).ToContainTextAsync(names[j]);
                await Expect(sheet.Nth(j)).ToContainTextAsync("Editor " + editors[j].Split('@')[0]);
                await Expect(sheet.Nth(j)).ToContainTextAsync($"{names[j]}意见：同意。");
            }
            await Expect(page.Locator("table.sheet-rows").First).ToContainTextAsync("Published · 发布");
            await Expect(page.Locator(".review-sheet")).ToContainTextAsync(writer);
        }

        var (status, text) = await PublicAsync(await AnonymousAsync(), "/products/" + Slug);
        Assert.Equal(200, status);
        Assert.Contains(marker, text);
        NoServerErrors();
    }
}
