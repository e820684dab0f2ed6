using System.Security.Claims;
using CampaignSite.Backoffice.Security;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Data.Changes;
using CampaignSite.Content.Delivery;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Workflow;

/// <summary>
/// Every change an editor makes to a document: who may make it, the change (through the
/// ContentStore, the one way content enters the database), and its line in the audit log.
/// Pages and endpoints call this and nothing else, so a rule checked here holds for every route.
/// </summary>
public sealed class EditorialWorkflow(CampaignDbContext db, ContentStore store, ContentScope scope, AuditLog audit, PreviewLinks previewLinks, ReviewBook reviews, PublishGate gate, TimeProvider clock)
{
    public async Task<WorkflowResult> SaveAsync(ClaimsPrincipal user, IReadOnlyDictionary<string, Document> variants, int? id, Guid? stamp,
        bool publish, CancellationToken ct = default)
    {
        var type = DocumentTypes.Get(variants[Cultures.Chinese].GetType());
        if (MaySave(user, type, publish) is { } refused) return refused;
        var plan = reviews.PlanFor(type.Name);
        if (publish && !plan.PublishesOnSave(user))
            return WorkflowResult.Invalid($"Nothing was saved: publishing needs every review step signed ({plan.Names}). Save the draft and submit it for review.");
        var slug = variants[Cultures.Chinese].Slug;
        // A new document must not land on an existing one: the store would save into the document that has the slug.
        if (id is null && await store.SlugTakenAsync(type, slug, null, ct))
            return WorkflowResult.Invalid("Nothing was saved.", [ContentStore.SlugTaken(type, slug)]);
        if (id is { } existing && await db.Documents.AnyAsync(d => d.Id == existing && d.DeletedUtc != null, ct))
            return WorkflowResult.Invalid("This document is in the recycle bin: restore it first.");
        if (publish && await gate.CheckErrorsAsync(variants, id, ct) is { Count: > 0 } checkErrors)
            return WorkflowResult.Invalid("Nothing was saved or published: the checks found errors, marked below. Correct them, or save a draft, which an administrator may publish anyway with a written reason.",
                PublishGate.AsErrors($"{type.Name}/{slug}", checkErrors));

        await using var unit = await scope.BeginAsync(ct);
        var result = await store.SaveAsync(variants, user.Name(), publish, expectedStamp: stamp, documentId: id, ct: ct);
        if (result.Conflict) return new WorkflowResult(WorkflowOutcome.Conflict, "Someone saved this document after you opened it.", [], id ?? 0);
        if (!result.Succeeded) return WorkflowResult.Invalid("Nothing was saved: correct the fields marked below.", result.Errors);
        if (publish)
        {
            // The default single review: the editor's own publish is its sign-off.
            var versionId = await db.Versions.Where(v => v.DocumentId == result.DocumentId && v.Number == result.VersionNumber).Select(v => v.Id).FirstAsync(ct);
            await reviews.AddAsync(result.DocumentId, versionId, SignOffKind.Signed, plan.Steps[0], user.Name(), null, ct);
            await reviews.AddAsync(result.DocumentId, versionId, SignOffKind.Published, null, user.Name(), null, ct);
        }
        await audit.WriteAsync(user.Name(), publish ? "publish" : id is null ? "create" : "save", result.DocumentId, $"{type.Name}/{slug} version {result.VersionNumber}", ct);
        await unit.CompleteAsync(ct);
        return WorkflowResult.Done(publish ? $"Version {result.VersionNumber} saved and published." : $"Version {result.VersionNumber} saved as a draft.", result.DocumentId);
    }

    /// <summary>Why the account may not save (or save and publish) a document of this type, or null when it may.</summary>
    public static WorkflowResult? MaySave(ClaimsPrincipal user, DocumentType type, bool publish) =>
        !user.MayEdit(type.Name) ? WorkflowResult.Forbidden($"Your account may not edit {type.LabelEn.ToLowerInvariant()}.")
        : publish && !user.CanPublish() ? WorkflowResult.Forbidden("Writers cannot publish: submit the draft for review instead.")
        : null;

    public Task<WorkflowResult> SubmitAsync(ClaimsPrincipal user, int id, CancellationToken ct = default) =>
        ChangeAsync(user, id, needsPublish: false, "submit", async record =>
        {
            if (record.Review == ReviewState.InReview) return WorkflowResult.Invalid("This document is already waiting for review.");
            await SetReviewAsync(record.Id, ReviewState.InReview, null, ct);
            var first = reviews.PlanFor(record.Type).Steps[0];
            return WorkflowResult.Done($"Submitted for review: {first.Name} is signed by {first.Signers}, who may also send it back.");
        }, ct);

    public Task<WorkflowResult> SendBackAsync(ClaimsPrincipal user, int id, string? comment, CancellationToken ct = default) =>
        ChangeAsync(user, id, needsPublish: false, "send-back", async record =>
        {
            var version = await db.LatestVersionAsync(record.Id, ct);
            var standing = await reviews.StandingAsync(record, version, ct);
            var step = standing.Current ?? standing.Plan.Last;
            if (!user.CanPublish() && !step.MaySign(user))
                return WorkflowResult.Forbidden($"Editors, administrators and the signers of {step.Name} send a version back; your account is none of them.");
            if (string.IsNullOrWhiteSpace(comment)) return WorkflowResult.Invalid("Say what the writer should change: the comment is required.");
            if (comment.Length > MaxComment) return WorkflowResult.Invalid("The comment is longer than 1,000 characters.");
            await reviews.AddAsync(record.Id, version.Id, SignOffKind.SentBack, step, user.Name(), comment, ct);
            await SetReviewAsync(record.Id, ReviewState.SentBack, comment.Trim(), ct);
            return WorkflowResult.Done("Sent back to the writer with your comment.");
        }, ct, detail: comment);

    public const int MaxComment = 1000;
    public const int MaxOverrideReason = 500;

    /// <summary>Publishes the latest version when every step is signed; signs the last step first when the account may.</summary>
    public Task<WorkflowResult> PublishAsync(ClaimsPrincipal user, int id, CancellationToken ct = default) => SignAsync(user, id, null, null, ct);

    /// <summary>
    /// Signs the current step of the latest version (of <paramref name="number"/>, the version the signer read, when given).
    /// The last step signed by an editor or administrator publishes that version: "sign and publish", as approving did.
    /// </summary>
    public Task<WorkflowResult> SignAsync(ClaimsPrincipal user, int id, int? number, string? comment, CancellationToken ct = default)
    {
        var audited = "";
        return ChangeAsync(user, id, needsPublish: false, "sign", async record =>
        {
            var plan = reviews.PlanFor(record.Type);
            if (!plan.MaySignAny(user) && !user.CanPublish()) return WorkflowResult.Forbidden($"Your account signs no review step of {record.Type} documents.");
            if (comment?.Length > MaxComment) return WorkflowResult.Invalid("The comment is longer than 1,000 characters.");
            var version = await db.LatestVersionAsync(record.Id, ct);
            if (number is { } read && read != version.Number) return Outdated(read, version);
            var standing = await reviews.StandingAsync(record, version, ct);
            if (standing.Cleared)
            {
                if (record.PublishedVersionId == version.Id) return WorkflowResult.Invalid($"Version {version.Number} is already published.");
                if (!user.CanPublish()) return WorkflowResult.Forbidden("Every step is signed; an editor or administrator publishes it.");
                audited = $"published version {version.Number}";
                return await PublishSignedAsync(record, version, user, $"Published version {version.Number}: every step was signed.", ct);
            }
            if (standing.Refusal(user) is { } refusal) return refusal;
            var step = standing.Current!;
            await reviews.AddAsync(record.Id, version.Id, SignOffKind.Signed, step, user.Name(), comment, ct);
            audited = $"{step.Name} of version {version.Number}";
            var last = step.Index == plan.Steps.Count - 1;
            if (last && user.CanPublish())
            {
                audited += ", published";
                return await PublishSignedAsync(record, version, user,
                    plan.Configured ? $"Signed {step.Name} and published version {version.Number}." : $"Approved and published version {version.Number}.", ct);
            }
            await SetReviewAsync(record.Id, ReviewState.InReview, null, ct);
            if (last) return WorkflowResult.Done($"Signed {step.Name}: every step of version {version.Number} is signed, and an editor publishes it.");
            var next = plan.Steps[step.Index + 1];
            return WorkflowResult.Done($"Signed {step.Name} of version {version.Number}. Next: {next.Name}, signed by {next.Signers}.");
        }, ct, describe: () => audited);
    }

    /// <summary>An administrator publishes the latest version without every step signed; the reason is audited and printed on the review sheet.</summary>
    public Task<WorkflowResult> OverrideAsync(ClaimsPrincipal user, int id, int? number, string? reason, CancellationToken ct = default)
    {
        var overridden = "";
        return ChangeAsync(user, id, needsPublish: true, "publish.override", async record =>
        {
            if (!user.IsAdministrator()) return WorkflowResult.Forbidden("Only an administrator may publish a version without every step signed.");
            if (string.IsNullOrWhiteSpace(reason)) return WorkflowResult.Invalid("Nothing was published: write why it is published without every step signed.");
            if (reason.Trim().Length > MaxOverrideReason) return WorkflowResult.Invalid($"Nothing was published: the reason is longer than {MaxOverrideReason} characters.");
            var version = await db.LatestVersionAsync(record.Id, ct);
            if (number is { } read && read != version.Number) return Outdated(read, version);
            if (record.PublishedVersionId == version.Id) return WorkflowResult.Invalid($"Version {version.Number} is already published.");
            var standing = await reviews.StandingAsync(record, version, ct);
            var checkErrors = await gate.CheckErrorsAsync(record.Id, version.Id, ct);
            var passed = string.Join("; ", new[] { standing.Signed ? null : standing.Waiting, checkErrors.Count == 0 ? null : PublishGate.Describe(checkErrors) }.OfType<string>());
            overridden = passed.Length == 0 ? "nothing was waiting" : passed;
            await reviews.AddAsync(record.Id, version.Id, SignOffKind.Overridden, standing.Current, user.Name(), reason, ct);
            return await PublishSignedAsync(record, version, user, $"Published version {version.Number} by an administrator's override ({overridden}); the reason is on the review sheet.", ct, overridden: true);
        }, ct, describe: () => $"{reason?.Trim()} (overrode: {overridden})");
    }

    /// <summary>Publishes the version that was signed, not a later one, and notes the publish on its sheet; check errors stop it unless an administrator overrode them.</summary>
    async Task<WorkflowResult> PublishSignedAsync(DocumentRecord record, DocumentVersion version, ClaimsPrincipal user, string message, CancellationToken ct, bool overridden = false)
    {
        if (!overridden && await gate.CheckErrorsAsync(record.Id, version.Id, ct) is { Count: > 0 } checkErrors)
            return WorkflowResult.Invalid($"Nothing was signed or published: the checks found errors in version {version.Number}, marked below. Correct them in a new version, or an administrator publishes it anyway with a written reason.",
                PublishGate.AsErrors($"{record.Type}/{record.Slug}", checkErrors));
        var result = await store.PublishAsync(record.Id, version.Id, ct);
        if (!result.Succeeded) return WorkflowResult.Invalid($"Not published: version {version.Number} has problems.", result.Errors);
        await reviews.AddAsync(record.Id, version.Id, SignOffKind.Published, null, user.Name(), null, ct);
        return WorkflowResult.Done(message);
    }

    static WorkflowResult Outdated(int read, DocumentVersion latest) =>
        WorkflowResult.Invalid($"Nothing was signed: you read version {read}, but {latest.Author} saved version {latest.Number} at {Dates.ShowUtc(latest.CreatedUtc)}, whose review starts again at the first step.");

    public Task<WorkflowResult> UnpublishAsync(ClaimsPrincipal user, int id, CancellationToken ct = default) =>
        ChangeAsync(user, id, needsPublish: true, "unpublish", async record =>
            await store.UnpublishAsync(record.Id, ct: ct) ? WorkflowResult.Done("Taken off the public site.") : WorkflowResult.Invalid("This document is not published."), ct);

    /// <summary>Schedules a publish or unpublish at a moment in the future.</summary>
    public Task<WorkflowResult> ScheduleAsync(ClaimsPrincipal user, int id, ScheduleAction? action, DateTimeOffset at, CancellationToken ct = default) =>
        ChangeAsync(user, id, needsPublish: true, "schedule", async record =>
        {
            if (action is not { } chosen) return WorkflowResult.Invalid("A schedule either publishes or unpublishes.");
            var now = clock.GetUtcNow();
            if (at <= now) return WorkflowResult.Invalid($"The time must be in the future (it is now {Dates.ShowUtc(now.UtcDateTime)}).");
            if (at > now.AddYears(5)) return WorkflowResult.Invalid("The time must be within five years.");
            int? versionId = null, pinned = null;
            if (chosen == ScheduleAction.Publish)
            {
                // The schedule publishes this version, signed now; scheduling is the last step's sign-off when the earlier ones are signed.
                var version = await db.LatestVersionAsync(record.Id, ct);
                var (standing, checkErrors) = await gate.ReadinessAsync(record, version, ct);
                if (!standing.Cleared)
                {
                    if (!standing.WaitsForLastStep) return WorkflowResult.Invalid($"Not scheduled: {standing.Waiting}. A publish is scheduled once every step but the last is signed.");
                    if (standing.Refusal(user) is { } refusal) return refusal;
                    await reviews.AddAsync(record.Id, version.Id, SignOffKind.Signed, standing.Current, user.Name(), null, ct);
                }
                if (checkErrors.Count > 0)
                    return WorkflowResult.Invalid($"Not scheduled: the checks found errors in version {version.Number}, marked below. Correct them in a new version first.",
                        PublishGate.AsErrors($"{record.Type}/{record.Slug}", checkErrors));
                (versionId, pinned) = (version.Id, version.Number);
            }
            db.Schedules.Add(new ScheduleRecord { DocumentId = record.Id, Action = chosen, VersionId = versionId, DueUtc = at.UtcDateTime, CreatedBy = user.Name(), CreatedUtc = now.UtcDateTime });
            await db.SaveChangesAsync(ct);
            return WorkflowResult.Done($"Scheduled to {chosen.Name()} at {Dates.ShowUtc(at.UtcDateTime)}.{(pinned is null ? "" : $" It publishes version {pinned} as signed.")}");
        }, ct, detail: $"{action?.Name()} at {Dates.ShowUtc(at.UtcDateTime)}");

    public async Task<WorkflowResult> CancelScheduleAsync(ClaimsPrincipal user, int scheduleId, CancellationToken ct = default)
    {
        var schedule = await db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.Id == scheduleId, ct);
        if (schedule is null) return WorkflowResult.NotFound;
        return await ChangeAsync(user, schedule.DocumentId, needsPublish: true, "schedule.cancel", async _ =>
            await db.Schedules.Where(s => s.Id == scheduleId && s.DoneUtc == null).ExecuteDeleteAsync(ct) == 1
                ? WorkflowResult.Done("The schedule is cancelled.")
                : WorkflowResult.Invalid("This schedule has already run."), ct, detail: $"{schedule.Action} at {Dates.ShowUtc(schedule.DueUtc)}");
    }

    /// <summary>Makes an old version the latest again, as a new version; publishing it is a separate step.</summary>
    public Task<WorkflowResult> RollbackAsync(ClaimsPrincipal user, int id, int number, CancellationToken ct = default) =>
        ChangeAsync(user, id, needsPublish: false, "rollback", async record =>
        {
            var version = await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.DocumentId == record.Id && v.Number == number, ct);
            if (version is null) return WorkflowResult.Invalid($"There is no version {number}.");
            var variants = DocumentJson.DeserializeVariants(version.Fields, DocumentTypes.Find(record.Type)!);
            var result = await store.SaveAsync(variants, user.Name(), publish: false, documentId: record.Id, ct: ct);
            if (!result.Succeeded) return WorkflowResult.Invalid($"Version {number} cannot be restored as it is.", result.Errors);
            return WorkflowResult.Done($"Version {number} restored as version {result.VersionNumber} (a draft: publish it to put it on the site).");
        }, ct, detail: $"to version {number}");

    /// <summary>Moves a document to the recycle bin: off the public site, schedules cancelled, restorable.</summary>
    public Task<WorkflowResult> DeleteAsync(ClaimsPrincipal user, int id, CancellationToken ct = default) =>
        ChangeAsync(user, id, needsPublish: false, "delete", async record =>
        {
            if (record.PublishedVersionId is not null && !user.CanPublish())
                return WorkflowResult.Forbidden("This document is published; only an editor can take it off the site.");
            // Deleting cancels the schedules, and cancelling one is an editor's step.
            if (!user.CanPublish() && await db.Schedules.AnyAsync(s => s.DocumentId == record.Id && s.DoneUtc == null, ct))
                return WorkflowResult.Forbidden("This document has a schedule; only an editor can cancel it.");
            await store.UnpublishAsync(record.Id, ChangeKind.Deleted, ct);
            await db.Schedules.Where(s => s.DocumentId == record.Id && s.DoneUtc == null).ExecuteDeleteAsync(ct);
            await db.Documents.Where(d => d.Id == record.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.DeletedUtc, clock.GetUtcNow().UtcDateTime), ct);
            await PreviewLinks.EndAllAsync(db, record.Id, clock.GetUtcNow().UtcDateTime, ct);
            return WorkflowResult.Done("Moved to the recycle bin.");
        }, ct, allowDeleted: false);

    public Task<WorkflowResult> RestoreAsync(ClaimsPrincipal user, int id, CancellationToken ct = default) =>
        ChangeAsync(user, id, needsPublish: false, "restore", async record =>
        {
            if (record.DeletedUtc is null) return WorkflowResult.Invalid("This document is not in the recycle bin.");
            await db.Documents.Where(d => d.Id == record.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.DeletedUtc, (DateTime?)null), ct);
            return WorkflowResult.Done("Restored as a draft.");
        }, ct, allowDeleted: true);

    /// <summary>
    /// A link to the document's draft for a reviewer without an account, working for the given hours.
    /// The token comes back once, through <paramref name="made"/>; only its hash is kept.
    /// </summary>
    public Task<WorkflowResult> CreatePreviewLinkAsync(ClaimsPrincipal user, int id, string? hours, Action<string, DateTime> made, CancellationToken ct = default) =>
        ChangeAsync(user, id, needsPublish: false, "preview-link.create", async record =>
        {
            if (!PreviewLinks.TryReadHours(hours, out var length))
                return WorkflowResult.Invalid($"No link was made: give its length as a whole number of hours from 1 to {PreviewLinks.MaxHours} (30 days), for example {PreviewLinks.DefaultHours}.");
            if (!await previewLinks.HasDraftAsync(record, ct))
                return WorkflowResult.Invalid("No link was made: the latest version is the published one, so there is no draft to show. Save a draft first.");
            var (token, link) = await previewLinks.CreateAsync(record.Id, length, user.Name(), ct);
            made(token, link.ExpiresUtc);
            return WorkflowResult.Done($"Preview link made; it works until {Dates.ShowUtc(link.ExpiresUtc)}. Copy it now: it is shown only once.");
        }, ct, detail: $"preview link for {hours?.Trim()} hours");

    public Task<WorkflowResult> RevokePreviewLinkAsync(ClaimsPrincipal user, int id, int linkId, CancellationToken ct = default) =>
        ChangeAsync(user, id, needsPublish: false, "preview-link.revoke", async record =>
            await previewLinks.RevokeAsync(record.Id, linkId, ct)
                ? WorkflowResult.Done("The preview link is revoked: it no longer opens the draft.")
                : WorkflowResult.Invalid("This preview link was already revoked or ended."), ct, detail: $"preview link {linkId}");

    async Task SetReviewAsync(int id, ReviewState? review, string? note, CancellationToken ct) =>
        await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.Review, review).SetProperty(d => d.ReviewNote, note).SetProperty(d => d.ConcurrencyStamp, Guid.NewGuid()), ct);

    /// <summary>Loads the document, checks the account may act on it, runs the step and audits it when it succeeded.</summary>
    async Task<WorkflowResult> ChangeAsync(ClaimsPrincipal user, int id, bool needsPublish, string action,
        Func<DocumentRecord, Task<WorkflowResult>> step, CancellationToken ct, string? detail = null, bool allowDeleted = false, Func<string>? describe = null)
    {
        var record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (record is null) return WorkflowResult.NotFound;
        if (!user.MayEdit(record.Type)) return WorkflowResult.Forbidden($"Your account may not work on {record.Type} documents.");
        if (needsPublish && !user.CanPublish()) return WorkflowResult.Forbidden("Only editors and administrators can do this; writers submit drafts for review.");
        if (!allowDeleted && record.DeletedUtc is not null) return WorkflowResult.Invalid("This document is in the recycle bin: restore it first.");
        // The step, its audit line and its change-log rows commit together, or none of them does.
        await using var unit = await scope.BeginAsync(ct);
        var result = await step(record);
        db.ChangeTracker.Clear();
        if (result.Succeeded)
        {
            detail = describe?.Invoke() ?? detail;
            await audit.WriteAsync(user.Name(), action, record.Id, $"{record.Type}/{record.Slug}{(detail is null ? "" : ": " + detail)}", ct);
            await unit.CompleteAsync(ct);
        }
        return result with { DocumentId = record.Id };
    }
}
