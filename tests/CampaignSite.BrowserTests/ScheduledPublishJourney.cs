using System.Text.RegularExpressions;
using static CampaignSite.BrowserTests.Backoffice;
using static Microsoft.Playwright.Assertions;

namespace CampaignSite.BrowserTests;

/// <summary>
/// A scheduled publish, on its own site so that waiting for the minute runs beside the other journeys.
/// </summary>
[Collection(ScheduleCollection.Name)]
public sealed class ScheduledPublishJourney(BrowserSite site) : Journey(site)
{
    [Fact]
    public async Task A_scheduled_publish_puts_the_draft_change_on_the_site_at_the_chosen_minute()
    {
        var (_, editor) = await AccountsAsync();
        var draft = NewsDraft.Unique("定时");
        var page = await SignInAsync(editor, EditorPassword);
        await FillNewNewsAsync(page, draft);
        await SaveWithAsync(page, "Save and publish");
        var anonymous = await AnonymousAsync();
        var path = "/news/" + draft.Slug;
        await PollPublicAsync(anonymous, path, "定时第一段", TimeSpan.FromSeconds(20));

        await page.Locator("#f-zh-CN-body").FillAsync("## 定时发布的正文\n\n到点才上线的段落。\n");
        await SaveWithAsync(page, "Save draft");
        await Notice(page).ToContainTextAsync("Version 2 saved as a draft.");

        // datetime-local holds minutes: the next minute boundary at least 45 s away, so that the page is seen unchanged before it.
        var now = DateTimeOffset.UtcNow;
        var due = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(1);
        if (due - now < TimeSpan.FromSeconds(45)) due = due.AddMinutes(1);
        await page.Locator("#schedule-action").SelectOptionAsync("publish");
        await page.Locator("#schedule-at").FillAsync(LocalInput(due));
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        var shown = due.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm") + " CST";
        await Notice(page).ToContainTextAsync($"Scheduled to publish at {shown}.");
        await Expect(page.Locator("ul.schedules")).ToContainTextAsync($"publish at {shown}");

        await page.GotoAsync("/backoffice");
        await Expect(page.Locator("section[aria-labelledby=schedule-h]")).ToContainTextAsync(draft.Title);

        // Not before its time, then on the site within the scheduler's interval.
        Assert.True(DateTimeOffset.UtcNow < due - TimeSpan.FromSeconds(2), "the journey took so long that the schedule is already due; nothing shows it ran on time");
        Assert.Contains("定时第一段", (await PublicAsync(anonymous, path)).Text);
        var published = await PollPublicAsync(anonymous, path, "到点才上线的段落", due - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30));
        Assert.True(DateTimeOffset.UtcNow >= due, "published before the scheduled minute");
        Assert.DoesNotContain("定时第一段", published);

        await page.ReloadAsync();
        await Expect(page.Locator("section[aria-labelledby=schedule-h]")).Not.ToContainTextAsync(draft.Title);
        NoServerErrors();
    }
}

[CollectionDefinition(Name)]
public sealed class ScheduleCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "schedule";
}
