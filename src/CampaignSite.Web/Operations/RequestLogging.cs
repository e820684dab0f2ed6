using System.Diagnostics;

namespace CampaignSite.Operations;

/// <summary>One log line a request: method, path, status, time. What Serilog.AspNetCore would give, in a few lines.</summary>
sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var level = context.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
            logger.Log(level, "HTTP {Method} {Path}{Query} responded {StatusCode} in {Elapsed:0.0} ms",
                context.Request.Method, context.Request.PathBase + context.Request.Path, context.Request.QueryString,
                context.Response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }
}
