using System.Net;
using CampaignSite.Backoffice.Editing;
using CampaignSite.Content.Types;
using static CampaignSite.IntegrationTests.Backoffice.EditorSession;

namespace CampaignSite.IntegrationTests.Backoffice;

/// <summary>Whatever is typed or crafted into a backoffice form, the answer is a page with a message, never a server error.</summary>
public sealed class HostileInputTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    static readonly string[] Values = ["\u0000\u0001", "<script>alert(1)</script>", new string('长', 5000), "-1", "99999999999999999999", "2024-13-45T99:99", "../../etc/passwd", "'; DROP TABLE documents; --"];

    [Fact]
    public async Task EveryInputOfEveryType_WithHostileValues_AnswersWithoutServerError()
    {
        var admin = await AdminAsync(site);
        foreach (var type in DocumentTypes.All)
            foreach (var value in Values)
            {
                var fields = DocumentForm.Inputs(type, Cultures.Chinese).Concat(DocumentForm.Inputs(type, Cultures.English))
                    .ToDictionary(i => i.Name, _ => new[] { value });
                var response = await admin.PostAsync($"/backoffice/content/{type.Name}/new?handler=Save", fields);
                Assert.True((int)response.StatusCode < 500, $"{type.Name} with {value[..Math.Min(20, value.Length)]}: {(int)response.StatusCode}");
                if (response.StatusCode == HttpStatusCode.BadRequest)
                    Assert.True((await response.Content.ReadAsStringAsync()).Contains("notice-error") || (await response.Content.ReadAsStringAsync()).Contains("没有保存任何内容"), $"{type.Name} {value[..Math.Min(20, value.Length)]}: {(await response.Content.ReadAsStringAsync())[..Math.Min(600, (await response.Content.ReadAsStringAsync()).Length)]}");
            }
    }

    /// <summary>Hostile text in an otherwise valid document is saved and published, then shown escaped, and its Markdown cleaned.</summary>
    [Fact]
    public async Task HostileTextInAValidDocument_IsSaved_AndShownEscapedEverywhere()
    {
        var admin = await AdminAsync(site);
        var slug = "hostile-" + Guid.NewGuid().ToString("N")[..8];
        const string title = "标题<script>alert('t')</script>\"'&";
        const string body = "正文 <script>alert('b')</script> <img src=x onerror=alert('i')> [点我](javascript:alert('l')) <iframe src=\"https://evil.example\"></iframe>";
        var response = await admin.PostAsync("/backoffice/content/news/new?handler=Publish", News(title, body, slug));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = DocumentId(response);

        var reader = site.CreateClient();
        foreach (var html in new[]
                 {
                     await reader.GetStringAsync($"/news/{slug}"), await reader.GetStringAsync("/news"), (await admin.GetAsync($"/backoffice/content/news/{id}")).Html,
                     (await admin.GetAsync("/backoffice/content/news")).Html, await reader.GetStringAsync("/feeds/news/rss.xml"),
                 })
        {
            Assert.DoesNotContain("<script>alert(", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("href=\"javascript:", html);
            Assert.DoesNotContain("<iframe", html);
        }
        var page = await reader.GetStringAsync($"/news/{slug}");
        Assert.Contains("标题&lt;script&gt;alert(", page);
        Assert.Contains("正文", page);
    }

    [Theory]
    [InlineData("/backoffice/content/nothing")]
    [InlineData("/backoffice/content/news/abc")]
    [InlineData("/backoffice/content/news/999999")]
    [InlineData("/backoffice/content/news/99999999999999")]
    [InlineData("/backoffice/content/brand/1/versions?from=x&to=-5")]
    [InlineData("/backoffice/content/news?page=-3&status=nonsense&q=%00")]
    [InlineData("/backoffice/accounts/not-an-id")]
    [InlineData("/backoffice/audit?before=abc&who=%25")]
    public async Task OddAddresses_AnswerWithoutServerError(string path)
    {
        var (status, _) = await (await AdminAsync(site)).GetAsync(path);
        Assert.True((int)status < 500, $"{path}: {(int)status}");
    }

    [Theory]
    [InlineData("/backoffice/content/news/1?handler=Schedule", "action=delete&at=2030-01-01T09:00")]
    [InlineData("/backoffice/content/news/1?handler=CancelSchedule", "schedule=987654")]
    [InlineData("/backoffice/content/news/1/versions?handler=Rollback", "number=987654")]
    [InlineData("/backoffice/content/news/999999?handler=Approve", "")]
    [InlineData("/backoffice/recycle-bin?handler=Restore", "id=1")]
    [InlineData("/backoffice/content/news/1?handler=SendBack", "comment=")]
    public async Task OddSteps_AnswerWithoutServerError(string path, string body)
    {
        var admin = await AdminAsync(site);
        var fields = body.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => new[] { p[1] });
        var response = await admin.PostAsync(path, fields, "/backoffice/content/news/new");
        Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode}");
    }
}
