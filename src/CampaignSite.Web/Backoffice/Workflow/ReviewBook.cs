using CampaignSite.Content.Checks;
using System.Security.Claims;
using CampaignSite.Content.Publishing;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Workflow;

/// <summary>A document waiting for a step the account may sign.</summary>
public sealed record WaitingItem(DocumentRecord Document, ReviewStanding Standing);

/// <summary>The sign-off rows: where a version stands, the rows the workflow adds, and what waits for whom.</summary>
public sealed class ReviewBook(CampaignDbContext db, ReviewSteps steps, ContentChecks checks, TimeProvider clock)
{
    public ReviewPlan PlanFor(string type) => steps.For(type);

    public async Task<ReviewStanding> StandingAsync(DocumentRecord record, DocumentVersion version, CancellationToken ct = default) =>
        new(steps.For(record.Type), version, await db.SignOffs.AsNoTracking().Where(s => s.VersionId == version.Id).OrderBy(s => s.Id).ToListAsync(ct));

    /// <summary>Every version of a document with its rows, newest first: the review sheet.</summary>
    public async Task<List<ReviewStanding>> HistoryAsync(DocumentRecord record, CancellationToken ct = default)
    {
        var versions = await db.Versions.AsNoTracking().Where(v => v.DocumentId == record.Id).OrderByDescending(v => v.Number).ToListAsync(ct);
        var rows = (await db.SignOffs.AsNoTracking().Where(s => s.DocumentId == record.Id).OrderBy(s => s.Id).ToListAsync(ct)).ToLookup(s => s.VersionId);
        var plan = steps.For(record.Type);
        return versions.Select(v => new ReviewStanding(plan, v, rows[v.Id].ToList())).ToList();
    }

    // What the checks found in each version this unit of work added rows to: a sign-off and the publish
    // it makes are written in one step, and a version never changes, so it is checked once for both.
    readonly Dictionary<int, string> checkedVersions = [];

    /// <summary>Adds a row to the version's sheet, in the caller's transaction, with what the checks find in the version at that moment.</summary>
    public async Task AddAsync(int documentId, int versionId, SignOffKind kind, ReviewStep? step, string signer, string? comment, CancellationToken ct = default)
    {
        if (!checkedVersions.TryGetValue(versionId, out var found))
            checkedVersions[versionId] = found = CheckSummary.Of(await checks.CheckVersionAsync(documentId, versionId, ct), 2000);
        db.SignOffs.Add(new SignOffRecord
        {
            DocumentId = documentId, VersionId = versionId, Kind = kind, StepIndex = step?.Index ?? -1, StepName = step?.Name ?? "",
            Signer = signer.Length > 256 ? signer[..256] : signer, AtUtc = clock.GetUtcNow().UtcDateTime,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), Checks = found,
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>The documents in review, of the given types, whose current step the account may sign, the longest waiting first.</summary>
    public async Task<List<WaitingItem>> WaitingForAsync(ClaimsPrincipal user, IReadOnlyCollection<string> types, CancellationToken ct = default)
    {
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.DeletedUtc == null && d.Review == ReviewState.InReview && types.Contains(d.Type))
            .OrderBy(d => d.UpdatedUtc).Take(500).ToListAsync(ct);
        var ids = documents.Select(d => d.Id).ToList();
        var versions = await db.Latest().AsNoTracking().Where(v => ids.Contains(v.DocumentId)).ToDictionaryAsync(v => v.DocumentId, ct);
        var versionIds = versions.Values.Select(v => v.Id).ToList();
        var rows = (await db.SignOffs.AsNoTracking().Where(s => versionIds.Contains(s.VersionId)).OrderBy(s => s.Id).ToListAsync(ct)).ToLookup(s => s.VersionId);
        return documents.Where(d => versions.ContainsKey(d.Id))
            .Select(d => new WaitingItem(d, new ReviewStanding(steps.For(d.Type), versions[d.Id], rows[versions[d.Id].Id].ToList())))
            .Where(w => !w.Standing.Cleared && w.Standing.Refusal(user) is null)
            .ToList();
    }
}
