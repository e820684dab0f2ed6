using CampaignSite.Data.Changes;

namespace CampaignSite.Content.Outbound;

public static class OutboundExtensions
{
    /// <summary>The durable delivery queue that the push channels (webhooks, WebSub) share; each channel registers itself with AddDeliveryChannel.</summary>
    public static WebApplicationBuilder AddOutbound(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<OutboundHttp>();
        builder.Services.AddSingleton<DeliveryWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());
        builder.Services.AddSingleton<IChangeHandler, DeliveryWake>();
        return builder;
    }

    public static IServiceCollection AddDeliveryChannel<T>(this IServiceCollection services) where T : class, IDeliveryChannel =>
        services.AddSingleton<IDeliveryChannel, T>();
}
