using CampaignSite.Backoffice.Security;
using CampaignSite.Backoffice.Workflow;
using CampaignSite.Content.Outbound;
using CampaignSite.Content.Webhooks;
using CampaignSite.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CampaignSite.Backoffice.Pages;

/// <summary>Webhook endpoints and their deliveries: register, switch on, remove, send again; administrators only.</summary>
public sealed class WebhooksModel(CampaignDbContext db, WebhookRegistry registry, DeliveryWorker worker, AuditLog audit) : BackofficePage
{
    public List<WebhookRecord> Endpoints { get; private set; } = [];
    public List<DeliveryRecord> Deliveries { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public WebhookForm Form { get; private set; } = new(null, null, null, null, null, null, null);
    /// <summary>A secret the site made for a new endpoint: shown once, for the receiver's configuration.</summary>
    public string? NewSecret { get; private set; }

    public string EndpointName(int id) => Endpoints.FirstOrDefault(e => e.Id == id)?.Name ?? $"#{id}";

    public async Task OnGetAsync(CancellationToken ct) => await ShowAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(string? name, string? url, string? secret, string[]? events, string? type, string? task, string? culture, CancellationToken ct)
    {
        Form = new WebhookForm(name, url, secret, events, type, task, culture);
        var (endpoint, errors) = await registry.AddAsync(Form, ct);
        if (endpoint is null)
        {
            Errors.AddRange(errors);
            Response.StatusCode = 400;
            await ShowAsync(ct);
            return Page();
        }
        await audit.WriteAsync(User.Name(), "webhook.add", null, $"{endpoint.Name} → {endpoint.Url} ({endpoint.Events})", ct);
        Form = new(null, null, null, null, null, null, null);
        if (string.IsNullOrWhiteSpace(secret)) NewSecret = endpoint.Secret;
        Tell($"Registered {endpoint.Name}. It receives the events from the next change on.");
        await ShowAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(int id, CancellationToken ct)
    {
        if (await registry.EnableAsync(id, ct) is not { } endpoint) return NotFound();
        await audit.WriteAsync(User.Name(), "webhook.enable", null, endpoint.Name, ct);
        Tell($"{endpoint.Name} is switched on again.");
        return Redirect("/backoffice/webhooks");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        var (endpoint, refused) = await registry.RemoveAsync(id, ct);
        if (endpoint is null) return NotFound();
        if (refused is not null) { Tell(refused, false); return Redirect("/backoffice/webhooks"); }
        await audit.WriteAsync(User.Name(), "webhook.remove", null, endpoint.Name, ct);
        Tell($"Removed {endpoint.Name} and its waiting deliveries.");
        return Redirect("/backoffice/webhooks");
    }

    public async Task<IActionResult> OnPostRedeliverAsync(long id, CancellationToken ct)
    {
        if (await registry.RedeliverAsync(id, ct) is not { } delivery) return NotFound();
        await audit.WriteAsync(User.Name(), "webhook.redeliver", null, $"{delivery.Event} {delivery.MessageId}", ct);
        worker.Wake();
        Tell($"Delivery {delivery.MessageId} goes out again.");
        return Redirect("/backoffice/webhooks");
    }

    async Task ShowAsync(CancellationToken ct)
    {
        Title = "Webhooks";
        Endpoints = await db.Webhooks.AsNoTracking().OrderBy(w => w.Name).ToListAsync(ct);
        Deliveries = await db.Deliveries.AsNoTracking().Where(d => d.Channel == WebhookChannel.ChannelName)
            .OrderByDescending(d => d.Id).Take(50).ToListAsync(ct);
    }
}
