using System.Text.RegularExpressions;
using static CampaignSite.BrowserTests.Backoffice;
using static Microsoft.Playwright.Assertions;

namespace CampaignSite.BrowserTests;

/// <summary>Editors' journeys through the backoffice in a real browser, checked on the public site.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkflowJourneys(BrowserSite site) : Journey(site)
{
    [Fact]
    public async Task Administrator_creates_a_writer_limited_to_news_and_an_editor()
    {
        var admin = await SignInAsync(BrowserSite.AdminEmail, BrowserSite.AdminPassword);
        await Expect(admin.Locator("p.lead")).ToContainTextAsync("(Administrator)");

        var (writer, editor) = await AccountsAsync(admin);

        var writerRow = AccountRow(admin, writer);
        await Expect(writerRow.Locator("td").Nth(2)).ToHaveTextAsync("Writer");
        await Expect(writerRow.Locator("td").Nth(3)).ToHaveTextAsync("news");
        var editorRow = AccountRow(admin, editor);
        await Expect(editorRow.Locator("td").Nth(2)).ToHaveTextAsync("Editor");
        await Expect(editorRow.Locator("td").Nth(3)).ToHaveTextAsync("all");

        // The writer limited to news sees only news in the menu and is refused other types.
        var writerPage = await SignInAsync(writer, WriterPassword);
        var menu = writerPage.GetByRole(AriaRole.Navigation, new() { Name = "Backoffice" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "News" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Accounts" })).ToHaveCountAsync(0);
        await Expect(menu.GetByRole(AriaRole.Link)).ToHaveCountAsync(3); // news, the media library and the recycle bin
        var other = await writerPage.GotoAsync("/backoffice/accounts");
        Assert.Equal(403, other!.Status);
        NoServerErrors();
    }

    [Fact]
    public async Task The_edit_form_shows_a_misused_word_next_to_the_body_while_typing_and_drops_it_once_corrected()
    {
        var admin = await SignInAsync(BrowserSite.AdminEmail, BrowserSite.AdminPassword);
        var draft = NewsDraft.Unique("检查");
        await FillNewNewsAsync(admin, draft with { Body = draft.Body + "\n参展企业再接再励。\n" });

        var body = admin.Locator(".field[data-field='body']").First;
        await Expect(body.Locator(".finding-error")).ToContainTextAsync("'再接再励' should be '再接再厉'");
        await Expect(admin.Locator("#check-findings")).ToContainTextAsync("1 error(s)");
        await Expect(admin.Locator(".markdown-preview h2").First).ToHaveTextAsync("检查正文");

        await admin.Locator("#f-zh-CN-body").FillAsync(draft.Body + "\n参展企业再接再厉。\n");
        await Expect(body.Locator(".finding-error")).ToHaveCountAsync(0);
        NoServerErrors();
    }

    [Fact]
    public async Task Writer_submits_a_Chinese_draft_and_an_editor_approves_it_onto_the_site_search_and_feed()
    {
        var (writer, editor) = await AccountsAsync();
        var draft = NewsDraft.Unique("审核");

        // The writer drafts and submits; there is no way to publish.
        var writerPage = await SignInAsync(writer, WriterPassword);
        await FillNewNewsAsync(writerPage, draft);
        await Expect(writerPage.Locator(".markdown-preview h2")).ToHaveTextAsync("审核正文");
        await Expect(writerPage.GetByRole(AriaRole.Button, new() { Name = "Save and publish" })).ToHaveCountAsync(0);
        await SaveWithAsync(writerPage, "Save and submit for review");
        await Notice(writerPage).ToContainTextAsync("Submitted for review");
        await Expect(writerPage.Locator(".title-row .status")).ToHaveTextAsync("In review · 待审核");
        await Expect(writerPage.GetByRole(AriaRole.Button, new() { Name = "Save and publish" })).ToHaveCountAsync(0);
        await Expect(writerPage.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" })).ToHaveCountAsync(0);

        var anonymous = await AnonymousAsync();
        var path = "/news/" + draft.Slug;
        Assert.Equal(404, (await PublicAsync(anonymous, path)).Status);

        // The editor finds it waiting, previews it and approves it.
        var editorPage = await SignInAsync(editor, EditorPassword);
        var waiting = editorPage.Locator("section[aria-labelledby=review-h]");
        await waiting.GetByRole(AriaRole.Link, new() { Name = draft.Title }).ClickAsync();
        await Expect(editorPage.GetByRole(AriaRole.Heading, new() { Name = draft.Title, Level = 1 })).ToBeVisibleAsync();

        var preview = await editorPage.RunAndWaitForPopupAsync(() =>
            editorPage.GetByRole(AriaRole.Link, new() { Name = "Preview the latest version" }).ClickAsync());
        await preview.WaitForLoadStateAsync();
        Assert.EndsWith(path + "?preview=1", preview.Url);
        await Expect(preview.Locator("h1")).ToContainTextAsync(draft.Title);
        await Expect(preview.GetByText("审核第一段", new() { Exact = false })).ToBeVisibleAsync();
        await preview.CloseAsync();
        Assert.Equal(404, (await PublicAsync(anonymous, path)).Status);

        await editorPage.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Notice(editorPage).ToContainTextAsync("Approved and published version 1.");
        await Expect(editorPage.Locator(".title-row .status")).ToHaveTextAsync("Published · 已发布");

        // The public site, search and the news feed have it.
        var reader = await anonymous.NewPageAsync();
        var response = await reader.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        await Expect(reader.Locator("h1")).ToContainTextAsync(draft.Title);
        await Expect(reader.GetByText("审核第一段", new() { Exact = false })).ToBeVisibleAsync();

        await reader.GotoAsync("/search?q=" + Uri.EscapeDataString("审核纺织"));
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = draft.Title })).ToBeVisibleAsync();

        var (feedStatus, feed) = await PublicAsync(anonymous, "/feeds/news/rss.xml");
        Assert.Equal(200, feedStatus);
        Assert.Contains(draft.Title, feed);
        Assert.Contains(path, feed);
        NoServerErrors();
    }

    [Fact]
    public async Task Writer_is_refused_publishing_even_with_a_crafted_request()
    {
        var (writer, _) = await AccountsAsync();
        var draft = NewsDraft.Unique("越权");
        var page = await SignInAsync(writer, WriterPassword);
        await FillNewNewsAsync(page, draft);
        await SaveWithAsync(page, "Save draft");
        await Notice(page).ToContainTextAsync("Version 1 saved as a draft.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Unpublish" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Schedule" })).ToHaveCountAsync(0);

        // The form as the browser would send it (antiforgery token included), to the publish handler.
        var status = await page.EvaluateAsync<int>(@"async () => {
            const form = document.getElementById('doc-form');
            const response = await fetch(location.pathname + '?handler=Publish', { method: 'POST', body: new FormData(form), credentials: 'same-origin', redirect: 'manual' });
            return response.status;
        }");
        Assert.Equal(403, status);
        // Approving is publishing too.
        var approve = await page.EvaluateAsync<int>(@"async () => {
            const data = new FormData();
            data.append('__RequestVerificationToken', document.querySelector('#doc-form input[name=__RequestVerificationToken]').value);
            const response = await fetch(location.pathname + '?handler=Approve', { method: 'POST', body: data, credentials: 'same-origin', redirect: 'manual' });
            return response.status;
        }");
        Assert.Equal(403, approve);

        await page.ReloadAsync();
        await Expect(page.Locator(".title-row .status")).ToHaveTextAsync("Draft · 草稿");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Public page" })).ToHaveCountAsync(0);
        Assert.Equal(404, (await PublicAsync(await AnonymousAsync(), "/news/" + draft.Slug)).Status);
        NoServerErrors();
    }

    [Fact]
    public async Task Rolling_back_and_publishing_puts_the_old_text_back_on_the_site()
    {
        var (_, editor) = await AccountsAsync();
        var draft = NewsDraft.Unique("回滚");
        var page = await SignInAsync(editor, EditorPassword);
        await FillNewNewsAsync(page, draft);
        await SaveWithAsync(page, "Save and publish");
        await Notice(page).ToContainTextAsync("Version 1 saved and published.");
        var anonymous = await AnonymousAsync();
        var path = "/news/" + draft.Slug;
        await PollPublicAsync(anonymous, path, "回滚第一段", TimeSpan.FromSeconds(20));

        await page.Locator("#f-zh-CN-body").FillAsync("## 改写后的正文\n\n这是第二版的新段落。\n");
        await SaveWithAsync(page, "Save and publish");
        await Notice(page).ToContainTextAsync("Version 2 saved and published.");
        var second = await PollPublicAsync(anonymous, path, "这是第二版的新段落", TimeSpan.FromSeconds(20));
        Assert.DoesNotContain("回滚第一段", second);

        await page.GetByRole(AriaRole.Link, new() { Name = "Versions and history" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Versions of");
        await Expect(page.Locator("section[aria-labelledby=diff-h]")).ToContainTextAsync("这是第二版的新段落");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Roll back to 1" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/backoffice/content/news/\d+$"));
        await Notice(page).ToContainTextAsync("Version 1 restored as version 3");
        await Expect(page.Locator("#f-zh-CN-body")).ToHaveValueAsync(new Regex("回滚第一段"));
        // A rollback is a draft: the site still shows version 2 until it is published.
        Assert.Contains("这是第二版的新段落", (await PublicAsync(anonymous, path)).Text);

        await SaveWithAsync(page, "Save and publish");
        await Notice(page).ToContainTextAsync("Version 4 saved and published.");
        var restored = await PollPublicAsync(anonymous, path, "回滚第一段", TimeSpan.FromSeconds(20));
        Assert.DoesNotContain("这是第二版的新段落", restored);
        NoServerErrors();
    }

    [Fact]
    public async Task Wrong_passwords_make_the_next_try_wait_and_never_lock_the_account()
    {
        var admin = await SignInAsync(BrowserSite.AdminEmail, BrowserSite.AdminPassword);
        var email = UniqueEmail("waits");
        await CreateAccountAsync(admin, email, WriterPassword, "Writer");

        var context = await AnonymousAsync();
        var page = await context.NewPageAsync();
        for (var attempt = 1; attempt < BrowserSite.MaxFailedSignIns; attempt++)
        {
            await Backoffice.SignInAsync(page, email, "Wrong2024pass");
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The e-mail or password is not right.");
            await Expect(page.Locator("#email")).ToHaveValueAsync(email);
        }
        await Backoffice.SignInAsync(page, email, "Wrong2024pass");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Wait 2 seconds before the next try.");

        // The wait passes and the account was never locked: the right password signs in. (That even the right password
        // waits within those seconds is SignInTests' to show; a browser cannot promise to be that quick.)
        await page.WaitForTimeoutAsync(2500);
        await Backoffice.SignInAsync(page, email, WriterPassword);
        await Expect(page).ToHaveURLAsync(new Regex("/backoffice$"));
        NoServerErrors();
    }
}
