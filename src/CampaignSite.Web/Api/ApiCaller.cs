using CampaignSite.Content.Delivery;
using CampaignSite.Content.Partners;
using Microsoft.Net.Http.Headers;

namespace CampaignSite.Api;

/// <summary>
/// The partner key a request to /api/content came with, once <see cref="ApiAccess"/> found it valid,
/// and the one rule for what its scopes allow. Previews need content:preview: 401 without a key,
/// 403 with a key that lacks it. Other reads are open to anyone within their address's limit, but
/// a key sent with them must have content:read (403 otherwise): a key says what its partner may do,
/// and a preview-only key is not also a reader's key with a bigger quota.
/// </summary>
sealed record ApiCaller(int KeyId, string Partner, string Scopes)
{
    /// <summary>The key in X-Api-Key, or else in Authorization: Bearer; null when neither is sent.</summary>
    public static string? KeyOf(HttpRequest request)
    {
        if (request.Headers[ApiOptions.KeyHeader].ToString() is { Length: > 0 } key) return key.Trim();
        var authorization = request.Headers[HeaderNames.Authorization].ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization[7..].Trim() is { Length: > 0 } bearer ? bearer : null;
    }

    /// <summary>The answer refusing this request for its scopes; null when it may go on.</summary>
    public static IResult? Refusal(HttpContext context, bool preview)
    {
        var caller = context.Features.Get<ApiCaller>();
        var scope = preview ? PartnerScopes.Preview : PartnerScopes.Read;
        if (caller is null)
            return preview ? Problems.Of(StatusCodes.Status401Unauthorized,
                $"Previewing drafts needs a key with the {PartnerScopes.Preview} scope, in the {ApiOptions.KeyHeader} header or as Authorization: Bearer.") : null;
        return PartnerScopes.Has(caller.Scopes, scope) ? null
            : Problems.Of(StatusCodes.Status403Forbidden, $"The key of {caller.Partner} does not have the {scope} scope; ask the site's administrators for it.");
    }
}
