using System.Globalization;
using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Delivery;
using CampaignSite.Content.Partners;
using CampaignSite.Data;
using Microsoft.AspNetCore.Mvc;

namespace CampaignSite.Backoffice.Pages;

/// <summary>
/// Partner keys for the delivery API: made here (the key is shown once, on the answer to the form,
/// and stored only hashed), revoked here, each with its scopes, quota and expiry, and each key's use
/// by day, so administrators see who reuses the content. Administrators only.
/// </summary>
public sealed class PartnersModel(PartnerKeyStore keys, PartnerUsage usage, AuditLog audit, CampaignDbContext db, TimeProvider clock) : BackofficePage
{
    public const int UsageDays = 14;

    public List<PartnerKeyRecord> Keys { get; private set; } = [];
    public List<PartnerUsageRecord> Usage { get; private set; } = [];
    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;
    /// <summary>The key just made: on this answer only, never again.</summary>
    public string? NewKey { get; private set; }
    public PartnerKeyRecord? Created { get; private set; }
    public List<string> Errors { get; } = [];

    // What the administrator typed, kept when the form comes back with a message.
    public string Partner { get; private set; } = "";
    public List<string> Scopes { get; private set; } = [PartnerScopes.Read];
    public string RequestsPerMinute { get; private set; } = PartnerScopes.DefaultRequestsPerMinute.ToString(CultureInfo.InvariantCulture);
    public string Expires { get; private set; } = "";

    public Task OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? partner, string[]? scopes, string? requestsPerMinute, string? expires, CancellationToken ct)
    {
        (Partner, Scopes, RequestsPerMinute, Expires) = (partner?.Trim() ?? "", (scopes ?? []).ToList(), requestsPerMinute?.Trim() ?? "", expires?.Trim() ?? "");
        var (chosen, unknown) = PartnerScopes.Normalize(Scopes);
        if (Partner.Length == 0) Errors.Add("Enter the partner's name.");
        else if (Partner.Length > PartnerKeys.PartnerLength) Errors.Add($"The partner's name may have at most {PartnerKeys.PartnerLength} characters.");
        if (unknown is not null) Errors.Add($"'{unknown}' is not a scope; the scopes are {string.Join(" and ", PartnerScopes.All)}.");
        else if (chosen.Length == 0) Errors.Add("Tick at least one scope.");
        if (!int.TryParse(RequestsPerMinute, NumberStyles.None, CultureInfo.InvariantCulture, out var perMinute) || perMinute < 1)
            Errors.Add("Requests per minute must be a positive whole number, such as 600.");
        DateTime? expiresUtc = null;
        if (Expires.Length > 0)
        {
            if (!Dates.TryReadLocal(Expires, out var moment)) Errors.Add("The expiry must be a date and time, such as 2027-06-30T18:00 (China time).");
            else if (moment.UtcDateTime <= NowUtc) Errors.Add("The expiry is in the past; choose a later time, or none.");
            else expiresUtc = moment.UtcDateTime;
        }
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await ShowAsync(ct);
            return Page();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            (NewKey, Created) = await keys.CreateAsync(Partner, chosen, perMinute, expiresUtc, User.Name(), ct);
            await audit.WriteAsync(User.Name(), "partner.create", null, $"{Created.Partner}: key {Created.KeyHint}…, {Created.Scopes}, {perMinute} a minute"
                + (expiresUtc is { } e ? $", until {Dates.ShowUtc(e)}" : ""), ct);
            await transaction.CommitAsync(ct);
        }
        (Partner, Scopes, RequestsPerMinute, Expires) = ("", [PartnerScopes.Read], PartnerScopes.DefaultRequestsPerMinute.ToString(CultureInfo.InvariantCulture), "");
        // Never stored by the browser or a proxy: the page now holds a secret.
        Response.Headers.CacheControl = "no-store";
        await ShowAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await keys.RevokeAsync(id, ct) is not { } key) return NotFound();
        await audit.WriteAsync(User.Name(), "partner.revoke", null, $"{key.Partner}: key {key.KeyHint}…", ct);
        await transaction.CommitAsync(ct);
        Tell(key.FromConfiguration
            ? $"Revoked the key {key.KeyHint}… of {key.Partner}. It comes from configuration: take it out there, or it works again when the site restarts."
            : $"Revoked the key {key.KeyHint}… of {key.Partner}; it stops working on every server now.");
        return Redirect(Href("/partners"));
    }

    async Task ShowAsync(CancellationToken ct)
    {
        Title = "Partners";
        // This node's counts of the last seconds first, so that the figures are up to date.
        await usage.FlushAsync(ct);
        Keys = await keys.ListAsync(ct);
        Usage = await keys.UsageAsync(UsageDays, ct);
    }

    public PartnerKeyRecord? KeyOf(int id) => Keys.FirstOrDefault(k => k.Id == id);
}
