using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CampaignSite.Operations;

/// <summary>
/// The server's own time for a request in a Server-Timing header, for browsers' dev tools and the
/// benchmarks; and the address as the client asked for it, before routing moves /en into PathBase.
/// </summary>
sealed partial class ServerTiming(RequestDelegate next)
{
    const string TargetKey = "campaignsite.target";

    public static string Target(HttpContext context) => context.Items[TargetKey] as string ?? context.Request.Path;

    public Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        context.Items[TargetKey] = WithoutSecrets(context.Request.PathBase + context.Request.Path + context.Request.QueryString);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["Server-Timing"] = "app;dur=" + Stopwatch.GetElapsedTime(start).TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>
    /// A preview link's token opens a draft to whoever has it: the log keeps that a preview was read, not
    /// the key. It also hides in the escaped return address of the preview page's own links (elder mode).
    /// </summary>
    static string WithoutSecrets(string target) => PreviewToken().Replace(target, "$1…");

    [GeneratedRegex(@"(/preview/|%2Fpreview%2F)[^/?&%]+", RegexOptions.IgnoreCase)] private static partial Regex PreviewToken();
}
