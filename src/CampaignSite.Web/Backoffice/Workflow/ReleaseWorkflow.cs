using System.Security.Claims;
using CampaignSite.Backoffice.Security;
using CampaignSite.Content.Delivery;
using CampaignSite.Content.Publishing;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Workflow;

/// <summary>One document of a release as the release page shows it.</summary>
public sealed record ReleaseItem(int Id, int DocumentId, string Type, string Slug, string Title, int VersionId, int VersionNumber, int LatestVersion,
    bool AlreadyPublished, bool Deleted, string AddedBy);

/// <summary>
/// Releases: editors group pending versions of several documents under a name and put them on the
/// site together, now or at a scheduled moment in China Standard Time. Everything in a release
/// goes out in one transaction (a reader sees all of it or none), after the same checks a single
/// publish has, run over every item first. A release is edited (items added and removed, the
/// schedule set or lifted) until it has gone out; the scheduler runs it once, under its lease.
/// </summary>
public sealed class ReleaseWorkflow(CampaignDbContext db, ContentStore store, ContentScope scope, AuditLog audit, PublishGate gate, ReviewBook reviews, TimeProvider clock)
{
    public const string NotFoundMessage = "This release does not exist.";

    public async Task<(WorkflowResult Result, int Id)> CreateAsync(ClaimsPrincipal user, string? name, CancellationToken ct = default)
    {
        if (!user.CanPublish()) return (WorkflowResult.Forbidden("Only editors and administrators make releases."), 0);
        name = name?.Trim() ?? "";
        if (name.Length == 0) return (WorkflowResult.Invalid("Give the release a name, such as “Launch day wave 1”."), 0);
        if (name.Length > ReleaseRecord.NameLength) return (WorkflowResult.Invalid($"The name may have at most {ReleaseRecord.NameLength} characters."), 0);
        await using var unit = await scope.BeginAsync(ct);
        var release = new ReleaseRecord { Name = name, CreatedBy = user.Name(), CreatedUtc = clock.GetUtcNow().UtcDateTime };
        db.Releases.Add(release);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(user.Name(), "release.create", null, $"release {release.Id}: {name}", ct);
        await unit.CompleteAsync(ct);
        return (WorkflowResult.Done($"Release “{name}” made: add the documents that go out with it."), release.Id);
    }

    /// <summary>Adds a document's latest version; that version is what the release publishes, whatever is saved after.</summary>
    public Task<WorkflowResult> AddAsync(ClaimsPrincipal user, int releaseId, int documentId, CancellationToken ct = default) =>
        ChangeAsync(user, releaseId, "release.add", async release =>
        {
            var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
            if (document is null) return WorkflowResult.Invalid("That document does not exist.");
            if (!user.MayEdit(document.Type)) return WorkflowResult.Forbidden($"Your account may not work on {document.Type} documents.");
            if (document.DeletedUtc is not null) return WorkflowResult.Invalid($"{document.Title} is in the recycle bin: restore it first.");
            var latest = await db.LatestVersionAsync(document.Id, ct);
            if (latest.Id == document.PublishedVersionId) return WorkflowResult.Invalid($"{document.Title} has nothing pending: its latest version is the published one.");
            if (await db.ReleaseItems.AnyAsync(i => i.ReleaseId == release.Id && i.DocumentId == document.Id, ct))
                return WorkflowResult.Invalid($"{document.Title} is in this release already.");
            var other = await (from i in db.ReleaseItems join r in db.Releases on i.ReleaseId equals r.Id
                               where i.DocumentId == document.Id && r.PublishedUtc == null select r.Name).FirstOrDefaultAsync(ct);
            if (other is not null) return WorkflowResult.Invalid($"{document.Title} is already in the release “{other}”: a document goes out with one release.");
            // As with a scheduled publish: a version joins once every step but the last is signed, and joining signs the last.
            // Links to documents of this release count as published: they go out together (add the linked one first).
            var together = (await ItemsOfAsync(release.Id, ct)).Select(i => (i.Type, i.Slug)).Append((document.Type, document.Slug)).ToList();
            var (standing, checkErrors) = await gate.ReadinessAsync(document, latest, ct, together);
            var signed = "";
            if (!standing.Cleared)
            {
                if (!standing.WaitsForLastStep) return WorkflowResult.Invalid($"{document.Title} cannot join a release yet: {standing.Waiting}. A version joins once every step but the last is signed.");
                if (standing.Refusal(user) is { } refusal) return refusal;
                await reviews.AddAsync(document.Id, latest.Id, SignOffKind.Signed, standing.Current, user.Name(), $"added to the release “{release.Name}”", ct);
                signed = $" Adding it signed {standing.Current!.Name}.";
            }
            if (checkErrors.Count > 0)
                return WorkflowResult.Invalid($"{document.Title} cannot join the release: {PublishGate.Describe(checkErrors)}. Correct them in a new version first.");
            db.ReleaseItems.Add(new ReleaseItemRecord
            {
                ReleaseId = release.Id, DocumentId = document.Id, VersionId = latest.Id, AddedBy = user.Name(), AddedUtc = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
            return WorkflowResult.Done($"{document.Title} (version {latest.Number}) added.{signed}", document.Id);
        }, ct, $"document {documentId}");

    public Task<WorkflowResult> RemoveAsync(ClaimsPrincipal user, int releaseId, int itemId, CancellationToken ct = default) =>
        ChangeAsync(user, releaseId, "release.remove", async release =>
        {
            var item = await db.ReleaseItems.FirstOrDefaultAsync(i => i.Id == itemId && i.ReleaseId == release.Id, ct);
            if (item is null) return WorkflowResult.Invalid("That document is not in this release.");
            var type = await db.Documents.Where(d => d.Id == item.DocumentId).Select(d => d.Type).FirstAsync(ct);
            if (!user.MayEdit(type)) return WorkflowResult.Forbidden($"Your account may not work on {type} documents.");
            db.ReleaseItems.Remove(item);
            await db.SaveChangesAsync(ct);
            return WorkflowResult.Done("Taken out of the release; its draft stays as it is.", item.DocumentId);
        }, ct, $"item {itemId}");

    public Task<WorkflowResult> ScheduleAsync(ClaimsPrincipal user, int releaseId, string? at, CancellationToken ct = default) =>
        ChangeAsync(user, releaseId, "release.schedule", async release =>
        {
            if (!Dates.TryReadLocal(at, out var moment)) return WorkflowResult.Invalid("Give the time as a date and time in China Standard Time, such as 2027-06-30T09:00.");
            var now = clock.GetUtcNow();
            if (moment <= now) return WorkflowResult.Invalid($"The time must be in the future (it is now {Dates.ShowUtc(now.UtcDateTime)}).");
            if (moment > now.AddYears(5)) return WorkflowResult.Invalid("The time must be within five years.");
            if (await ItemsOfAsync(release.Id, ct) is { Count: 0 }) return WorkflowResult.Invalid("The release is empty: add documents before scheduling it.");
            if (await ReachRefusalAsync(user, release.Id, ct) is { } refused) return refused;
            await db.Releases.Where(r => r.Id == release.Id && r.PublishedUtc == null).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.ScheduledUtc, moment.UtcDateTime).SetProperty(r => r.ScheduledBy, user.Name()).SetProperty(r => r.Outcome, (string?)null), ct);
            return WorkflowResult.Done($"Scheduled to go out at {Dates.ShowUtc(moment.UtcDateTime)}.");
        }, ct, at);

    public Task<WorkflowResult> UnscheduleAsync(ClaimsPrincipal user, int releaseId, CancellationToken ct = default) =>
        ChangeAsync(user, releaseId, "release.unschedule", async release =>
        {
            if (release.ScheduledUtc is null) return WorkflowResult.Invalid("This release has no schedule.");
            await db.Releases.Where(r => r.Id == release.Id && r.PublishedUtc == null).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.ScheduledUtc, (DateTime?)null).SetProperty(r => r.ScheduledBy, (string?)null), ct);
            return WorkflowResult.Done("The schedule is lifted: the release waits until someone publishes or schedules it.");
        }, ct);

    /// <summary>Publishes every item now, in one transaction, or nothing, with the reasons.</summary>
    public Task<WorkflowResult> PublishAsync(ClaimsPrincipal user, int releaseId, CancellationToken ct = default) =>
        ChangeAsync(user, releaseId, "release.publish", async release =>
        {
            if (await ReachRefusalAsync(user, release.Id, ct) is { } refused) return refused;
            return await GoOutAsync(release, user.Name(), ct);
        }, ct);

    /// <summary>
    /// Publishes the releases whose moment has come; the scheduler calls it while it holds its lease.
    /// A release that cannot go out keeps its items, loses its schedule, and says why on its page.
    /// </summary>
    public async Task<int> RunDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Releases.AsNoTracking().Where(r => r.PublishedUtc == null && r.ScheduledUtc <= now).OrderBy(r => r.ScheduledUtc).Take(50).ToListAsync(ct);
        var ran = 0;
        foreach (var release in due)
        {
            var by = $"schedule by {release.ScheduledBy}";
            WorkflowResult result;
            await using (var unit = await scope.BeginAsync(ct))
            {
                result = await GoOutAsync(release, by, ct);
                // Another runner sent it out in the meantime.
                if (result.Outcome == WorkflowOutcome.Conflict) continue;
                if (result.Succeeded)
                {
                    await audit.WriteAsync(by, "release.run", null, $"release {release.Id}: {release.Name}: {result.Message}", ct);
                    await unit.CompleteAsync(ct);
                    ran++;
                    continue;
                }
            }
            // Rolled back: nothing of the release went out. Its page says why, and it waits for a new schedule.
            await using (var unit = await scope.BeginAsync(ct))
            {
                var why = Cut("Not published at its time: " + Describe(result));
                await db.Releases.Where(r => r.Id == release.Id && r.PublishedUtc == null).ExecuteUpdateAsync(u => u
                    .SetProperty(r => r.ScheduledUtc, (DateTime?)null).SetProperty(r => r.Outcome, why), ct);
                await audit.WriteAsync(by, "release.run", null, $"release {release.Id}: {release.Name}: {why}", ct);
                await unit.CompleteAsync(ct);
            }
        }
        return ran;
    }

    /// <summary>The release's items with what the page shows of each.</summary>
    public Task<List<ReleaseItem>> ItemsOfAsync(int releaseId, CancellationToken ct = default) =>
        (from i in db.ReleaseItems
         join d in db.Documents on i.DocumentId equals d.Id
         join v in db.Versions on i.VersionId equals v.Id
         where i.ReleaseId == releaseId
         orderby d.Type, d.Title
         select new ReleaseItem(i.Id, d.Id, d.Type, d.Slug, d.Title, v.Id, v.Number, d.LatestVersion, d.PublishedVersionId == i.VersionId, d.DeletedUtc != null, i.AddedBy))
        .AsNoTracking().ToListAsync(ct);

    /// <summary>
    /// Marks the release published (once: a conditional update) and publishes each item's pinned version,
    /// all inside the caller's unit of work; the first item that cannot go out rolls everything back.
    /// </summary>
    async Task<WorkflowResult> GoOutAsync(ReleaseRecord release, string by, CancellationToken ct)
    {
        var items = await ItemsOfAsync(release.Id, ct);
        if (items.Count == 0) return WorkflowResult.Invalid("The release is empty: add documents first.");
        var blocked = items.Where(i => i.Deleted).Select(i => $"{i.Title} is in the recycle bin").ToList();
        if (blocked.Count > 0) return WorkflowResult.Invalid("Nothing went out: " + string.Join("; ", blocked) + ".");
        // Every item is checked before anything goes out, as a single publish would be; links between
        // the release's own documents count as published, since they go out together.
        var together = items.Select(i => (i.Type, i.Slug)).ToList();
        var errors = new List<DocumentError>();
        foreach (var item in items.Where(i => !i.AlreadyPublished))
        {
            var record = await db.Documents.AsNoTracking().FirstAsync(d => d.Id == item.DocumentId, ct);
            var version = await db.Versions.AsNoTracking().FirstAsync(v => v.Id == item.VersionId, ct);
            var readiness = await gate.ReadinessAsync(record, version, ct, together);
            if (!readiness.Standing.Cleared) blocked.Add($"{item.Title}: {readiness.Standing.Waiting}");
            if (readiness.CheckErrors.Count > 0)
            {
                blocked.Add($"{item.Title}: {PublishGate.Describe(readiness.CheckErrors)}");
                errors.AddRange(PublishGate.AsErrors($"{item.Type}/{item.Slug}", readiness.CheckErrors));
            }
        }
        if (blocked.Count > 0) return WorkflowResult.Invalid("Nothing went out: " + string.Join("; ", blocked) + ".", errors);

        await using var unit = await scope.BeginAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Releases.Where(r => r.Id == release.Id && r.PublishedUtc == null)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.PublishedUtc, now).SetProperty(r => r.PublishedBy, by), ct) != 1)
            return new WorkflowResult(WorkflowOutcome.Conflict, "This release has gone out already.", []);
        foreach (var item in items.Where(i => !i.AlreadyPublished))
            errors.AddRange((await store.PublishAsync(item.DocumentId, item.VersionId, ct)).Errors);
        // Leaving the unit without completing it rolls back every item and the mark.
        if (errors.Count > 0) return WorkflowResult.Invalid("Nothing went out: some versions have problems.", errors);
        // Noted on each sheet once all are out, so that links among them check as published.
        foreach (var item in items.Where(i => !i.AlreadyPublished))
            await reviews.AddAsync(item.DocumentId, item.VersionId, SignOffKind.Published, null, by, null, ct);
        var outcome = $"Published {items.Count} documents at {Dates.ShowUtc(now)}.";
        await db.Releases.Where(r => r.Id == release.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Outcome, outcome), ct);
        await unit.CompleteAsync(ct);
        return WorkflowResult.Done(outcome);
    }

    /// <summary>Refused unless the account may work on every document in the release.</summary>
    async Task<WorkflowResult?> ReachRefusalAsync(ClaimsPrincipal user, int releaseId, CancellationToken ct)
    {
        var types = await (from i in db.ReleaseItems join d in db.Documents on i.DocumentId equals d.Id where i.ReleaseId == releaseId select d.Type).Distinct().ToListAsync(ct);
        return types.FirstOrDefault(t => !user.MayEdit(t)) is { } type
            ? WorkflowResult.Forbidden($"This release holds {type} documents, which your account may not publish.")
            : null;
    }

    /// <summary>Loads a release that has not gone out, checks the account may work on releases, runs the step and audits it.</summary>
    async Task<WorkflowResult> ChangeAsync(ClaimsPrincipal user, int releaseId, string action, Func<ReleaseRecord, Task<WorkflowResult>> step, CancellationToken ct, string? detail = null)
    {
        if (!user.CanPublish()) return WorkflowResult.Forbidden("Only editors and administrators work on releases.");
        var release = await db.Releases.AsNoTracking().FirstOrDefaultAsync(r => r.Id == releaseId, ct);
        if (release is null) return new WorkflowResult(WorkflowOutcome.NotFound, NotFoundMessage, []);
        if (release.PublishedUtc is not null) return WorkflowResult.Invalid($"This release went out at {Dates.ShowUtc(release.PublishedUtc.Value)}; it can no longer change.");
        await using var unit = await scope.BeginAsync(ct);
        var result = await step(release);
        db.ChangeTracker.Clear();
        if (result.Succeeded)
        {
            await audit.WriteAsync(user.Name(), action, result.DocumentId == 0 ? null : result.DocumentId,
                $"release {release.Id}: {release.Name}{(detail is null ? "" : ": " + detail)}", ct);
            await unit.CompleteAsync(ct);
        }
        return result;
    }

    static string Describe(WorkflowResult result) =>
        result.Errors.Count == 0 ? result.Message : result.Message + " " + string.Join("; ", result.Errors.Select(e => e.ToString()));

    static string Cut(string text) => text.Length <= 2000 ? text : text[..1999] + "…";
}
