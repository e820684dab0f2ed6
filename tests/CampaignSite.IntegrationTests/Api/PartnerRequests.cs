using System.Net.Http.Headers;

namespace CampaignSite.IntegrationTests.Api;

/// <summary>Requests as a partner app sends them: its key in X-Api-Key, or as Authorization: Bearer.</summary>
public static class PartnerRequests
{
    public static HttpRequestMessage Keyed(string path, string key, bool bearer = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearer) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        else request.Headers.Add("X-Api-Key", key);
        return request;
    }
}
