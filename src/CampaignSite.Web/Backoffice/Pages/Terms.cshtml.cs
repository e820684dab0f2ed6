using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Checks;
using CampaignSite.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Pages;

/// <summary>
/// Standard wording: official names and campaign terms administrators keep as wrong → right pairs, which the
/// misused-word check looks for beside its built-in dictionary. Every check reads them from the database, so a
/// change counts on every node at once. Adding, changing and removing are audited. Administrators only.
/// </summary>
public sealed class TermsModel(CampaignDbContext db, ContentChecks checks, AuditLog audit, TimeProvider clock) : BackofficePage
{
    public List<TermRecord> Terms { get; private set; } = [];
    public int DictionarySize => TermList.Dictionary.Pairs.Count;
    public List<string> Errors { get; } = [];
    /// <summary>The row the errors are about (null: the form for a new term).</summary>
    public int? ErrorsFor { get; private set; }
    public string Wrong { get; private set; } = "";
    public string Right { get; private set; } = "";
    public string Note { get; private set; } = "";

    public Task OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? wrong, string? right, string? note, CancellationToken ct)
    {
        (Wrong, Right, Note) = (wrong?.Trim() ?? "", right?.Trim() ?? "", note?.Trim() ?? "");
        await ValidateAsync(null, ct);
        if (Errors.Count > 0) return await RefuseAsync(null, ct);
        db.Terms.Add(new TermRecord { Wrong = Wrong, Right = Right, Note = NoteOrNull(), UpdatedUtc = Now, UpdatedBy = User.Name() });
        return await SaveAsync("term.add", $"{Wrong} → {Right}", $"Added: '{Wrong}' is now reported, with '{Right}' as the standard form.", null, ct);
    }

    public async Task<IActionResult> OnPostUpdateAsync(int id, string? right, string? note, CancellationToken ct)
    {
        if (await db.Terms.FirstOrDefaultAsync(t => t.Id == id, ct) is not { } term) return NotFound();
        (Wrong, Right, Note) = (term.Wrong, right?.Trim() ?? "", note?.Trim() ?? "");
        await ValidateAsync(id, ct);
        if (Errors.Count > 0) return await RefuseAsync(id, ct);
        var before = term.Right;
        (term.Right, term.Note, term.UpdatedUtc, term.UpdatedBy) = (Right, NoteOrNull(), Now, User.Name());
        return await SaveAsync("term.update", $"{Wrong} → {Right} (was → {before})", $"Changed: '{Wrong}' now asks for '{Right}'.", id, ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        if (await db.Terms.FirstOrDefaultAsync(t => t.Id == id, ct) is not { } term) return NotFound();
        db.Terms.Remove(term);
        (Wrong, Right) = (term.Wrong, term.Right);
        return await SaveAsync("term.remove", $"{term.Wrong} → {term.Right}", $"Removed '{term.Wrong}': it is no longer reported.", id, ct);
    }

    async Task<IActionResult> SaveAsync(string action, string detail, string done, int? id, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Another administrator added the same wrong form a moment ago (the unique index).
            db.ChangeTracker.Clear();
            Errors.Add($"'{Wrong}' is already a term: change that one in the list instead.");
            return await RefuseAsync(id, ct);
        }
        await audit.WriteAsync(User.Name(), action, null, detail, ct);
        await transaction.CommitAsync(ct);
        Tell(done);
        return Redirect(Href("/terms"));
    }

    async Task ValidateAsync(int? id, CancellationToken ct)
    {
        if (Wrong.Length == 0) Errors.Add("Enter the wrong or outdated form, as writers get it wrong.");
        else if (Wrong.Length > TermRecord.WrongLength) Errors.Add($"The wrong form may have at most {TermRecord.WrongLength} characters (it has {Wrong.Length}).");
        if (Right.Length == 0) Errors.Add("Enter the right form, the one the site must use.");
        else if (Right.Length > TermRecord.RightLength) Errors.Add($"The right form may have at most {TermRecord.RightLength} characters (it has {Right.Length}).");
        if (Note.Length > TermRecord.NoteLength) Errors.Add($"The note may have at most {TermRecord.NoteLength} characters (it has {Note.Length}).");
        if ((Wrong + Right + Note).Any(char.IsControl)) Errors.Add("Write each of the three on one line.");
        if (Errors.Count > 0) return;
        if (Wrong == Right) { Errors.Add("The wrong and the right form are the same: the term would report its own standard form."); return; }
        if (id is null && await db.Terms.AnyAsync(t => t.Wrong == Wrong, ct)) { Errors.Add($"'{Wrong}' is already a term: change that one in the list instead."); return; }
        // The standard form must pass the check itself, or every page that follows it would be reported.
        var others = (await checks.TermsAsync(ct)).Pairs.Where(p => p.Wrong != Wrong).ToList();
        if (TermList.With(others.Where(p => p.IsStandardWording)).Find(Right).FirstOrDefault() is { Pair: { } clash })
            Errors.Add($"The right form '{Right}' contains '{clash.Wrong}', which is itself reported (→ '{clash.Right}'): correct the right form first.");
    }

    async Task<IActionResult> RefuseAsync(int? id, CancellationToken ct)
    {
        ErrorsFor = id;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await ShowAsync(ct);
        return Page();
    }

    async Task ShowAsync(CancellationToken ct)
    {
        Title = "Standard wording";
        Terms = await db.Terms.AsNoTracking().OrderBy(t => t.Wrong).ToListAsync(ct);
    }

    string? NoteOrNull() => Note.Length == 0 ? null : Note;
    DateTime Now => clock.GetUtcNow().UtcDateTime;
}
