using CampaignSite.Content.Outbound;

namespace CampaignSite.Content.Webhooks;

public static class WebhooksExtensions
{
    /// <summary>Signed webhooks to partners on every change, to endpoints from configuration and from the backoffice.</summary>
    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddCheckedOptions<WebhookOptions>(WebhookOptions.Section, o => WebhookOptions.Problem(configuration, o));
        builder.Services.AddDeliveryChannel<WebhookChannel>();
        builder.Services.AddScoped<WebhookRegistry>();
        builder.Services.AddHostedService<WebhookSeeder>();
        return builder;
    }
}
