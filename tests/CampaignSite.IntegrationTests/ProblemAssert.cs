using System.Net;
using System.Text.Json;

namespace CampaignSite.IntegrationTests;

/// <summary>Asserts an RFC 9457 problem: its media type, status, title and the sentence in detail.</summary>
public static class ProblemAssert
{
    public static async Task HasAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
    }
}
