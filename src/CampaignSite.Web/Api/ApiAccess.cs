using CampaignSite.Content.Delivery;
using CampaignSite.Content.Partners;
using CampaignSite.Data;
using Microsoft.Extensions.Options;

namespace CampaignSite.Api;

/// <summary>
/// In front of /api/content, before the output cache (so cached answers count too): the key, when
/// one is sent, is looked up by its hash on every request (one indexed read; no cache, so a revoke
/// counts on every node at once); then the caller's quota (429 with Retry-After); then a wrong,
/// expired or revoked key answers 401 whatever is asked; and each answer to a known key is counted
/// for the partners page. What a valid key's scopes allow is the endpoints' to say (<see cref="ApiCaller.Refusal"/>).
/// </summary>
sealed class ApiAccess(RequestDelegate next, ApiLimits limits, PartnerUsage usage, IOptions<ApiOptions> options, TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context, PartnerKeyStore keys)
    {
        var given = ApiCaller.KeyOf(context.Request);
        var key = given is null ? null : await keys.FindAsync(given, context.RequestAborted);
        try
        {
            var wrong = given is null ? null : Wrong(key);
            var usable = wrong is null ? key : null;
            // A key that cannot be used is limited by its address, so that guessing keys costs as much as reading without one.
            var (allowed, retryAfter) = limits.Take(usable is not null
                ? new("key:" + usable.Id, usable.RequestsPerMinute)
                : new("address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), options.Value.AnonymousRequestsPerMinute));
            if (!allowed)
            {
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.Response.Headers.RetryAfter = seconds.ToString();
                await Problems.WriteAsync(context, StatusCodes.Status429TooManyRequests, usable is not null
                    ? $"The key of {usable.Partner} has used its {usable.RequestsPerMinute} requests of this minute; wait {seconds} seconds."
                    : $"Too many API requests from your address; wait {seconds} seconds, or ask the site for a partner key.");
                return;
            }
            if (wrong is not null)
            {
                await Problems.WriteAsync(context, StatusCodes.Status401Unauthorized, wrong);
                return;
            }
            if (usable is not null) context.Features.Set(new ApiCaller(usable.Id, usable.Partner, usable.Scopes));
            await next(context);
        }
        finally
        {
            // An answer that failed is still a request of the key's; 4xx and 429 are told apart by status.
            if (key is not null) usage.Count(key.Id, context.Response.StatusCode);
        }
    }

    /// <summary>Why a sent key cannot be used, as the 401's sentence; null when it can.</summary>
    string? Wrong(PartnerKeyRecord? key) => key is null
        ? "The API key is not one this site issued; check the X-Api-Key or Authorization: Bearer header."
        : PartnerKeys.Ended(key, clock.GetUtcNow().UtcDateTime) is { } ended
            ? $"The API key of {key.Partner} is {ended}; ask the site's administrators for a new one."
            : null;
}
