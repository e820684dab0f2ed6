using CampaignSite.Content.Fields;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Content.Publishing;

/// <summary>
/// Answers the rules' questions from the database, plus documents and media about to be
/// added in the same batch (an import brings a brand and its products together).
/// </summary>
public sealed class DatabaseRuleContext : RuleContext
{
    readonly HashSet<(string, string)> documents;
    readonly HashSet<string> media;

    DatabaseRuleContext(HashSet<(string, string)> documents, HashSet<string> media) => (this.documents, this.media) = (documents, media);

    public static async Task<DatabaseRuleContext> LoadAsync(CampaignDbContext db, CancellationToken ct = default)
    {
        var docs = await db.Documents.Select(d => new { d.Type, d.Slug }).ToListAsync(ct);
        var media = await db.Media.Select(m => m.Path).ToListAsync(ct);
        return new DatabaseRuleContext(docs.Select(d => (d.Type, d.Slug)).ToHashSet(), media.ToHashSet());
    }

    public void AddDocument(string type, string slug) => documents.Add((type, slug));
    public void AddMedia(string path) => media.Add(path);

    public bool DocumentExists(string type, string slug) => documents.Contains((type, slug));
    public bool MediaExists(string path) => media.Contains(path);
}
