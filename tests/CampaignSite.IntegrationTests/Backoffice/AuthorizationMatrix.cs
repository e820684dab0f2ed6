namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>What a request meets before the handler's own work: a challenge, a refusal, or the handler.</summary>
public enum Access { SignIn, Forbidden, Allowed }

/// <summary>The accounts the matrix tries; OtherTypeEditor may edit brands only and acts on a news document.</summary>
public enum Actor { Anonymous, Writer, Editor, Administrator, OtherTypeEditor }

/// <summary>The documents, schedule, link and file the handlers act on, made afresh for each actor so that no actor's steps change another's outcome.</summary>
public sealed record MatrixTargets(int News, string NewsSlug, int Schedule, int PreviewLink, int Deleted, int Scheduled, string Image, string Video, string Poster, int Release);

/// <summary>
/// One page handler: its route as the @page directive gives it, a request to it, and the outcome for each
/// actor in Actor's order. A handler whose refusal depends on the document has a row for each case.
/// </summary>
public sealed record MatrixRow(string Method, string Route, string Handler, Func<MatrixTargets, string> Path,
    Func<MatrixTargets, Dictionary<string, string[]>> Form, Access[] Expected, bool SendsFile = false)
{
    public string Key => $"{Method} {Route} {(Handler.Length == 0 ? "(default)" : Handler)}";
    public Access ExpectedFor(Actor actor) => Expected[(int)actor];
    public override string ToString() => Key;
}

/// <summary>
/// Every backoffice page handler with who may reach it. A handler added to a page without a row
/// here fails AuthorizationMatrixTests.EveryHandlerIsInTheMatrix, so no handler goes unchecked.
/// The forms are ones the handler would act on, so that the antiforgery test would see a change
/// if a refusal let one through; they never touch the sessions' own accounts.
/// </summary>
public static class AuthorizationMatrix
{
    const Access L = Access.SignIn, F = Access.Forbidden, A = Access.Allowed;

    // Columns: anonymous, writer, editor, administrator, editor limited to another type.
    static readonly Access[] Open = [A, A, A, A, A];
    static readonly Access[] AnyAccount = [L, A, A, A, A];
    static readonly Access[] MayEditType = [L, A, A, A, F];
    static readonly Access[] MayPublishType = [L, F, A, A, F];
    static readonly Access[] AdminOnly = [L, F, F, A, F];
    // Media are not limited by document type; a writer changes only their own unused uploads (the matrix's files are an administrator's).
    static readonly Access[] Editors = [L, F, A, A, A];

    const string Edit = "/backoffice/content/{type}/{id}";
    const string MediaItem = "/backoffice/media/{name}";
    const string VideoItem = "/backoffice/media/video/{name}";
    const string Webhooks = "/backoffice/webhooks";
    const string Partners = "/backoffice/partners";
    const string Release = "/backoffice/releases/{id:int}";
    const string Terms = "/backoffice/terms";

    static Dictionary<string, string[]> None(MatrixTargets _) => [];
    static string InRelease(MatrixTargets t, string handler) => $"/backoffice/releases/{t.Release}?handler={handler}";
    static string Document(MatrixTargets t, string handler) => $"/backoffice/content/news/{t.News}?handler={handler}";
    static Dictionary<string, string[]> NewsForm(MatrixTargets t) => EditorSession.News("矩阵测试", "矩阵测试的正文。", t.NewsSlug);
    static Dictionary<string, string[]> Alt(MatrixTargets _) => new() { ["altZh"] = ["矩阵"], ["altEn"] = ["Matrix"], ["focalX"] = ["0.4"], ["focalY"] = ["0.6"] };

    static MatrixRow Get(string route, Func<MatrixTargets, string> path, Access[] expected) => new("GET", route, "", path, None, expected);
    static MatrixRow Post(string route, string handler, Func<MatrixTargets, string> path, Access[] expected, Func<MatrixTargets, Dictionary<string, string[]>>? form = null) =>
        new("POST", route, handler, path, form ?? None, expected);

    /// <summary>In the order they run: the steps that take the document off the site or end the session come last.</summary>
    public static IReadOnlyList<MatrixRow> Rows { get; } =
    [
        Get("/backoffice", _ => "/backoffice", AnyAccount),
        Get("/backoffice/audit", _ => "/backoffice/audit", AdminOnly),
        Get("/backoffice/content/{type}", _ => "/backoffice/content/news", MayEditType),
        Get(Edit, t => $"/backoffice/content/news/{t.News}", MayEditType),
        Post(Edit, "Save", t => Document(t, "Save"), MayEditType, NewsForm),
        Post(Edit, "SubmitSaved", t => Document(t, "SubmitSaved"), MayEditType),
        Post(Edit, "Submit", t => Document(t, "Submit"), MayEditType, NewsForm),
        // Before anything publishes the draft, which ends its links and leaves nothing to preview.
        Post(Edit, "PreviewLink", t => Document(t, "PreviewLink"), MayEditType, _ => new() { ["hours"] = ["72"] }),
        Post(Edit, "RevokePreviewLink", t => Document(t, "RevokePreviewLink"), MayEditType, t => new() { ["link"] = [$"{t.PreviewLink}"] }),
        Post(Edit, "Publish", t => Document(t, "Publish"), MayPublishType, NewsForm),
        Post(Edit, "SendBack", t => Document(t, "SendBack"), MayPublishType, _ => new() { ["comment"] = ["请补充来源。"] }),
        Post(Edit, "Approve", t => Document(t, "Approve"), MayPublishType, _ => new() { ["comment"] = ["矩阵签署。"] }),
        Post(Edit, "Override", t => Document(t, "Override"), AdminOnly, _ => new() { ["reason"] = ["矩阵测试：越过审核发布。"] }),
        Get("/backoffice/content/{type}/{id:int}/review-sheet", t => $"/backoffice/content/news/{t.News}/review-sheet", MayEditType),
        Post(Edit, "Schedule", t => Document(t, "Schedule"), MayPublishType, _ => new() { ["action"] = ["unpublish"], ["at"] = ["2027-06-30T18:00"] }),
        Post(Edit, "CancelSchedule", t => Document(t, "CancelSchedule"), MayPublishType, t => new() { ["schedule"] = [$"{t.Schedule}"] }),
        Get("/backoffice/content/{type}/{id:int}/versions", t => $"/backoffice/content/news/{t.News}/versions", MayEditType),
        Post("/backoffice/content/{type}/{id:int}/versions", "Rollback", t => $"/backoffice/content/news/{t.News}/versions?handler=Rollback", MayEditType,
            _ => new() { ["number"] = ["1"] }),
        Get("/backoffice/recycle-bin", _ => "/backoffice/recycle-bin", AnyAccount),
        Post("/backoffice/recycle-bin", "Restore", _ => "/backoffice/recycle-bin?handler=Restore", MayEditType, t => new() { ["id"] = [$"{t.Deleted}"] }),

        Get("/backoffice/media", _ => "/backoffice/media", AnyAccount),
        Post("/backoffice/media", "Upload", _ => "/backoffice/media?handler=Upload", AnyAccount, _ => new() { ["altZh"] = ["矩阵"], ["altEn"] = ["Matrix"] }) with { SendsFile = true },
        Post("/backoffice/media", "AddVideo", _ => "/backoffice/media?handler=AddVideo", AnyAccount, t => new()
        {
            ["videoUrl"] = ["https://v.qq.com/x/page/matrix.html"], ["duration"] = ["60"], ["poster"] = [t.Poster], ["videoZh"] = ["矩阵"], ["videoEn"] = ["Matrix"],
        }),
        // Writers may change only their own uploads that no published page shows, and delete none (MediaPermissions).
        Get(MediaItem, t => "/backoffice/media/" + t.Image, AnyAccount),
        Post(MediaItem, "", t => "/backoffice/media/" + t.Image, Editors, Alt),
        Post(MediaItem, "Delete", t => $"/backoffice/media/{t.Image}?handler=Delete", Editors),
        Get(VideoItem, t => "/backoffice/media/video/" + t.Video, AnyAccount),
        Post(VideoItem, "", t => "/backoffice/media/video/" + t.Video, Editors, Alt),
        Post(VideoItem, "Delete", t => $"/backoffice/media/video/{t.Video}?handler=Delete", Editors),
        // Releases are an editor's; adding another type's document is refused by the workflow. The matrix's releases are empty, so publishing them sends nothing out.
        Get("/backoffice/releases", _ => "/backoffice/releases", Editors),
        Post("/backoffice/releases", "", _ => "/backoffice/releases", Editors, _ => new() { ["name"] = ["矩阵批次"] }),
        Get(Release, t => $"/backoffice/releases/{t.Release}", Editors),
        Post(Release, "Schedule", t => InRelease(t, "Schedule"), Editors, _ => new() { ["at"] = ["2027-06-30T18:00"] }),
        Post(Release, "Unschedule", t => InRelease(t, "Unschedule"), Editors),
        Post(Release, "Publish", t => InRelease(t, "Publish"), Editors),
        Post(Release, "Remove", t => InRelease(t, "Remove"), Editors, _ => new() { ["item"] = ["999999"] }),
        Post(Release, "Add", t => InRelease(t, "Add"), MayPublishType, t => new() { ["document"] = [$"{t.News}"] }),
        Get("/backoffice/markdown", _ => "/backoffice/markdown", AnyAccount),
        Post("/backoffice/markdown", "", _ => "/backoffice/markdown", AnyAccount, _ => new() { ["markdown"] = ["## 矩阵"] }),
        Post("/backoffice/markdown", "Checks", t => $"/backoffice/markdown?handler=Checks&type=news&id={t.News}", MayEditType, NewsForm),

        Get("/backoffice/accounts", _ => "/backoffice/accounts", AdminOnly),
        Get("/backoffice/accounts/{id}", _ => "/backoffice/accounts/new", AdminOnly),
        Post("/backoffice/accounts/{id}", "", _ => "/backoffice/accounts/new", AdminOnly, _ => new()
        {
            ["email"] = [$"matrix-{Guid.NewGuid():N}@campaign.test"], ["password"] = ["Passw0rd-Long"], ["name"] = ["矩阵"], ["role"] = ["Writer"],
        }),
        Get("/backoffice/search-index", _ => "/backoffice/search-index", AdminOnly),
        Post("/backoffice/search-index", "", _ => "/backoffice/search-index", AdminOnly),
        Get(Partners, _ => Partners, AdminOnly),
        Post(Partners, "", _ => Partners, AdminOnly, _ => new() { ["partner"] = ["矩阵伙伴"], ["scopes"] = [CampaignSite.Content.Partners.PartnerScopes.Read], ["requestsPerMinute"] = ["600"] }),
        Post(Partners, "Revoke", _ => Partners + "?handler=Revoke", AdminOnly, _ => new() { ["id"] = ["999999"] }),
        Get(Terms, _ => Terms, AdminOnly),
        Post(Terms, "", _ => Terms, AdminOnly, _ => new() { ["wrong"] = ["矩阵" + Guid.NewGuid().ToString("N")[..8]], ["right"] = ["矩阵规范用语"] }),
        Post(Terms, "Update", _ => Terms + "?handler=Update", AdminOnly, _ => new() { ["id"] = ["999999"], ["right"] = ["矩阵规范用语"] }),
        Post(Terms, "Remove", _ => Terms + "?handler=Remove", AdminOnly, _ => new() { ["id"] = ["999999"] }),
        Get(Webhooks, _ => Webhooks, AdminOnly),
        Post(Webhooks, "Add", _ => Webhooks + "?handler=Add", AdminOnly, _ => new() { ["name"] = ["matrix"], ["url"] = ["https://example.com/hook"], ["events"] = ["content.published"] }),
        Post(Webhooks, "Enable", _ => Webhooks + "?handler=Enable", AdminOnly, _ => new() { ["id"] = ["999999"] }),
        Post(Webhooks, "Remove", _ => Webhooks + "?handler=Remove", AdminOnly, _ => new() { ["id"] = ["999999"] }),
        Post(Webhooks, "Redeliver", _ => Webhooks + "?handler=Redeliver", AdminOnly, _ => new() { ["id"] = ["999999"] }),

        // The sign-in and setup pages are open to everyone; setup sends to sign-in (without a return address) once an account exists.
        Get("/backoffice/login", _ => "/backoffice/login", Open),
        // An address with no account: a known one would count a wrong password towards its lockout.
        Post("/backoffice/login", "", _ => "/backoffice/login", Open, _ => new() { ["email"] = ["nobody@campaign.test"], ["password"] = ["Not-the-Passw0rd"] }),
        Get("/backoffice/setup", _ => "/backoffice/setup", Open),
        Post("/backoffice/setup", "", _ => "/backoffice/setup", Open, _ => new()
        {
            ["email"] = ["second@campaign.test"], ["password"] = ["Second-Passw0rd"], ["confirm"] = ["Second-Passw0rd"],
        }),
        Get("/backoffice/password", _ => "/backoffice/password", AnyAccount),
        // A wrong current password: the sessions keep theirs, and a change would still be audited if antiforgery let it through.
        Post("/backoffice/password", "", _ => "/backoffice/password", AnyAccount, _ => new()
        {
            ["current"] = ["Not-the-Passw0rd"], ["password"] = ["Matrix-Passw0rd"], ["confirm"] = ["Matrix-Passw0rd"],
        }),

        Post(Edit, "Unpublish", t => Document(t, "Unpublish"), MayPublishType),
        // The document is still published here, so a writer's delete meets the workflow's refusal.
        Post(Edit, "Delete", t => Document(t, "Delete"), MayPublishType),
        // A draft waiting for its scheduled publish: deleting it would cancel the schedule, which writers may not do.
        Post(Edit, "Delete", t => $"/backoffice/content/news/{t.Scheduled}?handler=Delete", MayPublishType),
        Get("/backoffice/logout", _ => "/backoffice/logout", AnyAccount),
        Post("/backoffice/logout", "", _ => "/backoffice/logout", AnyAccount),
    ];
}
