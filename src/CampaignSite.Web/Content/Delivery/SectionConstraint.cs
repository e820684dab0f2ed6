using CampaignSite.Content.Types;

namespace CampaignSite.Content.Delivery;

/// <summary>The route constraint {section:section}: the section name of one of the document types, taken from the types themselves.</summary>
public sealed class SectionConstraint : IRouteConstraint
{
    public const string Name = "section";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string section && DocumentTypes.FindSection(section) is not null;
}
