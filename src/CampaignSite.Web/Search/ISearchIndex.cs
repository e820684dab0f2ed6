using CampaignSite.Data;

namespace CampaignSite.Search;

/// <summary>The full-text index of one database: SQLite FTS5 or PostgreSQL tsvector. Same rows, same tests.</summary>
public interface ISearchIndex
{
    /// <summary>Replaces a document's rows, inside the caller's transaction (publish, unpublish, delete).</summary>
    Task ReplaceAsync(CampaignDbContext db, int documentId, IReadOnlyList<SearchRow> rows, CancellationToken ct);

    /// <summary>Removes every row, inside the caller's transaction (a rebuild).</summary>
    Task ClearAsync(CampaignDbContext db, CancellationToken ct);

    /// <summary>How many rows the index holds (one per published document and culture).</summary>
    Task<int> CountAsync(CampaignDbContext db, CancellationToken ct);

    /// <summary>Matches in either culture's text, one per document, with the facts published in <paramref name="culture"/>, best first.</summary>
    Task<List<SearchHit>> MatchAsync(CampaignDbContext db, SearchQuery query, string culture, int limit, CancellationToken ct);

    /// <summary>Documents whose title (in either culture) has a word starting with the typed text, for typeahead.</summary>
    Task<List<int>> PrefixAsync(CampaignDbContext db, string lastToken, SearchQuery rest, int limit, CancellationToken ct);
}
