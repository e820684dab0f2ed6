using CampaignSite.Content.Types;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CampaignSite.Content.Delivery;

/// <summary>What every public page knows: its culture, its words, its head metadata.</summary>
public abstract class SitePage : PageModel
{
    public const string ProblemKey = "site.problem";

    public string Culture => HttpContext.Culture();
    public string T(string key) => SiteText.Get(key, Culture);
    public string T(string key, params object[] args) => string.Format(SiteText.Get(key, Culture), args);

    /// <summary>A site path in the current culture, for links.</summary>
    public string Href(string path) => Request.PathBase + path;

    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? OgImage { get; set; }
    public string OgType { get; set; } = "website";
    /// <summary>The culture-less path this page is canonical at (no paging or filters).</summary>
    public string CanonicalPath { get; set; } = "/";

    /// <summary>Asks search engines to leave the page out (a draft preview); its answer says the same in X-Robots-Tag.</summary>
    public bool NoIndex { get; set; }

    /// <summary>The feed this page offers for discovery besides the site-wide one: its type's or task's.</summary>
    public FeedScope? Feed { get; set; }

    /// <summary>Answers with the site's own error page and a message the reader can act on.</summary>
    protected IActionResult Problem(int status, string message)
    {
        HttpContext.Items[ProblemKey] = message;
        return StatusCode(status);
    }
}
