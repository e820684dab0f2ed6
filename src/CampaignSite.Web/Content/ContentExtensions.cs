using CampaignSite.Content.Delivery;
using CampaignSite.Content.Files;
using CampaignSite.Content.Outbound;
using CampaignSite.Content.Publishing;

namespace CampaignSite.Content;

public static class ContentExtensions
{
    /// <summary>The one path into the database (store and events), content files, the seed import, the queue of pushes to partners, and what every reader-facing capability shares.</summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ContentStore>();
        builder.Services.AddScoped<ContentScope>();
        builder.Services.AddScoped<ContentImporter>();
        builder.Services.AddScoped<ContentExporter>();
        builder.Services.AddHostedService<ReferencesBackfill>();
        builder.Services.AddHostedService<SeedContent>();
        builder.AddDelivery();
        builder.AddOutbound();
        return builder;
    }
}
