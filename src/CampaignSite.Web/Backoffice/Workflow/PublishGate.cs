using CampaignSite.Content.Checks;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Workflow;

/// <summary>Where a version stands before it goes out: its review, and the errors the editorial checks find in it.</summary>
public sealed record PublishReadiness(ReviewStanding Standing, IReadOnlyList<CheckFinding> CheckErrors)
{
    /// <summary>Every step signed and no check error, or an administrator's override, which answers for both.</summary>
    public bool MayGoOut => Standing.Override is not null || (Standing.Signed && CheckErrors.Count == 0);
}

/// <summary>
/// The one test of whether a version may be published, however it is asked for (a sign-off, a save and
/// publish, a schedule, a release): every review step signed, and no error from the editorial checks
/// (misused words, broken links…). An administrator may publish anyway with a written reason, recorded
/// as an override on the version's review sheet; warnings never block.
/// </summary>
public sealed class PublishGate(CampaignDbContext db, ReviewBook reviews, ContentChecks checks)
{
    public async Task<PublishReadiness> ReadinessAsync(DocumentRecord record, DocumentVersion version, CancellationToken ct = default,
        IReadOnlyCollection<(string Type, string Slug)>? alsoPublished = null)
    {
        var standing = await reviews.StandingAsync(record, version, ct);
        return new PublishReadiness(standing, standing.Override is null ? await CheckErrorsAsync(record.Id, version.Id, ct, alsoPublished) : []);
    }

    /// <summary>Why a scheduled publish of this pinned version may not go out now, or null when it may.</summary>
    public async Task<string?> ScheduledRefusalAsync(int documentId, int versionId, CancellationToken ct = default)
    {
        var record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        var version = await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, ct);
        if (record is null || version is null) return "the scheduled version no longer exists";
        if (record.PublishedVersionId is { } published && published != versionId
            && await db.Versions.Where(v => v.Id == published).Select(v => v.Number).FirstOrDefaultAsync(ct) is var number && number > version.Number)
            return $"version {number}, newer than the scheduled version {version.Number}, is already published";
        // The checks run again at its time: terms change, and a linked page may have gone off the site since.
        var readiness = await ReadinessAsync(record, version, ct);
        return !readiness.Standing.Cleared ? $"version {version.Number} is no longer signed: {readiness.Standing.Waiting}"
            : readiness.CheckErrors.Count > 0 ? Describe(readiness.CheckErrors)
            : null;
    }

    /// <summary>The check errors of a stored version.</summary>
    public async Task<IReadOnlyList<CheckFinding>> CheckErrorsAsync(int documentId, int versionId, CancellationToken ct,
        IReadOnlyCollection<(string Type, string Slug)>? alsoPublished = null) =>
        Errors(await checks.CheckVersionAsync(documentId, versionId, ct, alsoPublished));

    /// <summary>The check errors of variants as a form has them, before they are saved.</summary>
    public async Task<IReadOnlyList<CheckFinding>> CheckErrorsAsync(IReadOnlyDictionary<string, Document> variants, int? documentId, CancellationToken ct) =>
        Errors(await checks.CheckAsync(variants, documentId, ct));

    /// <summary>The findings as errors a form shows next to their fields.</summary>
    public static IReadOnlyList<DocumentError> AsErrors(string document, IReadOnlyList<CheckFinding> findings) =>
        findings.Select(f => new DocumentError(document, f.Culture, new FieldError(f.Field, $"{f.Rule}: {f.Message}"))).ToList();

    /// <summary>The findings in one sentence, for an outcome or an audit line.</summary>
    public static string Describe(IReadOnlyList<CheckFinding> findings) =>
        $"the checks found {findings.Count} error{(findings.Count == 1 ? "" : "s")}: " + string.Join("; ", findings.Take(5).Select(f => f.ToString()))
        + (findings.Count > 5 ? $"; and {findings.Count - 5} more" : "");

    static IReadOnlyList<CheckFinding> Errors(IReadOnlyList<CheckFinding> findings) => findings.Where(f => f.Severity == CheckSeverity.Error).ToList();
}
