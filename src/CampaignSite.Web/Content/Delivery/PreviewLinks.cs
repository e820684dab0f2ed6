using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Content.Delivery;

/// <summary>
/// Links that let a reviewer without an account read a document's draft. The token is shown once
/// and only its SHA-256 is stored, so a copy of the database opens no draft.
/// </summary>
public sealed class PreviewLinks(CampaignDbContext db, TimeProvider clock)
{
    public const int DefaultHours = 72;
    public const int MaxHours = 720;
    /// <summary>The public path of a link, before any culture prefix.</summary>
    public static string Path(string token) => "/preview/" + token;

    /// <summary>A link's length as typed in the form, when it is a whole number of hours from 1 to <see cref="MaxHours"/>.</summary>
    public static bool TryReadHours(string? text, out int hours) =>
        int.TryParse(text?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out hours) && hours is >= 1 and <= MaxHours;

    /// <summary>Whether the document has a draft to show: a latest version newer than the published one, or nothing published.</summary>
    public async Task<bool> HasDraftAsync(DocumentRecord document, CancellationToken ct = default) =>
        document.PublishedVersionId is not { } published
        || await db.Versions.AnyAsync(v => v.Id == published && v.Number < document.LatestVersion, ct);

    /// <summary>Stores a new link and returns its token, which exists nowhere else afterwards.</summary>
    public async Task<(string Token, PreviewLinkRecord Link)> CreateAsync(int documentId, int hours, string createdBy, CancellationToken ct = default)
    {
        var token = Tokens.New();
        var now = clock.GetUtcNow().UtcDateTime;
        var link = new PreviewLinkRecord { TokenHash = Hash(token), DocumentId = documentId, CreatedUtc = now, ExpiresUtc = now.AddHours(hours), CreatedBy = createdBy };
        db.PreviewLinks.Add(link);
        await db.SaveChangesAsync(ct);
        return (token, link);
    }

    /// <summary>Revokes one of the document's links; false when it is not the document's or was already revoked.</summary>
    public async Task<bool> RevokeAsync(int documentId, int linkId, CancellationToken ct = default) =>
        await db.PreviewLinks.Where(p => p.Id == linkId && p.DocumentId == documentId && p.RevokedUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.RevokedUtc, clock.GetUtcNow().UtcDateTime), ct) == 1;

    /// <summary>
    /// Ends every link of a document, in the caller's transaction: publishing makes the draft they
    /// showed the public page, and the recycle bin takes the document away. Ended links stay ended,
    /// so a later draft never shows through a link made for an earlier one.
    /// </summary>
    public static Task EndAllAsync(CampaignDbContext db, int documentId, DateTime nowUtc, CancellationToken ct = default) =>
        db.PreviewLinks.Where(p => p.DocumentId == documentId && p.RevokedUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.RevokedUtc, nowUtc), ct);

    public Task<List<PreviewLinkRecord>> ListAsync(int documentId, CancellationToken ct = default) =>
        db.PreviewLinks.AsNoTracking().Where(p => p.DocumentId == documentId).OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id).Take(50).ToListAsync(ct);

    /// <summary>
    /// The link and its document when the link works at this moment, else null. It works when all hold:
    /// the token is one this site made (43 base64url characters whose hash is stored); it is not revoked
    /// (by an editor, or ended because the document was published or moved to the recycle bin, see
    /// <see cref="EndAllAsync"/>); now is before ExpiresUtc; the document exists and is not in the
    /// recycle bin; and it still has a draft (<see cref="HasDraftAsync"/>). It then shows the latest
    /// version as it is at the time of the request, so later saves of the same draft show through.
    /// Every other case is the same 404, so a guessed token learns nothing about real ones.
    /// </summary>
    public async Task<(PreviewLinkRecord Link, DocumentRecord Document)?> OpenAsync(string? token, CancellationToken ct = default)
    {
        if (token is not { Length: 43 } || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return null;
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var link = await db.PreviewLinks.AsNoTracking().FirstOrDefaultAsync(p => p.TokenHash == hash && p.RevokedUtc == null && p.ExpiresUtc > now, ct);
        if (link is null) return null;
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == link.DocumentId && d.DeletedUtc == null, ct);
        return document is not null && await HasDraftAsync(document, ct) ? (link, document) : null;
    }

    /// <summary>Lower-case hex SHA-256 of the token, as the table stores it.</summary>
    public static string Hash(string token) => Tokens.Hash(token);
}
