using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using CampaignSite.Data;
using CampaignSite.Tests.Media;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>
/// Every backoffice handler against every kind of account, with the exact outcome the matrix
/// names; every POST handler refuses a missing or foreign antiforgery token and changes nothing;
/// and the matrix lists exactly the handlers the page models have.
/// </summary>
public sealed partial class AuthorizationMatrixTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<Actor> Actors => new(Enum.GetValues<Actor>());

    [Theory, MemberData(nameof(Actors))]
    public async Task EveryHandler_AnswersEachActorAsTheMatrixSays(Actor actor)
    {
        var admin = await AdminAsync(site);
        var targets = await TargetsAsync(admin);
        var session = actor switch
        {
            Actor.Anonymous => new EditorSession(site),
            Actor.Writer => await admin.CreateAccountAsync("Writer"),
            Actor.Editor => await admin.CreateAccountAsync("Editor"),
            Actor.Administrator => await admin.CreateAccountAsync("Administrator"),
            _ => await admin.CreateAccountAsync("Editor", "brand"),
        };
        // One token for the whole run: it belongs to this session's cookie and account, so only authorization decides.
        var token = await session.TokenAsync("/backoffice/login");
        Assert.NotNull(token);

        var wrong = new List<string>();
        foreach (var row in AuthorizationMatrix.Rows)
        {
            var response = await SendAsync(session, row, targets, token);
            var access = Classify(response);
            if (access != row.ExpectedFor(actor))
                wrong.Add($"{row.Key} ({row.Path(targets)}): expected {row.ExpectedFor(actor)}, got {access} ({(int)response.StatusCode} {response.Headers.Location})");
        }
        Assert.True(wrong.Count == 0, $"{actor}:\n" + string.Join("\n", wrong));
    }

    public static TheoryData<string> TokenKinds => new() { "missing", "foreign" };

    [Theory, MemberData(nameof(TokenKinds))]
    public async Task EveryPostHandler_RefusesAMissingOrForeignToken_AndChangesNothing(string kind)
    {
        var admin = await AdminAsync(site);
        var targets = await TargetsAsync(admin);
        // A token another browser got: valid, but for another cookie and no account.
        var token = kind == "foreign" ? await new EditorSession(site).TokenAsync("/backoffice/login") : null;
        Assert.True(kind == "missing" || token is not null);

        var wrong = new List<string>();
        foreach (var row in AuthorizationMatrix.Rows.Where(r => r.Method == "POST"))
        {
            var before = Counts();
            var response = await SendAsync(admin, row, targets, token);
            var body = await response.Content.ReadAsStringAsync();
            var after = Counts();
            // The site's error page for a refused form says nothing was saved; a handler's own 400 shows its page instead.
            if (response.StatusCode != HttpStatusCode.BadRequest || !body.Contains("没有保存任何内容"))
                wrong.Add($"{row.Key}: {(int)response.StatusCode} {response.Headers.Location}");
            if (after != before) wrong.Add($"{row.Key}: counts went from {before} to {after}");
        }
        Assert.True(wrong.Count == 0, $"{kind} token:\n" + string.Join("\n", wrong));
        // The refused sign-out did not end the session.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/backoffice/accounts")).Status);
    }

    [Fact]
    public void EveryHandlerIsInTheMatrix()
    {
        var handlers = Handlers();
        var listed = AuthorizationMatrix.Rows.Select(r => r.Key).Distinct().ToList();
        Assert.True(handlers.Except(listed).ToList() is [], "handlers missing from the matrix: " + string.Join(", ", handlers.Except(listed)));
        Assert.True(listed.Except(handlers).ToList() is [], "rows of the matrix without a handler: " + string.Join(", ", listed.Except(handlers)));
    }

    /// <summary>Method, route and handler of every page in the backoffice namespace, from the routes the app serves and the handler methods of their models.</summary>
    List<string> Handlers()
    {
        var loader = site.Services.GetRequiredService<PageLoader>();
        var pages = site.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>()
            .Select(d => (Route: "/" + d.AttributeRouteInfo!.Template!.TrimStart('/'), Model: loader.LoadAsync(d, EndpointMetadataCollection.Empty).GetAwaiter().GetResult().ModelTypeInfo!.AsType()))
            .Where(p => p.Model.Namespace?.StartsWith("CampaignSite.Backoffice.Pages") == true)
            .ToList();
        // A page model without a route would escape the routes above.
        var models = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract && t.Namespace?.StartsWith("CampaignSite.Backoffice.Pages") == true);
        Assert.Empty(models.Except(pages.Select(p => p.Model)));

        return pages.SelectMany(p => p.Model.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Select(m => HandlerName().Match(m.Name)).Where(m => m.Success)
                .Select(m => $"{m.Groups[1].Value.ToUpperInvariant()} {p.Route} {(m.Groups[2].Value.Length == 0 ? "(default)" : m.Groups[2].Value)}"))
            .Distinct().ToList();
    }

    [GeneratedRegex("^On(Get|Post)(\\w*?)(?:Async)?$")] private static partial Regex HandlerName();

    static Access Classify(HttpResponseMessage response)
    {
        // The challenge carries the address to return to; setup and sign-out send to the same page without one, past authorization.
        if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
            && new Uri(new Uri("http://localhost"), location) is { AbsolutePath: "/backoffice/login" } target && target.Query.Contains("ReturnUrl="))
            return Access.SignIn;
        return response.StatusCode == HttpStatusCode.Forbidden ? Access.Forbidden : Access.Allowed;
    }

    static async Task<HttpResponseMessage> SendAsync(EditorSession session, MatrixRow row, MatrixTargets targets, string? token)
    {
        var path = row.Path(targets);
        if (row.Method == "GET") return await session.Client.GetAsync(path);
        var pairs = row.Form(targets).SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v))).ToList();
        if (token is not null) pairs.Add(new("__RequestVerificationToken", token));
        if (!row.SendsFile) return await session.Client.PostAsync(path, new FormUrlEncodedContent(pairs));
        var form = new MultipartFormDataContent { { new ByteArrayContent(TestImages.Plain(64, 48)), "file", "matrix.jpg" } };
        foreach (var (name, value) in pairs) form.Add(new StringContent(value), name);
        return await session.Client.PostAsync(path, form);
    }

    /// <summary>A published news document with a draft on top, a schedule and a preview link; a news document in the recycle bin; a draft with a scheduled publish; an unused image and video.</summary>
    async Task<MatrixTargets> TargetsAsync(EditorSession admin)
    {
        var slug = "matrix-" + Guid.NewGuid().ToString("N")[..8];
        var news = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Publish", News("矩阵文档", "已发布的正文。", slug), "/backoffice/content/news/new"));
        var page = $"/backoffice/content/news/{news}";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync(page + "?handler=Save", News("矩阵文档", "草稿的正文。", slug))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync(page + "?handler=Schedule", new() { ["action"] = ["publish"], ["at"] = ["2027-06-30T18:00"] })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync(page + "?handler=PreviewLink", new() { ["hours"] = ["72"] })).StatusCode);
        var deleted = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Save", News("矩阵回收", "回收站里的正文。", slug + "-bin"), "/backoffice/content/news/new"));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/backoffice/content/news/{deleted}?handler=Delete", [])).StatusCode);
        var scheduled = DocumentId(await admin.PostAsync("/backoffice/content/news/new?handler=Save", News("矩阵定时", "定时发布的正文。", slug + "-later"), "/backoffice/content/news/new"));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/backoffice/content/news/{scheduled}?handler=Schedule", new() { ["action"] = ["publish"], ["at"] = ["2027-06-30T18:00"] })).StatusCode);

        // An image and a video no document uses, so that deleting them is not refused for being in use.
        var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(TestImages.Plain(80, 60, rgb: [Random.Shared.Next(256), Random.Shared.Next(256), Random.Shared.Next(256)])), "file", "matrix.jpg" },
            { new StringContent("矩阵图片"), "altZh" }, { new StringContent("Matrix image"), "altEn" },
            { new StringContent(await admin.TokenAsync("/backoffice/media") ?? ""), "__RequestVerificationToken" },
        };
        var image = (await admin.Client.PostAsync("/backoffice/media?handler=Upload", upload)).Headers.Location?.ToString() ?? "";
        Assert.StartsWith("/backoffice/media/", image);

        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var poster = await db.Media.Where(m => m.Kind == MediaKind.Image && m.Path.StartsWith("media/")).OrderBy(m => m.Path).Select(m => m.Path).FirstAsync();
        var video = (await admin.PostAsync("/backoffice/media?handler=AddVideo", new()
        {
            ["videoUrl"] = [$"https://v.qq.com/x/page/{slug}.html"], ["duration"] = ["60"], ["poster"] = [poster], ["videoZh"] = ["矩阵视频"], ["videoEn"] = ["Matrix video"],
        })).Headers.Location?.ToString() ?? "";
        Assert.StartsWith("/backoffice/media/video/", video);
        var schedule = await db.Schedules.Where(s => s.DocumentId == news).Select(s => s.Id).SingleAsync();
        Assert.True(await db.Schedules.AnyAsync(s => s.DocumentId == scheduled));
        var link = await db.PreviewLinks.Where(l => l.DocumentId == news).Select(l => l.Id).SingleAsync();
        Assert.True(await db.Documents.AnyAsync(d => d.Id == deleted && d.DeletedUtc != null));
        var release = (await admin.PostAsync("/backoffice/releases", new() { ["name"] = ["矩阵批次"] })).Headers.Location?.ToString() ?? "";
        Assert.StartsWith("/backoffice/releases/", release);
        return new MatrixTargets(news, slug, schedule, link, deleted, scheduled, image["/backoffice/media/".Length..], video["/backoffice/media/video/".Length..], poster,
            int.Parse(release["/backoffice/releases/".Length..]));
    }

    /// <summary>The rows a refused form must not add to: content, history, audit, accounts, schedules, links, keys, endpoints and files.</summary>
    string Counts()
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        return $"documents {db.Documents.Count(d => d.DeletedUtc == null)}, versions {db.Versions.Count()}, audit {db.Audit.Count()}, users {db.Users.Count()}, " +
               $"schedules {db.Schedules.Count()}, links {db.PreviewLinks.Count(l => l.RevokedUtc == null)}, keys {db.PartnerKeys.Count()}, webhooks {db.Webhooks.Count()}, media {db.Media.Count()}, sign-offs {db.SignOffs.Count()}";
    }
}
