using CampaignSite.Content.Fields;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Content.Publishing;

/// <summary>
/// The one way content enters the database: validate, save a new version, and on publish
/// move the published pointer and rewrite the published rows in the same transaction.
/// </summary>
public sealed class ContentStore(CampaignDbContext db, ContentEvents events, IEnumerable<IPublishStep> steps, TimeProvider clock)
{
    /// <summary>Saves a version of the document given by its variants (zh-CN required) and optionally publishes it.</summary>
    /// <param name="rules">References and media to check against; the database when null.</param>
    /// <param name="expectedStamp">The concurrency stamp the editor started from; null skips the check.</param>
    public async Task<SaveResult> SaveAsync(IReadOnlyDictionary<string, Document> variants, string author, bool publish,
        RuleContext? rules = null, Guid? expectedStamp = null, CancellationToken ct = default)
    {
        if (!variants.TryGetValue(Cultures.Chinese, out var chinese))
            return SaveResult.Invalid([new DocumentError("document", Cultures.Chinese, new FieldError("culture", "the Chinese variant is required"))]);
        var type = DocumentTypes.Get(chinese.GetType());
        foreach (var (culture, variant) in variants.Where(v => v.Key != Cultures.Chinese)) CultureVariants.CopyShared(chinese, variant);

        rules ??= await DatabaseRuleContext.LoadAsync(db, ct);
        var errors = Validate(type, variants, rules);
        if (errors.Count > 0) return SaveResult.Invalid(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Type == type.Name && d.Slug == chinese.Slug, ct);
        if (record is null)
        {
            record = new DocumentRecord { Type = type.Name, Slug = chinese.Slug, CreatedUtc = now };
            db.Documents.Add(record);
        }
        else if (expectedStamp is { } stamp && stamp != record.ConcurrencyStamp)
            return new SaveResult(record.LatestVersion, [], Conflict: true);

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
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

        if (publish)
        {
            record.PublishedVersionId = version.Id;
            await db.Published.Where(p => p.DocumentId == record.Id).ExecuteDeleteAsync(ct);
            db.Published.AddRange(PublishedProjection.Rows(record, version.Id, variants, now));
            await db.SaveChangesAsync(ct);
            foreach (var step in steps) await step.PublishedAsync(db, record.Id, variants, ct);
        }
        if (ownTransaction is not null)
        {
            await ownTransaction.CommitAsync(ct);
            await ownTransaction.DisposeAsync();
            if (publish) await events.PublishedAsync(ct);
        }
        db.ChangeTracker.Clear();
        return new SaveResult(version.Number, []);
    }

    /// <summary>Takes a document off the public site: no published version, no published rows, out of search. False when it was not published.</summary>
    public async Task<bool> UnpublishAsync(string type, string slug, CancellationToken ct = default)
    {
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Type == type && d.Slug == slug, ct);
        if (record?.PublishedVersionId is null) return false;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            record.PublishedVersionId = null;
            record.ConcurrencyStamp = Guid.NewGuid();
            record.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await db.Published.Where(p => p.DocumentId == record.Id).ExecuteDeleteAsync(ct);
            foreach (var step in steps) await step.PublishedAsync(db, record.Id, null, ct);
            await tx.CommitAsync(ct);
        }
        db.ChangeTracker.Clear();
        await events.PublishedAsync(ct);
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
