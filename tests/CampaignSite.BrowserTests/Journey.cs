using static CampaignSite.BrowserTests.Backoffice;
using static Microsoft.Playwright.Assertions;

namespace CampaignSite.BrowserTests;

/// <summary>What every journey needs: its own browser profiles (closed afterwards), accounts made by the administrator, and no server errors.</summary>
public abstract class Journey(BrowserSite site) : IAsyncLifetime
{
    readonly List<IBrowserContext> contexts = [];
    readonly int errorsBefore = site.ServerErrors.Count;
    readonly int violationsBefore = site.PolicyViolations.Count;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in contexts) await context.CloseAsync();
    }

    protected async Task<IPage> SignInAsync(string email, string password)
    {
        var page = await site.SignedInPageAsync(email, password);
        contexts.Add(page.Context);
        return page;
    }

    protected async Task<IBrowserContext> AnonymousAsync()
    {
        var context = await site.NewContextAsync();
        contexts.Add(context);
        return context;
    }

    /// <summary>A writer (news only) and an editor, created by the administrator through the accounts form.</summary>
    protected async Task<(string Writer, string Editor)> AccountsAsync(IPage? admin = null)
    {
        admin ??= await SignInAsync(BrowserSite.AdminEmail, BrowserSite.AdminPassword);
        var writer = UniqueEmail("writer");
        var editor = UniqueEmail("editor");
        await CreateAccountAsync(admin, writer, WriterPassword, "Writer", "news");
        await CreateAccountAsync(admin, editor, EditorPassword, "Editor");
        return (writer, editor);
    }

    /// <summary>No page answered 500 or more, and none broke the Content-Security-Policy.</summary>
    protected void NoServerErrors()
    {
        Assert.Empty(site.ServerErrors.Skip(errorsBefore));
        Assert.Empty(site.PolicyViolations.Skip(violationsBefore));
    }
}
