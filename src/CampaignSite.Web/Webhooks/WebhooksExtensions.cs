using CampaignSite.Backoffice.Security;
using CampaignSite.Content.Outbound;

namespace CampaignSite.Webhooks;

public static class WebhooksExtensions
{
    /// <summary>Signed webhooks to partners on every publish, endpoints from configuration and from /backoffice/webhooks.</summary>
    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddCheckedOptions<WebhookOptions>(WebhookOptions.Section, o => WebhookOptions.Problem(configuration, o));
        builder.Services.AddDeliveryChannel<WebhookChannel>();
        builder.Services.AddScoped<WebhookRegistry>();
        builder.Services.AddHostedService<WebhookSeeder>();
        builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Webhooks/Pages", Roles.Admin));
        return builder;
    }
}
