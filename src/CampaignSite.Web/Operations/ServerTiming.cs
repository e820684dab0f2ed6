using System.Diagnostics;
using System.Globalization;

namespace CampaignSite.Operations;

/// <summary>
/// The server's own time for a request in a Server-Timing header, for browsers' dev tools and the
/// benchmarks; and the address as the client asked for it, before routing moves /en into PathBase.
/// </summary>
sealed class ServerTiming(RequestDelegate next)
{
    const string TargetKey = "campaignsite.target";

    public static string Target(HttpContext context) => context.Items[TargetKey] as string ?? context.Request.Path;

    public Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        context.Items[TargetKey] = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["Server-Timing"] = "app;dur=" + Stopwatch.GetElapsedTime(start).TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        return next(context);
    }
}
