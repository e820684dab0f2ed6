using System.Globalization;
using CampaignSite.Content.Types;

namespace CampaignSite.Content.Delivery;

/// <summary>
/// /en/... is the English site: the prefix becomes the request's PathBase, so every page and
/// every link generated under it stays English with no route written twice.
/// </summary>
public static class CultureRouting
{
    public const string EnglishBase = "/en";

    public static IApplicationBuilder UseCultureRouting(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(EnglishBase, out var rest))
        {
            context.Request.PathBase = context.Request.PathBase.Add(EnglishBase);
            context.Request.Path = rest.HasValue ? rest : "/";
        }
        var culture = context.Culture();
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return next(context);
    });

    public static string Culture(this HttpContext context) =>
        context.Request.PathBase.Value?.EndsWith(EnglishBase, StringComparison.Ordinal) == true ? Cultures.English : Cultures.Chinese;

    /// <summary>The path prefix of a culture: "" for Chinese, "/en" for English.</summary>
    public static string Prefix(string culture) => culture == Cultures.English ? EnglishBase : "";
}
