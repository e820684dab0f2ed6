namespace CampaignSite.Content.Webhooks;

/// <summary>
/// The CampaignSite:Webhooks section: delivery settings, and endpoints by name beside them
/// (CampaignSite:Webhooks:{name}:Url, :Secret, :Events), seeded into the database at start.
/// </summary>
public sealed class WebhookOptions
{
    public const string Section = "CampaignSite:Webhooks";

    /// <summary>The wait before the first retry of a failed delivery; each further retry waits twice as long, for up to 24 hours.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Lets endpoints be on loopback or private networks (a receiver on the same machine); off by default.</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>The endpoints configured by name: every child section with a Url.</summary>
    public static IReadOnlyList<ConfiguredWebhook> Endpoints(IConfiguration configuration) =>
        configuration.GetSection(Section).GetChildren().Where(c => c["Url"] is not null)
            .Select(c => new ConfiguredWebhook(c.Key, c["Url"]!, c["Secret"] ?? "", c["Events"] ?? string.Join(',', WebhookEvents.All)))
            .ToList();

    /// <summary>Why the section cannot be used, or null: checked at start, so a bad setting stops the site with its sentence.</summary>
    public static string? Problem(IConfiguration configuration, WebhookOptions options)
    {
        if (options.RetryDelay <= TimeSpan.Zero) return $"{Section}:RetryDelay must be a positive time span such as 00:00:10.";
        foreach (var endpoint in Endpoints(configuration))
        {
            if (!Uri.TryCreate(endpoint.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                return $"{Section}:{endpoint.Name}:Url must be an absolute http:// or https:// URL.";
            if (string.IsNullOrWhiteSpace(endpoint.Secret)) return $"{Section}:{endpoint.Name}:Secret is required: deliveries are signed with it.";
            if (WebhookSecrets.Problem(endpoint.Secret) is { } secret) return $"{Section}:{endpoint.Name}:Secret: {secret}";
            if (WebhookEvents.Problem(endpoint.Events) is { } events) return $"{Section}:{endpoint.Name}:Events: {events}";
        }
        return null;
    }
}

/// <summary>An endpoint from configuration.</summary>
public sealed record ConfiguredWebhook(string Name, string Url, string Secret, string Events);
