using System.Net;
using CampaignSite.Api;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignSite.IntegrationTests.Api;

/// <summary>What a browser on another origin may ask of /api/content: reads, never writes.</summary>
public sealed class CorsPreflightTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    readonly HttpClient client = site.CreateClient();

    async Task<HttpResponseMessage> PreflightAsync(string path, string method)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", "https://partner.example");
        request.Headers.Add("Access-Control-Request-Method", method);
        return await client.SendAsync(request);
    }

    static string AllowedMethods(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Access-Control-Allow-Methods", out var values) ? string.Join(",", values) : "";

    [Theory]
    [InlineData("/api/content/brand/anta")]
    [InlineData("/api/content?type=brand")]
    public async Task Preflight_AllowsGet(string path)
    {
        var response = await PreflightAsync(path, "GET");
        Assert.True(response.IsSuccessStatusCode, $"preflight answered {(int)response.StatusCode}");
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", AllowedMethods(response).Split(',', StringSplitOptions.TrimEntries));
    }

    [Theory]
    [InlineData("DELETE")]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    public async Task Preflight_RefusesWrites(string method)
    {
        var response = await PreflightAsync("/api/content/brand/anta", method);
        Assert.DoesNotContain(method, AllowedMethods(response).Split(',', StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AWrite_FromAnotherOrigin_IsNotServed()
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, "/api/content/brand/anta");
        request.Headers.Add("Origin", "https://partner.example");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"), "a refused write must not be readable by another origin");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/content/brand/anta")).StatusCode);
    }

    [Theory]
    [InlineData("/api/content/brand/anta")]
    [InlineData("/api/content?type=brand")]
    public async Task Head_AnswersAsGetDoes_WithoutTheBody(string path)
    {
        var get = await client.GetAsync(path);
        var request = new HttpRequestMessage(HttpMethod.Head, path);
        request.Headers.Add("Origin", "https://partner.example");
        var head = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.NotNull(head.Headers.ETag);
        Assert.Equal("*", head.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    /// <summary>
    /// Routing alone answers a DELETE preflight with 405 while only GET is mapped; the policy is what
    /// still refuses writes the day a write endpoint joins the group.
    /// </summary>
    [Fact]
    public async Task ThePolicy_AllowsOnlyReads()
    {
        _ = site.Server;
        var policy = await site.Services.GetRequiredService<ICorsPolicyProvider>().GetPolicyAsync(new DefaultHttpContext(), ApiExtensions.Cors);
        Assert.NotNull(policy);
        Assert.False(policy.AllowAnyMethod);
        Assert.Equal(["GET", "HEAD", "OPTIONS"], policy.Methods.Order());
    }
}
