namespace CampaignSite.Feeds.Pages;

using CampaignSite.Content.Delivery;
using CampaignSite.Content.Fields;
using CampaignSite.Content.Types;
using CampaignSite.Feeds;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

/// <summary>The exact HTML of a document's WeChat article, for an editor to copy into the WeChat editor.</summary>
public sealed class WeChatModel(WeChatFeed wechat) : SitePage
{
    public WeChatArticle Article { get; private set; } = null!;
    /// <summary>The article as WeChat shows it: its HTML, styled by <see cref="WeChatPreviewStyles"/> rather than inline.</summary>
    public HtmlString Html => new(WeChatHtml.WithoutStyles(Article.Content));
    public string Stylesheet => Href(WeChatPreviewStyles.Href);

    public async Task<IActionResult> OnGetAsync(string type, string slug, CancellationToken ct)
    {
        if (DocumentTypes.Find(type) is not { } t || !SlugAttribute.IsValid(slug)) return NotFound();
        if (await wechat.FindAsync(Request, Culture, t, slug, ct) is not { } article) return NotFound();
        Article = article;
        Title = $"{T("wechat")} · {article.Title}";
        CanonicalPath = $"/wechat/{t.Name}/{slug}";
        return Page();
    }
}
