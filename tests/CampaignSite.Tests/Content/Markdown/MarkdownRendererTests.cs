using CampaignSite.Content.Markdown;

namespace CampaignSite.Tests.Content.Markdown;

public class MarkdownRendererTests
{
    [Fact]
    public void RawHtml_IsShownAsText()
    {
        var html = MarkdownRenderer.ToHtml("a <script>alert(1)</script> b\n\n<img src=x onerror=alert(1)>");
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![x](vbscript:msgbox)")]
    public void UnsafeLinkSchemes_AreDropped(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);
        Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html);
        Assert.Contains("\"#\"", html);
    }

    [Fact]
    public void SafeLinks_AndMarkdownFeatures_Render()
    {
        var html = MarkdownRenderer.ToHtml("## 标题\n\n[通知](https://www.miit.gov.cn/) 与 [本站](/news)\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        Assert.Contains("<h2", html);
        Assert.Contains("href=\"https://www.miit.gov.cn/\"", html);
        Assert.Contains("href=\"/news\"", html);
        Assert.Contains("<table>", html);
    }
}
