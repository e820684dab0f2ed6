using CampaignSite.Content.Outbound;
using CampaignSite.Content.Types;
using CampaignSite.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignSite.Content.Webhooks;

/// <summary>What an administrator types to register an endpoint.</summary>
public sealed record WebhookForm(string? Name, string? Url, string? Secret, string[]? Events, string? Type, string? Task, string? Culture);

/// <summary>Registering, switching on and removing endpoints, and sending a delivery again: checked, with a sentence for each refusal.</summary>
public sealed class WebhookRegistry(CampaignDbContext db, IOptions<WebhookOptions> options, TimeProvider clock)
{
    /// <summary>The new endpoint and its secret (made when none was given), or what is wrong with the form.</summary>
    public async Task<(WebhookRecord? Endpoint, List<string> Errors)> AddAsync(WebhookForm form, CancellationToken ct)
    {
        var errors = new List<string>();
        var name = form.Name?.Trim() ?? "";
        if (name.Length is 0 or > 80) errors.Add("Give the endpoint a name of up to 80 characters.");
        else if (await db.Webhooks.AnyAsync(w => w.Name == name, ct)) errors.Add($"An endpoint named {name} exists already.");
        var url = form.Url?.Trim() ?? "";
        if (url.Length > 500) errors.Add("The URL has at most 500 characters.");
        else if (await PublicTargets.ProblemAsync(url, options.Value.AllowPrivateTargets, ct) is { } target) errors.Add(target);
        var secret = string.IsNullOrWhiteSpace(form.Secret) ? WebhookSecrets.Create() : form.Secret.Trim();
        if (WebhookSecrets.Problem(secret) is { } bad) errors.Add("The secret: " + bad);
        var events = string.Join(',', form.Events ?? []);
        if (WebhookEvents.Problem(events) is { } wrong) errors.Add("Events: " + wrong);
        if (form.Type is { Length: > 0 } type && DocumentTypes.Find(type) is null) errors.Add($"'{type}' is not a document type.");
        if (form.Task is { Length: > 0 } task && !ChoiceLabels.TryParse(typeof(TaskArea), task, out _)) errors.Add($"'{task}' is not a task area.");
        if (form.Culture is { Length: > 0 } culture && Cultures.Problem(culture) is { } c) errors.Add(c);
        if (errors.Count > 0) return (null, errors);

        var endpoint = new WebhookRecord
        {
            Name = name, Url = url, Secret = secret, Events = events, CreatedUtc = clock.GetUtcNow().UtcDateTime,
            TypeFilter = NullIfEmpty(form.Type), TaskFilter = NullIfEmpty(form.Task), CultureFilter = NullIfEmpty(form.Culture),
        };
        db.Webhooks.Add(endpoint);
        await db.SaveChangesAsync(ct);
        return (endpoint, errors);
    }

    /// <summary>Switches an endpoint back on and counts its failures from zero; its cancelled deliveries can be sent again one by one.</summary>
    public async Task<WebhookRecord?> EnableAsync(int id, CancellationToken ct)
    {
        var endpoint = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == id, ct);
        if (endpoint is null) return null;
        (endpoint.Enabled, endpoint.ConsecutiveFailures, endpoint.DisabledUtc, endpoint.DisabledReason) = (true, 0, null, null);
        await db.SaveChangesAsync(ct);
        return endpoint;
    }

    /// <summary>Removes an endpoint registered here (configured ones come back at the next start, so they are refused) and its pending deliveries.</summary>
    public async Task<(WebhookRecord? Endpoint, string? Refused)> RemoveAsync(int id, CancellationToken ct)
    {
        var endpoint = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == id, ct);
        if (endpoint is null) return (null, null);
        if (endpoint.FromConfiguration) return (endpoint, $"{endpoint.Name} is set in configuration (CampaignSite:Webhooks:{endpoint.Name}); remove it there.");
        await db.Deliveries.Where(d => d.Channel == WebhookChannel.ChannelName && d.TargetId == id).ExecuteDeleteAsync(ct);
        db.Webhooks.Remove(endpoint);
        await db.SaveChangesAsync(ct);
        return (endpoint, null);
    }

    /// <summary>Queues a finished delivery again, with the same message id, to go at once.</summary>
    public async Task<DeliveryRecord?> RedeliverAsync(long id, CancellationToken ct)
    {
        var delivery = await db.Deliveries.FirstOrDefaultAsync(d => d.Id == id && d.Channel == WebhookChannel.ChannelName, ct);
        if (delivery is null || delivery.State == DeliveryState.Pending) return delivery;
        // The day of retries counts from now.
        (delivery.State, delivery.NextAttemptUtc, delivery.CreatedUtc, delivery.DoneUtc) = (DeliveryState.Pending, clock.GetUtcNow().UtcDateTime, clock.GetUtcNow().UtcDateTime, null);
        await db.SaveChangesAsync(ct);
        return delivery;
    }

    static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
