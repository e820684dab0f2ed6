using System.Diagnostics;
using System.Globalization;

namespace CampaignSite.Operations;

/// <summary>
/// One log line a request (method, path, status, time), what Serilog.AspNetCore would give,
/// and the same server time in a Server-Timing header for browsers' dev tools and benchmarks.
/// </summary>
sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["Server-Timing"] = "app;dur=" + Stopwatch.GetElapsedTime(start).TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            var level = context.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
            if (logger.IsEnabled(level))
                logger.Log(level, "HTTP {Method} {Path}{Query} responded {StatusCode} in {Elapsed:0.0} ms",
                    context.Request.Method, context.Request.PathBase + context.Request.Path, context.Request.QueryString,
                    context.Response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }
}
