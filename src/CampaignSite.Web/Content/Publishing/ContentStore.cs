using CampaignSite.Content.Delivery;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using CampaignSite.Data.Changes;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Content.Publishing;

/// <summary>
/// The one way content enters the database: validate, save a new version, and on publish
/// move the published pointer and rewrite the published rows in the same transaction.
/// </summary>
public sealed class ContentStore(CampaignDbContext db, ContentScope scope, TimeProvider clock)
{
    /// <summary>Saves a version of the document given by its variants (zh-CN required) and optionally publishes it.</summary>
    /// <param name="rules">References and media to check against; the database when null.</param>
    /// <param name="expectedStamp">The concurrency stamp the editor started from; null skips the check.</param>
    /// <param name="documentId">The document being edited, whose slug may change; null finds it by type and slug, or creates it.</param>
    public async Task<SaveResult> SaveAsync(IReadOnlyDictionary<string, Document> variants, string author, bool publish,
        RuleContext? rules = null, Guid? expectedStamp = null, int? documentId = null, CancellationToken ct = default)
    {
        if (!variants.TryGetValue(Cultures.Chinese, out var chinese))
            return SaveResult.Invalid([new DocumentError("document", Cultures.Chinese, new FieldError("culture", "the Chinese variant is required"))]);
        var type = DocumentTypes.Get(chinese.GetType());
        foreach (var (culture, variant) in variants.Where(v => v.Key != Cultures.Chinese)) CultureVariants.CopyShared(chinese, variant);

        rules ??= await DatabaseRuleContext.LoadAsync(db, ct);
        var errors = Validate(type, variants, rules);
        if (errors.Count > 0) return SaveResult.Invalid(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var record = documentId is { } id
            ? await db.Documents.FirstOrDefaultAsync(d => d.Id == id && d.Type == type.Name, ct)
            : await db.Documents.FirstOrDefaultAsync(d => d.Type == type.Name && d.Slug == chinese.Slug, ct);
        if (documentId is not null && record is null)
            return SaveResult.Invalid([new DocumentError($"{type.Name}/{chinese.Slug}", Cultures.Chinese, new FieldError("document", "no longer exists"))]);
        if (record is null)
        {
            record = new DocumentRecord { Type = type.Name, Slug = chinese.Slug, CreatedUtc = now };
            db.Documents.Add(record);
        }
        else if (expectedStamp is { } stamp && stamp != record.ConcurrencyStamp)
            return new SaveResult(record.LatestVersion, [], Conflict: true);
        if (record.Slug != chinese.Slug && await SlugTakenAsync(type, chinese.Slug, record.Id, ct))
            return SaveResult.Invalid([SlugTaken(type, chinese.Slug)]);

        await using var unit = await scope.BeginAsync(ct);
        record.Slug = chinese.Slug;
        record.Title = chinese.Title;
        record.Review = null;
        record.ReviewNote = null;
        record.LatestVersion++;
        record.UpdatedUtc = now;
        record.ConcurrencyStamp = Guid.NewGuid();
        await db.SaveChangesAsync(ct);

        var version = new DocumentVersion
        {
            DocumentId = record.Id, Number = record.LatestVersion, CreatedUtc = now, Author = author,
            Fields = DocumentJson.SerializeVariants(variants),
        };
        db.Versions.Add(version);
        await db.SaveChangesAsync(ct);
        await VersionReferences.WriteAsync(db, record, version.Id, type, variants.Values, ct);

        if (publish) await PublishVersionAsync(record, version.Id, variants, now, ct);
        await unit.CompleteAsync(ct);
        db.ChangeTracker.Clear();
        return new SaveResult(version.Number, [], DocumentId: record.Id);
    }

    /// <summary>Whether a document of the type other than <paramref name="exceptDocumentId"/> has the slug: slugs are unique per type.</summary>
    public Task<bool> SlugTakenAsync(DocumentType type, string slug, int? exceptDocumentId, CancellationToken ct = default) =>
        db.Documents.AnyAsync(d => d.Type == type.Name && d.Slug == slug && d.Id != (exceptDocumentId ?? 0), ct);

    public static DocumentError SlugTaken(DocumentType type, string slug) =>
        new($"{type.Name}/{slug}", Cultures.Chinese, new FieldError("slug", $"'{slug}' is already used by another {type.Name}"));

    /// <summary>Publishes a document's latest version, checked again against today's media and references.</summary>
    public Task<SaveResult> PublishAsync(int documentId, CancellationToken ct = default) => PublishAsync(documentId, null, ct);

    /// <summary>Publishes one version of a document (the one reviewed; the latest when null), checked again against today's media and references.</summary>
    public async Task<SaveResult> PublishAsync(int documentId, int? versionId, CancellationToken ct = default)
    {
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId && d.DeletedUtc == null, ct);
        if (record is null) return SaveResult.Invalid([new DocumentError($"document {documentId}", Cultures.Chinese, new FieldError("document", "does not exist or is in the recycle bin"))]);
        var type = DocumentTypes.Find(record.Type)!;
        var version = versionId is { } id
            ? await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id && v.DocumentId == record.Id, ct)
            : await db.LatestVersionAsync(record.Id, ct);
        if (version is null) return SaveResult.Invalid([new DocumentError($"{type.Name}/{record.Slug}", Cultures.Chinese, new FieldError("version", "no longer exists"))]);
        var variants = DocumentJson.DeserializeVariants(version.Fields, type);
        var errors = Validate(type, variants, await DatabaseRuleContext.LoadAsync(db, ct));
        if (errors.Count > 0) return SaveResult.Invalid(errors);

        await using var unit = await scope.BeginAsync(ct);
        if (version.Number == record.LatestVersion) (record.Review, record.ReviewNote) = (null, null);
        record.ConcurrencyStamp = Guid.NewGuid();
        await PublishVersionAsync(record, version.Id, variants, clock.GetUtcNow().UtcDateTime, ct);
        await unit.CompleteAsync(ct);
        db.ChangeTracker.Clear();
        return new SaveResult(version.Number, [], DocumentId: record.Id);
    }

    async Task PublishVersionAsync(DocumentRecord record, int versionId, IReadOnlyDictionary<string, Document> variants, DateTime now, CancellationToken ct)
    {
        // A published document whose slug changed keeps its old address as a redirect.
        var oldSlug = await db.Published.Where(p => p.DocumentId == record.Id).Select(p => p.Slug).FirstOrDefaultAsync(ct);
        if (oldSlug is not null && oldSlug != record.Slug && !await db.Redirects.AnyAsync(r => r.Type == record.Type && r.Slug == oldSlug, ct))
            db.Redirects.Add(new RedirectRecord { Type = record.Type, Slug = oldSlug, DocumentId = record.Id, CreatedUtc = now });
        await db.Redirects.Where(r => r.Type == record.Type && r.Slug == record.Slug).ExecuteDeleteAsync(ct);

        record.PublishedVersionId = versionId;
        await PreviewLinks.EndAllAsync(db, record.Id, now, ct);
        await db.Published.Where(p => p.DocumentId == record.Id).ExecuteDeleteAsync(ct);
        db.Published.AddRange(PublishedProjection.Rows(record, versionId, variants, now));
        await db.SaveChangesAsync(ct);
        scope.Changed(new ChangeRecord
        {
            Kind = ChangeKind.Published, DocumentId = record.Id, VersionId = versionId, Type = record.Type, OldSlug = oldSlug, NewSlug = record.Slug,
            Cultures = ChangeLog.CulturesOf(variants.Keys),
        });
    }

    /// <summary>Takes a document off the public site: no published version, no published rows, out of search. False when it was not published.</summary>
    public async Task<bool> UnpublishAsync(string type, string slug, CancellationToken ct = default) =>
        await db.Documents.Where(d => d.Type == type && d.Slug == slug).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct) is { } id
        && await UnpublishAsync(id, ct: ct);

    /// <param name="kind">Unpublished, or Deleted when the document goes to the recycle bin.</param>
    public async Task<bool> UnpublishAsync(int documentId, ChangeKind kind = ChangeKind.Unpublished, CancellationToken ct = default)
    {
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (record?.PublishedVersionId is null) return false;
        await using var unit = await scope.BeginAsync(ct);
        var cultures = await db.Published.Where(p => p.DocumentId == record.Id).Select(p => p.Culture).ToListAsync(ct);
        var wasPublished = record.PublishedVersionId;
        record.PublishedVersionId = null;
        record.ConcurrencyStamp = Guid.NewGuid();
        record.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await db.Published.Where(p => p.DocumentId == record.Id).ExecuteDeleteAsync(ct);
        scope.Changed(new ChangeRecord { Kind = kind, DocumentId = record.Id, VersionId = wasPublished, Type = record.Type, OldSlug = record.Slug, Cultures = ChangeLog.CulturesOf(cultures) });
        await unit.CompleteAsync(ct);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>Checks every culture of a document: shared fields once, with the Chinese variant.</summary>
    public static List<DocumentError> Validate(DocumentType type, IReadOnlyDictionary<string, Document> variants, RuleContext rules)
    {
        var errors = new List<DocumentError>();
        foreach (var (culture, doc) in variants)
        {
            var name = $"{type.Name}/{doc.Slug}";
            errors.AddRange(Validator.Validate(doc, rules, cultureFieldsOnly: culture != Cultures.Chinese)
                .Select(e => new DocumentError(name, culture, e)));
        }
        return errors;
    }
}
