using CampaignSite.Data;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Prometheus;
using Serilog;
using Serilog.Events;

namespace CampaignSite.Operations;

/// <summary>Logging (Serilog from appsettings, plus bounded files in DataPath/logs), request logs and /healthz.</summary>
public static class OperationsExtensions
{
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        var logs = Path.Combine(SitePaths.DataPath(builder), "logs");
        builder.Services.AddOptions<LogsOptions>().BindConfiguration(LogsOptions.Section)
            .Validate(o => o.MaxBytes >= LogsOptions.Smallest, $"CampaignSite:Logs:MaxBytes must be at least {LogsOptions.Smallest} (256 KB)").ValidateOnStart();
        var limits = builder.Configuration.GetSection(LogsOptions.Section).Get<LogsOptions>() ?? new LogsOptions();
        limits.MaxBytes = Math.Max(limits.MaxBytes, LogsOptions.Smallest); // a smaller value stops the start (above)
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: (services, log) => log
            // Defaults for a site started without its appsettings.json; the Serilog section overrides them.
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .WriteTo.File(Path.Combine(logs, "site-.log"), restrictedToMinimumLevel: LogEventLevel.Information,
                rollingInterval: RollingInterval.Day, rollOnFileSizeLimit: true,
                fileSizeLimitBytes: limits.MaxBytes * 9 / 10 / LogsOptions.FilesKept, retainedFileCountLimit: LogsOptions.FilesKept)
            .WriteTo.File(Path.Combine(logs, "warnings-.log"), restrictedToMinimumLevel: LogEventLevel.Warning,
                rollingInterval: RollingInterval.Day, rollOnFileSizeLimit: true,
                fileSizeLimitBytes: limits.MaxBytes / 10 / LogsOptions.FilesKept, retainedFileCountLimit: LogsOptions.FilesKept));

        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl) || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                "CampaignSite:PublicBaseUrl must be an absolute URL such as https://campaign.example.cn")
            .PostConfigure(o => o.DataPath = SitePaths.DataPath(builder))
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section);
        builder.AddSecurity();
        return builder;
    }

    /// <summary>Security headers, forwarded headers from the configured proxies only, no Server header, and HTTPS redirection when HTTPS is served.</summary>
    static void AddSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddCheckedOptions<SecurityOptions>(SecurityOptions.Section, o => o.Problem());
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Services.AddCheckedOptions<ProxyOptions>(ProxyOptions.Section, o => o.Parse().Problem);
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<Microsoft.Extensions.Options.IOptions<SecurityOptions>, Microsoft.Extensions.Options.IOptions<ProxyOptions>>((o, security, proxy) =>
        {
            // The client's address (rate limits, the sign-in throttle, logs, /metrics), the scheme (HTTPS
            // redirection, HSTS, Secure cookies) and the host, as the proxy saw them.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Believed from the configured proxies only (the framework's default trusts any local process);
            // from any other address the headers are left as they came and the connection's address counts.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var network in security.Value.ParseProxies().Networks.Concat(proxy.Value.Parse().Networks)) o.KnownIPNetworks.Add(network);
        });
    }

    /// <summary>Forwarded headers first (addresses for rate limits and logs, the scheme for cookies and HSTS), then the security headers and HTTPS redirection.</summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value.KnownIPNetworks.Count > 0)
            app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        // Redirect plain HTTP when HTTPS is served: by Kestrel (an https:// URL) or, behind a proxy, at the port in HTTPS_PORT.
        var urls = app.Configuration["urls"] ?? "";
        if (urls.Contains("https://", StringComparison.OrdinalIgnoreCase) || !string.IsNullOrEmpty(app.Configuration["https_port"]))
            app.UseHttpsRedirection();
        return app;
    }

    /// <summary>
    /// /metrics in Prometheus' format when CampaignSite:Metrics:Enabled: requests by route group,
    /// their latency, the site's own instruments (cache hits, variants made, search time, change-log
    /// lag) and the runtime's (GC, memory). Loopback only, or with CampaignSite:Metrics:Key.
    /// </summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetricsOptions>>().Value;
        if (!options.Enabled) return app;
        app.MapMetrics("/metrics").AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var key = options.Key;
            var given = http.Request.Headers.Authorization.ToString();
            var keyed = !string.IsNullOrEmpty(key) && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(given), System.Text.Encoding.UTF8.GetBytes("Bearer " + key));
            var loopback = http.Connection.RemoteIpAddress is not { } address || System.Net.IPAddress.IsLoopback(address);
            // Without a key, loopback scrapers only; with one, whoever sends it.
            return keyed || loopback && string.IsNullOrEmpty(key)
                ? await next(context)
                : Results.Text("/metrics answers loopback scrapers, or those with the configured key.", statusCode: StatusCodes.Status403Forbidden);
        });
        return app;
    }

    /// <summary>Counts and times requests by route group (the first path segment: brands, feeds, api, media...) for /metrics.</summary>
    public static WebApplication UseRequestMetrics(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetricsOptions>>().Value.Enabled)
            app.UseHttpMetrics(o => o.AddCustomLabel("group", context => Group(context.Request.Path)));
        return app;
    }

    static readonly HashSet<string> Groups =
        [.. CampaignSite.Content.Types.DocumentTypes.All.Select(t => t.Section), "tasks", "search", "feeds", "wechat", "api", "media", "ui", "backoffice", "healthz", "metrics", "sitemap.xml", "robots.txt"];

    /// <summary>The first path segment when it is one of the site's (the English /en skipped), else "other": a bounded set of labels.</summary>
    static string Group(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var first = segments.FirstOrDefault() == "en" ? segments.ElementAtOrDefault(1) : segments.FirstOrDefault();
        return first is null ? "home" : Groups.Contains(first) ? first : "other";
    }

    /// <summary>One log line and a Server-Timing header per request; first in the pipeline, so it times everything.</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseMiddleware<ServerTiming>();
        app.UseSerilogRequestLogging(o =>
        {
            // This host's logger, not the process-wide static one (several hosts share a process in tests and benchmarks).
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // The path as the client sent it (with /en and the query), whatever routing made of it since.
            o.MessageTemplate = "HTTP {RequestMethod} {RequestTarget} responded {StatusCode} in {Elapsed:0.0} ms";
            o.EnrichDiagnosticContext = (diagnostics, context) => diagnostics.Set("RequestTarget", ServerTiming.Target(context));
        });
        return app;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsJsonAsync(new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
                });
            },
        });
        return app;
    }
}

sealed class DatabaseHealthCheck(CampaignDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(ct)
                ? HealthCheckResult.Healthy($"{db.Database.ProviderName} reachable")
                : HealthCheckResult.Unhealthy("database not reachable");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("database not reachable: " + e.Message);
        }
    }
}
