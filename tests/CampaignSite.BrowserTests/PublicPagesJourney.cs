using static Microsoft.Playwright.Assertions;

namespace CampaignSite.BrowserTests;

/// <summary>The public pages under the Content-Security-Policy, and elder mode as a reader on a phone uses it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PublicPagesJourney(BrowserSite site) : Journey(site)
{
    readonly BrowserSite site = site;

    [Fact]
    public async Task A_reader_on_a_phone_switches_to_elder_mode_and_back()
    {
        var context = await site.NewContextAsync(390, 844);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/brands/bosideng");
        var normal = await SizesAsync(page);
        Assert.Equal("", normal.Mode);

        await page.GetByRole(AriaRole.Link, new() { Name = "长辈模式" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.BaseUrl + "/brands/bosideng");
        var elder = await SizesAsync(page);
        Assert.Equal("elder", elder.Mode);
        Assert.True(elder.Body >= 1.5 * normal.Body, $"body text {elder.Body}px in elder mode, {normal.Body}px normally");
        Assert.True(elder.Paragraph >= 1.5 * normal.Paragraph, $"summary {elder.Paragraph}px in elder mode, {normal.Paragraph}px normally");
        Assert.True(elder.LineHeight >= 1.5 * elder.Body, $"line height {elder.LineHeight}px for {elder.Body}px text");
        Assert.True(elder.SmallestTarget >= 44, $"a link or button {elder.SmallestTarget}px high");
        Assert.Equal("0s", elder.Transition);
        Assert.True(elder.SideScroll <= 0, $"the page scrolls {elder.SideScroll}px sideways");

        // Every page keeps the mode (a cookie), and the switch leads back.
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("丝绸"));
        Assert.Equal("elder", (await SizesAsync(page)).Mode);
        await page.GetByRole(AriaRole.Link, new() { Name = "标准模式" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search\?q=(%E4%B8%9D%E7%BB%B8|丝绸)$"));
        Assert.Equal("", (await SizesAsync(page)).Mode);
        await context.CloseAsync();
        NoServerErrors();
    }

    [Fact]
    public async Task The_public_pages_and_the_WeChat_preview_break_no_policy_in_either_mode()
    {
        foreach (var elder in new[] { false, true })
        {
            var context = await site.NewContextAsync();
            if (elder) await context.AddCookiesAsync([new Cookie { Name = "elder", Value = "1", Url = site.BaseUrl }]);
            var page = await context.NewPageAsync();
            foreach (var path in new[] { "/", "/heritage", "/heritage/suzhou-embroidery", "/en/brands/anta", "/search?q=yunjin", "/tasks/opening-up", "/feeds", "/wechat/heritage/suzhou-embroidery" })
            {
                var response = await page.GotoAsync(path);
                Assert.Equal(200, response!.Status);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            }
            await context.CloseAsync();
        }
        NoServerErrors();
    }

    [Fact]
    public async Task The_focal_point_picker_works_under_the_policy()
    {
        var page = await SignInAsync(BrowserSite.AdminEmail, BrowserSite.AdminPassword);
        await page.GotoAsync("/backoffice/media/xiangyunsha.jpg");
        var mark = page.Locator(".focal-mark");
        var stored = double.Parse(await page.Locator("#focalX").InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"{stored * 100}%", await mark.EvaluateAsync<string>("m => m.style.left"));
        var image = page.Locator(".focal-picker img");
        var box = (await image.BoundingBoxAsync())!;
        await image.ClickAsync(new() { Position = new() { X = box.Width * 0.25f, Y = box.Height * 0.75f } });
        Assert.Equal("0.25", await page.Locator("#focalX").InputValueAsync());
        Assert.Equal("0.75", await page.Locator("#focalY").InputValueAsync());
        Assert.Equal("25%", await mark.EvaluateAsync<string>("m => m.style.left"));
        NoServerErrors();
    }

    sealed record Sizes(string Mode, double Body, double Paragraph, double LineHeight, double SmallestTarget, string Transition, double SideScroll);

    static async Task<Sizes> SizesAsync(IPage page)
    {
        var s = await page.EvaluateAsync<double[]>("""
            () => {
              const px = v => parseFloat(v);
              const body = getComputedStyle(document.body), lead = getComputedStyle(document.querySelector("main p"));
              const targets = [...document.querySelectorAll(".masthead a, .masthead button, .chips a, .footer a")].map(e => e.getBoundingClientRect().height);
              return [px(body.fontSize), px(lead.fontSize), px(body.lineHeight), Math.min(...targets),
                      px(getComputedStyle(document.querySelector(".nav a")).transitionDuration), document.documentElement.scrollWidth - innerWidth];
            }
            """);
        var mode = await page.EvaluateAsync<string>("() => document.documentElement.className");
        return new Sizes(mode, s[0], s[1], s[2], s[3], s[4] == 0 ? "0s" : s[4] + "s", s[5]);
    }
}
