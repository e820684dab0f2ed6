using CampaignSite.Backoffice.Editing;
using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Content.Delivery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Pages;

/// <summary>
/// The document form, generated from the type's fields (Chinese tab: every field; English tab:
/// the culture fields), and the workflow steps on the document: submit, approve, send back,
/// publish, unpublish, schedule, delete. A refused save shows the form again with what was typed.
/// </summary>
public sealed class EditModel(CampaignDbContext db, EditorialWorkflow workflow, ContentStore store, PreviewLinks previewLinks, ReviewBook reviews, PublishGate gate, PublicUrls urls, TimeProvider clock) : BackofficePage
{
    public DocumentType Type { get; private set; } = null!;
    public DocumentRecord? Record { get; private set; }
    public bool IsNew => Record is null;
    public DocumentStatus Status { get; private set; }
    public Dictionary<string, string[]> Values { get; private set; } = [];
    public Dictionary<string, List<string>> Errors { get; } = [];
    public List<string> FormErrors { get; } = [];
    public List<ScheduleRecord> Schedules { get; private set; } = [];
    public int BaseVersion { get; private set; }
    public Guid? Stamp { get; private set; }
    public List<FieldChange>? ConflictChanges { get; private set; }
    public string? ConflictMessage { get; private set; }
    public bool HasEnglish { get; private set; }
    public List<PreviewLinkRecord> Links { get; private set; } = [];
    /// <summary>The type's review steps, and where the latest version stands in them.</summary>
    public ReviewPlan Plan { get; private set; } = null!;
    public ReviewStanding? Review { get; private set; }
    /// <summary>The errors the editorial checks find in the latest version, which stop it going out; none once it is published.</summary>
    public IReadOnlyList<CampaignSite.Content.Checks.CheckFinding> CheckErrors { get; private set; } = [];
    /// <summary>The token of the link just made, carried across the redirect once and then gone.</summary>
    [TempData] public string? NewPreviewToken { get; set; }
    readonly Dictionary<string, IReadOnlyList<(string, string)>> options = [];

    public string PublicPath => Record is null ? "" : PublicUrls.Detail(Type, Record.Slug);

    public async Task<IActionResult> OnGetAsync(string type, string id, CancellationToken ct)
    {
        if (await LoadAsync(type, id, ct) is { } refused) return refused;
        if (Record is null)
        {
            var blank = Type.Create();
            blank.Published = clock.GetUtcNow().ToOffset(Dates.ChinaStandardTime);
            Values = DocumentForm.Values(Type, new Dictionary<string, Document> { [Cultures.Chinese] = blank });
        }
        else
        {
            var variants = await db.LatestVariantsAsync(Type, Record.Id, ct);
            Values = DocumentForm.Values(Type, variants);
            HasEnglish = variants.ContainsKey(Cultures.English);
        }
        await OptionsAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string type, string id, CancellationToken ct) => SaveAsync(type, id, publish: false, submit: false, ct);
    public Task<IActionResult> OnPostPublishAsync(string type, string id, CancellationToken ct) => SaveAsync(type, id, publish: true, submit: false, ct);
    public Task<IActionResult> OnPostSubmitAsync(string type, string id, CancellationToken ct) => SaveAsync(type, id, publish: false, submit: true, ct);

    public Task<IActionResult> OnPostSubmitSavedAsync(string type, string id, CancellationToken ct) => StepAsync(type, id, d => workflow.SubmitAsync(User, d, ct), ct);
    public Task<IActionResult> OnPostApproveAsync(string type, string id, int? version, string? comment, CancellationToken ct) =>
        StepAsync(type, id, d => workflow.SignAsync(User, d, version, comment, ct), ct);
    public Task<IActionResult> OnPostOverrideAsync(string type, string id, int? version, string? reason, CancellationToken ct) =>
        StepAsync(type, id, d => workflow.OverrideAsync(User, d, version, reason, ct), ct);
    public Task<IActionResult> OnPostSendBackAsync(string type, string id, string? comment, CancellationToken ct) => StepAsync(type, id, d => workflow.SendBackAsync(User, d, comment, ct), ct);
    public Task<IActionResult> OnPostUnpublishAsync(string type, string id, CancellationToken ct) => StepAsync(type, id, d => workflow.UnpublishAsync(User, d, ct), ct);
    public Task<IActionResult> OnPostCancelScheduleAsync(string type, string id, int schedule, CancellationToken ct) => StepAsync(type, id, _ => workflow.CancelScheduleAsync(User, schedule, ct), ct);

    public Task<IActionResult> OnPostScheduleAsync(string type, string id, string? action, string? at, CancellationToken ct) =>
        StepAsync(type, id, d => Dates.TryReadLocal(at, out var moment)
            ? workflow.ScheduleAsync(User, d, StoredEnum.Find<ScheduleAction>(action), moment, ct)
            : Task.FromResult(WorkflowResult.Invalid("Give the date and time (China Standard Time) like 2026-05-01 09:30.")), ct);

    public Task<IActionResult> OnPostPreviewLinkAsync(string type, string id, string? hours, CancellationToken ct) =>
        StepAsync(type, id, d => workflow.CreatePreviewLinkAsync(User, d, hours, (token, _) => NewPreviewToken = token, ct), ct);
    public Task<IActionResult> OnPostRevokePreviewLinkAsync(string type, string id, int link, CancellationToken ct) =>
        StepAsync(type, id, d => workflow.RevokePreviewLinkAsync(User, d, link, ct), ct);

    /// <summary>The address a reviewer opens, absolute so it can be pasted anywhere.</summary>
    public string PreviewUrl(string culture, string token) => urls.Absolute(Request, culture, PreviewLinks.Path(token));

    public async Task<IActionResult> OnPostDeleteAsync(string type, string id, CancellationToken ct)
    {
        if (!int.TryParse(id, out var documentId)) return NotFound();
        var result = await workflow.DeleteAsync(User, documentId, ct);
        return After(result, result.Succeeded ? $"/backoffice/content/{type}" : $"/backoffice/content/{type}/{id}");
    }

    async Task<IActionResult> StepAsync(string type, string id, Func<int, Task<WorkflowResult>> step, CancellationToken ct)
    {
        if (!int.TryParse(id, out var documentId) || DocumentTypes.Find(type) is null) return NotFound();
        return After(await step(documentId), $"/backoffice/content/{type}/{documentId}");
    }

    async Task<IActionResult> SaveAsync(string type, string id, bool publish, bool submit, CancellationToken ct)
    {
        if (await LoadAsync(type, id, ct) is { } refused) return refused;
        // Refused before the form is read, so a writer's publish is a 403 even when the form has errors.
        if (EditorialWorkflow.MaySave(User, Type, publish) is { } refusal) return Refuse(refusal.Message);
        Values = Request.Form.Keys.Where(k => k.Contains('.')).ToDictionary(k => k, k => Request.Form[k].Select(v => v ?? "").ToArray());
        var (variants, bindErrors) = DocumentForm.Bind(Type, name => Request.Form[name]);
        HasEnglish = variants.ContainsKey(Cultures.English);
        var chinese = variants[Cultures.Chinese];
        if (string.IsNullOrWhiteSpace(chinese.Slug))
        {
            var english = variants.GetValueOrDefault(Cultures.English)?.Title;
            chinese.Slug = await SlugMaker.UniqueAsync(SlugMaker.From(english, Type.Name, clock.GetUtcNow().ToOffset(Dates.ChinaStandardTime)),
                s => store.SlugTakenAsync(Type, s, Record?.Id, ct));
            if (variants.TryGetValue(Cultures.English, out var en)) en.Slug = chinese.Slug;
            Values["zh-CN.slug"] = [chinese.Slug];
        }
        await CoverAltFromLibraryAsync(variants, ct);
        if (bindErrors.Count > 0) return await ShowAsync("Nothing was saved: correct the fields marked below.", bindErrors, ct);

        Guid? stamp = Guid.TryParse(Request.Form["stamp"], out var s) ? s : null;
        var result = await workflow.SaveAsync(User, variants, Record?.Id, stamp, publish, ct);
        if (result.Outcome == WorkflowOutcome.Forbidden) return Refuse(result.Message);
        if (result.Outcome == WorkflowOutcome.Conflict) return await ConflictAsync(variants, ct);
        if (!result.Succeeded) return await ShowAsync(result.Message, result.Errors, ct);
        if (submit)
        {
            var submitted = await workflow.SubmitAsync(User, result.DocumentId, ct);
            return After(submitted with { Message = result.Message + " " + submitted.Message }, $"/backoffice/content/{Type.Name}/{result.DocumentId}");
        }
        return After(result, $"/backoffice/content/{Type.Name}/{result.DocumentId}");
    }

    /// <summary>A cover picked from the library without its own alt text takes the library's, culture by culture.</summary>
    async Task CoverAltFromLibraryAsync(Dictionary<string, Document> variants, CancellationToken ct)
    {
        var cover = variants[Cultures.Chinese].Cover;
        if (string.IsNullOrEmpty(cover) || await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Path == cover, ct) is not { } media) return;
        foreach (var (culture, doc) in variants)
            if (string.IsNullOrWhiteSpace(doc.CoverAlt))
            {
                doc.CoverAlt = culture == Cultures.English ? media.AltEn : media.AltZh;
                if (doc.CoverAlt is { Length: > 200 } text) doc.CoverAlt = text[..200];
            }
    }

    /// <summary>Someone saved first: keep what this user typed, show what the other save changed, and let the next save win.</summary>
    async Task<IActionResult> ConflictAsync(Dictionary<string, Document> mine, CancellationToken ct)
    {
        var record = await db.Documents.AsNoTracking().FirstAsync(d => d.Id == Record!.Id, ct);
        var latest = await db.LatestVersionAsync(record.Id, ct);
        var baseNumber = int.TryParse(Request.Form["base"], out var b) ? b : record.LatestVersion;
        var start = await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.DocumentId == record.Id && v.Number == baseNumber, ct);
        var theirs = DocumentJson.DeserializeVariants(latest.Fields, Type);
        ConflictChanges = DocumentDiff.Compare(Type, start is null ? null : DocumentJson.DeserializeVariants(start.Fields, Type), theirs);
        ConflictMessage = $"{latest.Author} saved version {latest.Number} at {Dates.ShowUtc(latest.CreatedUtc)} while you were editing (you started from version {baseNumber}). " +
                          "Your text is still in the form below and nothing was saved. Their changes are listed here; save again to make your text the latest version (theirs stays in the history).";
        Record = record;
        Response.StatusCode = 409;
        await DetailsAsync(ct);
        Stamp = record.ConcurrencyStamp;
        await OptionsAsync(ct);
        return Page();
    }

    async Task<IActionResult> ShowAsync(string message, IReadOnlyList<DocumentError> errors, CancellationToken ct)
    {
        FormErrors.Add(message);
        foreach (var e in errors)
        {
            var name = $"{e.Culture}.{e.Error.Field}";
            if (DocumentForm.Inputs(Type, e.Culture).Any(i => i.Name == name))
                (Errors.TryGetValue(name, out var list) ? list : Errors[name] = []).Add(e.Error.Message);
            else FormErrors.Add($"{e.Culture} {e.Error}");
        }
        Response.StatusCode = 400;
        Stamp = Guid.TryParse(Request.Form["stamp"], out var s) ? s : Stamp;
        BaseVersion = int.TryParse(Request.Form["base"], out var b) ? b : BaseVersion;
        await OptionsAsync(ct);
        return Page();
    }

    async Task<IActionResult?> LoadAsync(string type, string id, CancellationToken ct)
    {
        if (DocumentTypes.Find(type) is not { } t) return NotFound();
        Type = t;
        Plan = reviews.PlanFor(t.Name);
        if (!User.MayEdit(t.Name)) return Refuse($"Your account may not work on {t.LabelEn.ToLowerInvariant()}.");
        if (id == "new") { Title = $"New {t.LabelEn.ToLowerInvariant()}"; return null; }
        if (!int.TryParse(id, out var documentId)) return NotFound();
        Record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.Type == t.Name, ct);
        if (Record is null) return NotFound();
        if (Record.DeletedUtc is not null) { Tell("This document is in the recycle bin; restore it to edit it.", false); return Redirect("/backoffice/recycle-bin"); }
        Title = Record.Title;
        await DetailsAsync(ct);
        return null;
    }

    async Task DetailsAsync(CancellationToken ct)
    {
        var publishedNumber = Record!.PublishedVersionId is { } pv ? await db.Versions.Where(v => v.Id == pv).Select(v => (int?)v.Number).FirstOrDefaultAsync(ct) : null;
        Schedules = await db.Schedules.AsNoTracking().Where(s => s.DocumentId == Record.Id && s.DoneUtc == null).OrderBy(s => s.DueUtc).ToListAsync(ct);
        Status = DocumentStatuses.Of(Record, publishedNumber, Schedules.Count > 0);
        Links = await previewLinks.ListAsync(Record.Id, ct);
        var latest = await db.LatestVersionAsync(Record.Id, ct);
        Review = await reviews.StandingAsync(Record, latest, ct);
        CheckErrors = Record.PublishedVersionId == latest.Id || Review.Override is not null ? [] : await gate.CheckErrorsAsync(Record.Id, latest.Id, ct);
        BaseVersion = Record.LatestVersion;
        Stamp = Record.ConcurrencyStamp;
    }

    /// <summary>The choices of pickers: documents for references, media files, provinces.</summary>
    async Task OptionsAsync(CancellationToken ct)
    {
        var documents = await db.Documents.AsNoTracking().Where(d => d.DeletedUtc == null).OrderBy(d => d.Type).ThenBy(d => d.Title)
            .Select(d => new { d.Type, d.Slug, d.Title }).ToListAsync(ct);
        var media = await db.Media.AsNoTracking().Where(m => m.Kind != MediaKind.Document).OrderByDescending(m => m.CreatedUtc).ThenBy(m => m.Path)
            .Select(m => new { m.Path, m.OriginalName, m.AltZh }).ToListAsync(ct);
        foreach (var culture in Cultures.All)
            foreach (var input in DocumentForm.Inputs(Type, culture))
            {
                var field = input.Field;
                if (field.Kind == FieldKind.Reference && field.ReferenceTarget is { } t)
                {
                    var target = DocumentTypes.Get(t).Name;
                    options[input.Name] = documents.Where(d => d.Type == target).Select(d => (d.Slug, $"{d.Title} ({d.Slug})")).ToList();
                }
                else if (field.Kind == FieldKind.Reference)
                    options[input.Name] = documents.Select(d => ($"{d.Type}/{d.Slug}", $"{d.Type}: {d.Title}")).ToList();
                else if (field.Kind == FieldKind.Media)
                    options[input.Name] = media.Select(m => (m.Path, m.AltZh is { Length: > 0 } alt ? $"{alt} ({m.OriginalName ?? m.Path})" : m.Path)).ToList();
                else if (field.Kind == FieldKind.Province)
                    options[input.Name] = Provinces.All.Select(p => (p.Id, $"{p.Zh} · {p.En}")).ToList();
            }
    }

    public FieldView View(FormInput input) => new(input, Values.GetValueOrDefault(input.Name) ?? [],
        Errors.GetValueOrDefault(input.Name) ?? [], Hint(input), options.GetValueOrDefault(input.Name));

    static string? Hint(FormInput input) => input.Path switch
    {
        "slug" => "Lowercase letters, digits and hyphens. Leave empty to make one from the English title. Changing it on a published page keeps the old address as a redirect.",
        "tags" or "syndication.hashtags" => "Separate with commas.",
        "published" => "China Standard Time (UTC+8).",
        "body" => "Markdown. The preview beside it is rendered as the public site renders it.",
        _ => null,
    };
}
