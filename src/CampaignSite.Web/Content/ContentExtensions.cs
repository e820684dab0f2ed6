using CampaignSite.Content.Delivery;
using CampaignSite.Content.Files;
using CampaignSite.Content.Outbound;
using CampaignSite.Content.Partners;
using CampaignSite.Content.Publishing;

namespace CampaignSite.Content;

public static class ContentExtensions
{
    /// <summary>The one path into the database (store and events), content files, the seed import, partner keys and their use, the queue of pushes to partners, and what every reader-facing capability shares.</summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ContentStore>();
        builder.Services.AddScoped<ContentScope>();
        builder.Services.AddScoped<ContentImporter>();
        builder.Services.AddScoped<ContentExporter>();
        builder.Services.AddScoped<Checks.ContentChecks>();
        builder.Services.AddHostedService<ReferencesBackfill>();
        builder.Services.AddHostedService<SeedContent>();
        // Partner keys and their use: the API checks and counts them, the backoffice manages and reports them.
        builder.Services.AddScoped<PartnerKeyStore>();
        builder.Services.AddSingleton<PartnerUsage>();
        builder.Services.AddHostedService<PartnerUsageFlusher>();
        builder.AddDelivery();
        builder.AddOutbound();
        return builder;
    }
}
