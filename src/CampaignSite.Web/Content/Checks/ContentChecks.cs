using CampaignSite.Content.Fields;
using CampaignSite.Content.Publishing;
using CampaignSite.Content.Storage;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Content.Checks;

/// <summary>
/// The checks against the database: the administrators' terms (read on every check, so a change counts on
/// every node at once), the state of the documents a page links to, its cover's focal point, and its
/// version history. The edit form, publishing and the import ask here.
/// </summary>
public sealed class ContentChecks(CampaignDbContext db)
{
    /// <summary>Checks variants as the editor has them (keyed by culture, as saves take them).</summary>
    /// <param name="documentId">The document they are a version of, for its history; null for a new one.</param>
    public async Task<IReadOnlyList<CheckFinding>> CheckAsync(IReadOnlyDictionary<string, Document> variants, int? documentId, CancellationToken ct)
    {
        if (!variants.TryGetValue(Cultures.Chinese, out var chinese)) return [];
        var type = DocumentTypes.Get(chinese.GetType());
        // The history (which only the English variant's rule reads) of a document of this type: an id from a form is not trusted to be one.
        IReadOnlyList<IReadOnlyDictionary<string, Document>> history =
            documentId is { } id && variants.ContainsKey(Cultures.English) && await db.Documents.AnyAsync(d => d.Id == id && d.Type == type.Name, ct)
                ? await VersionsAsync(type, id, ct) : [];
        return CheckRules.Run(new CheckedDocument(type, variants, history), await ContextAsync([(type, variants)], ct));
    }

    /// <summary>Checks a document's latest version, as publishing it would put it out.</summary>
    public Task<IReadOnlyList<CheckFinding>> CheckLatestAsync(int documentId, CancellationToken ct) => CheckVersionAsync(documentId, null, ct);

    /// <summary>Checks one version of a document (the latest when <paramref name="versionId"/> is null), with the versions before it as its history.</summary>
    /// <param name="published">Documents to count as published (those going out with it in one release).</param>
    public async Task<IReadOnlyList<CheckFinding>> CheckVersionAsync(int documentId, int? versionId, CancellationToken ct,
        IReadOnlyCollection<(string Type, string Slug)>? published = null)
    {
        var record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (record is null || DocumentTypes.Find(record.Type) is not { } type) return [];
        var versions = await VersionsAsync(type, documentId, ct, versionId);
        if (versions.Count == 0) return [];
        return CheckRules.Run(new CheckedDocument(type, versions[^1], versions[..^1]), await ContextAsync([(type, versions[^1])], ct, published));
    }

    /// <summary>Checks every version of a document, each with the versions before it as its history, reading them once: the review sheet's findings, by version id.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<CheckFinding>>> CheckEveryVersionAsync(int documentId, CancellationToken ct)
    {
        var record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
        if (record is null || DocumentTypes.Find(record.Type) is not { } type) return new Dictionary<int, IReadOnlyList<CheckFinding>>();
        var rows = await db.Versions.AsNoTracking().Where(v => v.DocumentId == documentId).OrderBy(v => v.Number).Select(v => new { v.Id, v.Fields }).ToListAsync(ct);
        var versions = rows.Select(r => (IReadOnlyDictionary<string, Document>)DocumentJson.DeserializeVariants(r.Fields, type)).ToList();
        var context = await ContextAsync(versions.Select(v => (type, v)).ToList(), ct);
        return rows.Select((r, i) => (r.Id, Findings: CheckRules.Run(new CheckedDocument(type, versions[i], versions[..i]), context)))
            .ToDictionary(v => v.Id, v => v.Findings);
    }

    /// <summary>What the rules need to know for these documents: terms, the documents they link to, their covers' focal points.</summary>
    /// <param name="published">Documents to count as published whatever the database says (an import publishes its whole folder).</param>
    public async Task<CheckContext> ContextAsync(IReadOnlyList<(DocumentType Type, IReadOnlyDictionary<string, Document> Variants)> documents, CancellationToken ct,
        IReadOnlyCollection<(string Type, string Slug)>? published = null)
    {
        var linked = documents.SelectMany(d => Linked(d.Type, d.Variants)).Distinct().ToList();
        var slugs = linked.Select(l => l.Slug).Distinct().ToList();
        var rows = await db.Documents.AsNoTracking().Where(d => slugs.Contains(d.Slug) && d.DeletedUtc == null)
            .Select(d => new { d.Type, d.Slug, Published = d.PublishedVersionId != null }).ToListAsync(ct);
        var states = rows.ToDictionary(r => (r.Type, r.Slug), r => r.Published);
        foreach (var p in published ?? []) states[p] = true;
        var covers = documents.Select(d => d.Variants[Cultures.Chinese].Cover).OfType<string>().Distinct().ToList();
        var focal = await db.Media.AsNoTracking().Where(m => covers.Contains(m.Path)).Select(m => new { m.Path, m.FocalX, m.FocalY }).ToListAsync(ct);
        return new CheckContext
        {
            Terms = await TermsAsync(ct),
            Documents = states,
            FocalPoints = focal.ToDictionary(m => m.Path, m => (m.FocalX, m.FocalY)),
        };
    }

    /// <summary>The dictionary and the administrators' standard wording as the database has it now.</summary>
    public async Task<TermList> TermsAsync(CancellationToken ct)
    {
        var standard = (await db.Terms.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct)).Select(t => new TermPair(t.Wrong, t.Right, t.Note)).ToList();
        // The terms are read on every check (so every node sees a change at once); the list built from them is
        // reused while they are the same, since building it pairs every wrong form with every right form.
        if (lastTerms is { } last && last.Standard.SequenceEqual(standard)) return last.List;
        var list = TermList.With(standard);
        lastTerms = new BuiltTerms(standard, list);
        return list;
    }

    /// <summary>The last terms read and the list built from them; replaced whole, so a reader never sees half of it.</summary>
    sealed record BuiltTerms(List<TermPair> Standard, TermList List);
    static BuiltTerms? lastTerms;

    /// <summary>The document's versions, oldest first, up to and including <paramref name="upTo"/> when given.</summary>
    async Task<List<IReadOnlyDictionary<string, Document>>> VersionsAsync(DocumentType type, int documentId, CancellationToken ct, int? upTo = null)
    {
        var last = upTo is { } id ? await db.Versions.Where(v => v.Id == id && v.DocumentId == documentId).Select(v => (int?)v.Number).FirstOrDefaultAsync(ct) ?? 0 : int.MaxValue;
        var fields = await db.Versions.AsNoTracking().Where(v => v.DocumentId == documentId && v.Number <= last).OrderBy(v => v.Number).Select(v => v.Fields).ToListAsync(ct);
        return fields.Select(f => (IReadOnlyDictionary<string, Document>)DocumentJson.DeserializeVariants(f, type)).ToList();
    }

    /// <summary>The documents a page links to in its bodies or refers to in its fields.</summary>
    static IEnumerable<(string Type, string Slug)> Linked(DocumentType type, IReadOnlyDictionary<string, Document> variants)
    {
        foreach (var reference in variants.Values.SelectMany(type.References).Where(r => r.Kind == ReferenceKind.Document))
            if (DocumentRef.TryParse(reference.Target, out var r)) yield return (r.Type, r.Slug);
        foreach (var body in variants.Values.Select(v => v.Body))
            foreach (var link in Rules.BrokenLinkRule.DocumentPaths(body)) yield return link;
    }
}
