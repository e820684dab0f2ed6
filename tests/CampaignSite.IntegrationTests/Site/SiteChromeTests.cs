using System.Net;

namespace CampaignSite.IntegrationTests.Site;

/// <summary>What every public page's frame carries: the footer's identifiers when configured, and the elder-mode switch.</summary>
public sealed class SiteChromeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    sealed class IdentifiedSite : SiteFactory
    {
        protected override Dictionary<string, string?> Settings => new()
        {
            ["CampaignSite:Site:Sponsor"] = "工业和信息化部消费品工业司",
            ["CampaignSite:Site:IcpNumber"] = "京ICP备04000001号",
            ["CampaignSite:Site:PublicSecurityNumber"] = "京公网安备 11010202000001号",
            ["CampaignSite:Site:SiteCode"] = "bm07000001",
            ["CampaignSite:Site:BadgeImage"] = "/media/suzhou-embroidery.jpg",
            ["CampaignSite:Site:BadgeUrl"] = "https://bszs.conac.cn/sitename?method=show&id=1",
        };
    }

    [Fact]
    public async Task TheFooter_ShowsEachConfiguredIdentifier_InBothCultures()
    {
        using var identified = new IdentifiedSite();
        var client = identified.CreateClient();
        foreach (var (path, sponsor, code) in new[] { ("/", "主办单位：", "网站标识码："), ("/en/brands/bosideng", "Sponsor: ", "Government website code: ") })
        {
            var footer = Footer(await client.GetStringAsync(path));
            Assert.Contains(sponsor + "工业和信息化部消费品工业司", footer);
            Assert.Contains(code + "bm07000001", footer);
            Assert.Contains("<a href=\"https://beian.miit.gov.cn/\" rel=\"noopener\">京ICP备04000001号</a>", footer);
            Assert.Contains("<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010202000001\" rel=\"noopener\">京公网安备 11010202000001号</a>", footer);
            Assert.Contains("<a href=\"https://bszs.conac.cn/sitename?method=show&amp;id=1\" rel=\"noopener\"><img src=\"/media/suzhou-embroidery.jpg\"", footer);
        }
    }

    [Fact]
    public async Task WithoutIdentifiers_TheFooterShowsNone()
    {
        var footer = Footer(await site.CreateClient().GetStringAsync("/"));
        Assert.DoesNotContain("identifiers", footer);
        Assert.DoesNotContain("beian", footer);
        Assert.Contains("/tasks/", footer);
    }

    static string Footer(string html) => html[html.IndexOf("<footer", StringComparison.Ordinal)..];

    [Fact]
    public async Task ElderMode_IsALinkThatSetsACookie_AndComesBack()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetStringAsync("/en/brands/anta");
        Assert.Contains("<a class=\"mode-switch\" href=\"/en/elder?on=1&amp;return=%2Fen%2Fbrands%2Fanta\" rel=\"nofollow\">Large text</a>", page);
        Assert.Contains("<html lang=\"en\">", page);

        using var on = await client.GetAsync("/en/elder?on=1&return=%2Fen%2Fbrands%2Fanta");
        Assert.Equal(HttpStatusCode.Found, on.StatusCode);
        Assert.Equal("/en/brands/anta", on.Headers.Location!.OriginalString);
        var cookie = Assert.Single(on.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("elder=1;", cookie);
        Assert.Contains("max-age=31536000", cookie);

        using var elder = new HttpRequestMessage(HttpMethod.Get, "/en/brands/anta");
        elder.Headers.Add("Cookie", "elder=1");
        var html = await (await client.SendAsync(elder)).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\" class=\"elder\">", html);
        Assert.Contains("href=\"/en/elder?on=0&amp;return=%2Fen%2Fbrands%2Fanta\" rel=\"nofollow\">Standard text</a>", html);

        using var off = await client.GetAsync("/elder?on=0&return=/brands/anta");
        Assert.Contains("elder=;", Assert.Single(off.Headers.GetValues("Set-Cookie")));
    }

    [Fact]
    public async Task ElderMode_IsPartOfTheCacheKey()
    {
        var client = site.CreateClient();
        // The normal page is cached first; the elder request must not get it, and then the normal one must not get the elder one.
        Assert.DoesNotContain("class=\"elder\"", await client.GetStringAsync("/heritage/suzhou-embroidery"));
        Assert.DoesNotContain("class=\"elder\"", await client.GetStringAsync("/heritage/suzhou-embroidery"));
        using var elder = new HttpRequestMessage(HttpMethod.Get, "/heritage/suzhou-embroidery");
        elder.Headers.Add("Cookie", "elder=1");
        Assert.Contains("class=\"elder\"", await (await client.SendAsync(elder)).Content.ReadAsStringAsync());
        Assert.DoesNotContain("class=\"elder\"", await client.GetStringAsync("/heritage/suzhou-embroidery"));
    }

    [Theory]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("", "/")]
    [InlineData("/search?q=%E4%B8%9D", "/search?q=%E4%B8%9D")]
    public async Task ElderMode_GoesBackOnlyToThisSite(string back, string location)
    {
        using var response = await site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/elder?on=1&return=" + Uri.EscapeDataString(back));
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }
}
