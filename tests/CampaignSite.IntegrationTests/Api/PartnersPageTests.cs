using System.Net;
using System.Text.RegularExpressions;
using CampaignSite.Content.Partners;
using CampaignSite.Data;
using CampaignSite.IntegrationTests.Backoffice;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampaignSite.IntegrationTests.Api.PartnerRequests;

namespace CampaignSite.IntegrationTests.Api;

/// <summary>/backoffice/partners: keys made (shown once, stored hashed), their use by day, revoked; administrators only.</summary>
public abstract class PartnersPageTests<TSite>(TSite site) : IClassFixture<TSite> where TSite : SiteFactory
{
    const string Page = "/backoffice/partners";

    static Dictionary<string, string[]> Form(string partner, string requestsPerMinute = "600", string expires = "", params string[] scopes) => new()
    {
        ["partner"] = [partner], ["requestsPerMinute"] = [requestsPerMinute], ["expires"] = [expires],
        ["scopes"] = scopes.Length == 0 ? [PartnerScopes.Read] : scopes,
    };

    async Task<(EditorSession Admin, string Key)> CreateAsync(string partner, string requestsPerMinute = "600")
    {
        var admin = await EditorSession.AdminAsync(site);
        var response = await admin.PostAsync(Page, Form(partner, requestsPerMinute));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (admin, NewKey.Match(html).Groups[1].Value);
    }

    [Fact]
    public async Task AKey_IsShownOnce_AndOnlyItsHashIsStored_AndTheCreationAudited()
    {
        var partner = "Xinhua-" + Guid.NewGuid().ToString("N")[..8];
        var (admin, key) = await CreateAsync(partner);
        Assert.StartsWith("csk_", key);
        Assert.DoesNotContain(key, (await admin.GetAsync(Page)).Html);

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignDbContext>();
        var row = await db.PartnerKeys.SingleAsync(k => k.Partner == partner);
        Assert.Equal(PartnerKeys.Hash(key), row.KeyHash);
        Assert.Equal(key[..8], row.KeyHint);
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "partner.create" && a.Detail.StartsWith(partner)));
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().SendAsync(Keyed("/api/content/brand/anta", key))).StatusCode);
        // Nowhere in the database's files, the write-ahead log included (on SQLite, whose files are at hand).
        foreach (var file in Directory.GetFiles(site.DataPath, "campaign.db*"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
            Assert.DoesNotContain(key, await reader.ReadToEndAsync());
        }
    }

    [Fact]
    public async Task Usage_ShowsRequests4xxAnd429_ThenARevokedKeyAnswers401()
    {
        var partner = "Guangming-" + Guid.NewGuid().ToString("N")[..8];
        var (admin, key) = await CreateAsync(partner, requestsPerMinute: "2");
        var api = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(Keyed("/api/content/brand/anta", key))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(Keyed("/api/content/brand/no-such-brand", key, bearer: true))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await api.SendAsync(Keyed("/api/content/brand/anta", key))).StatusCode);

        var (_, html) = await admin.GetAsync(Page);
        Assert.Matches($"<td>{partner}</td><td>{Regex.Escape(key[..8])}…</td><td>3</td><td>1</td><td>1</td>", html);

        int id;
        await using (var scope = site.Services.CreateAsyncScope())
            id = (await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().PartnerKeys.SingleAsync(k => k.Partner == partner)).Id;
        var revoked = await admin.PostAsync(Page + "?handler=Revoke", new() { ["id"] = [id.ToString()] });
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        foreach (var bearer in new[] { false, true })
            await ProblemAssert.HasAsync(await api.SendAsync(Keyed("/api/content", key, bearer)), HttpStatusCode.Unauthorized, $"The API key of {partner} is revoked");
        await using (var scope = site.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<CampaignDbContext>().Audit.AnyAsync(a => a.Action == "partner.revoke" && a.Detail.StartsWith(partner)));
    }

    [Theory]
    [InlineData("", "600", "", "content:read", "Enter the partner's name.")]
    [InlineData("People's Daily", "600", "", "content:write", "'content:write' is not a scope")]
    [InlineData("People's Daily", "many", "", "content:read", "Requests per minute must be a positive whole number")]
    [InlineData("People's Daily", "0", "", "content:read", "Requests per minute must be a positive whole number")]
    [InlineData("People's Daily", "1.5", "", "content:read", "Requests per minute must be a positive whole number")]
    [InlineData("People's Daily", "600", "2020-01-01T08:00", "content:read", "The expiry is in the past")]
    [InlineData("People's Daily", "600", "next week", "content:read", "The expiry must be a date and time")]
    public async Task BadInput_AnswersAMessage_AndKeepsWhatWasTyped(string partner, string perMinute, string expires, string scope, string message)
    {
        var admin = await EditorSession.AdminAsync(site);
        var response = await admin.PostAsync(Page, Form(partner, perMinute, expires, scope));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, html);
        Assert.Contains($"name=\"partner\" required maxlength=\"80\" value=\"{partner}\"", html);
        Assert.Contains($"name=\"requestsPerMinute\" inputmode=\"numeric\" required value=\"{perMinute}\"", html);
        Assert.DoesNotMatch(NewKey, html);
    }

    [Fact]
    public async Task AnEditor_IsRefusedThePage_AndCannotRevoke()
    {
        var (admin, key) = await CreateAsync("Economic Daily");
        var editor = await admin.CreateAccountAsync("Editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(Page)).Status);
        var refused = await editor.PostAsync(Page + "?handler=Revoke", new() { ["id"] = ["1"] }, formPage: "/backoffice/password");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().SendAsync(Keyed("/api/content", key))).StatusCode);
    }

    static readonly Regex NewKey = new("<code id=\"new-key\">(csk_[A-Za-z0-9_-]+)</code>");
}

public sealed class SqlitePartnersPageTests(SiteFactory site) : PartnersPageTests<SiteFactory>(site);

/// <summary>On PostgreSQL too: the usage counts are written with an upsert of their own.</summary>
public sealed class PostgresPartnersPageTests(PostgresSiteFactory site) : PartnersPageTests<PostgresSiteFactory>(site);
