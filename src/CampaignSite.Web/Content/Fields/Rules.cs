using CampaignSite.Content.Types;
using System.Collections;
using System.Text.RegularExpressions;
using CampaignSite.Media;

namespace CampaignSite.Content.Fields;

/// <summary>A validation rule declared on a document field. Returns null when the value passes.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public abstract class RuleAttribute : Attribute
{
    public abstract string? Check(object? value, RuleContext context);

    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => string.IsNullOrWhiteSpace(s),
        ICollection c => c.Count == 0,
        _ => false,
    };

    /// <summary>The strings of a field that holds one string or a list of them.</summary>
    public static IEnumerable<string> Strings(object? value) => value switch
    {
        string s when s.Length > 0 => [s],
        IEnumerable<string> list => list,
        _ => [],
    };
}

/// <summary>What a rule may ask about the world: references and media that exist.</summary>
public interface RuleContext
{
    bool DocumentExists(string type, string slug);
    bool MediaExists(string path);
}

public sealed class RequiredAttribute : RuleAttribute
{
    public override string? Check(object? value, RuleContext context) =>
        IsEmpty(value) || value is DateTimeOffset { Ticks: 0 } ? "is required" : null;
}

/// <summary>Required whenever the sibling field is set (cover_alt with cover).</summary>
public sealed class RequiredWithAttribute(string sibling) : RuleAttribute
{
    public string Sibling { get; } = sibling;
    public override string? Check(object? value, RuleContext context) => null; // checked by the validator, which sees siblings
}

public sealed class LengthAttribute(int min, int max) : RuleAttribute
{
    public int Min { get; } = min;
    public int Max { get; } = max;
    public override string? Check(object? value, RuleContext context)
    {
        if (value is not string s || s.Length == 0) return null;
        var n = new System.Globalization.StringInfo(s).LengthInTextElements;
        return n < Min || n > Max ? $"must be {Min} to {Max} characters (is {n})" : null;
    }
}

public sealed class ItemsAttribute(int min, int max, int itemMin = 1, int itemMax = int.MaxValue) : RuleAttribute
{
    public override string? Check(object? value, RuleContext context)
    {
        if (value is not IList list) return null;
        if (list.Count < min || list.Count > max) return $"must have {min} to {max} items (has {list.Count})";
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not string s) continue;
            var n = new System.Globalization.StringInfo(s.Trim()).LengthInTextElements;
            if (n < itemMin || n > itemMax) return $"item {i + 1} must be {itemMin} to {itemMax} characters (is {n})";
        }
        if (list.Cast<object>().GroupBy(x => x).Any(g => g.Count() > 1)) return "must not repeat an item";
        return null;
    }
}

public sealed partial class SlugAttribute : RuleAttribute
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")] private static partial Regex Pattern();
    public static bool IsValid(string s) => s.Length <= 80 && Pattern().IsMatch(s);
    public override string? Check(object? value, RuleContext context) =>
        value is string s && s.Length > 0 && !IsValid(s)
            ? "must be lowercase letters a-z, digits and single hyphens, at most 80 characters" : null;
}

/// <summary>An absolute http(s) address with a host, written out in full (never javascript:, ftp: or a path of this site).</summary>
public sealed class UrlAttribute : RuleAttribute
{
    public static bool IsValid(string s) =>
        (s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) &&
        Uri.TryCreate(s, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) && u.Host.Length > 0;

    public override string? Check(object? value, RuleContext context) =>
        value is string s && s.Length > 0 && !IsValid(s)
            ? $"'{s}' must be an absolute http or https URL, for example https://www.miit.gov.cn/" : null;
}

public sealed class RangeAttribute(int min, int max) : RuleAttribute
{
    public override string? Check(object? value, RuleContext context) =>
        value is int n && (n < min || n > max) ? $"must be between {min} and {max}" : null;
}

/// <summary>A year from <paramref name="min"/> to the current year.</summary>
public sealed class YearAttribute(int min) : RuleAttribute
{
    public override string? Check(object? value, RuleContext context) =>
        value is int n && (n < min || n > DateTime.UtcNow.Year) ? $"must be a year between {min} and {DateTime.UtcNow.Year}" : null;
}

/// <summary>A path of a file in the media library, such as media/suzhou-embroidery.jpg.</summary>
public sealed class MediaAttribute : RuleAttribute
{
    public override string? Check(object? value, RuleContext context)
    {
        foreach (var path in Strings(value))
        {
            if (!MediaPath.IsValid(path)) return $"'{path}' must be a path like media/name.jpg";
            if (!context.MediaExists(path)) return $"'{path}' is not in the media library";
        }
        return null;
    }
}

/// <summary>Slugs of documents of one type.</summary>
public sealed class ReferenceAttribute(Type target) : RuleAttribute
{
    public Type Target { get; } = target;
    public override string? Check(object? value, RuleContext context)
    {
        var type = DocumentTypes.Get(Target);
        foreach (var slug in Strings(value))
            if (!context.DocumentExists(type.Name, slug)) return $"refers to {type.Name} '{slug}', which does not exist";
        return null;
    }
}

/// <summary>References written {type}/{slug} to documents of any type.</summary>
public sealed class AnyReferenceAttribute : RuleAttribute
{
    public override string? Check(object? value, RuleContext context)
    {
        foreach (var reference in Strings(value))
        {
            if (!DocumentRef.TryParse(reference, out var r)) return $"'{reference}' must be written type/slug, for example product/shengze-silk-scarf";
            if (!context.DocumentExists(r.Type, r.Slug)) return $"refers to '{reference}', which does not exist";
        }
        return null;
    }
}

/// <summary>A province id from <see cref="Types.Provinces"/>.</summary>
public sealed class ProvinceAttribute : RuleAttribute
{
    public override string? Check(object? value, RuleContext context) =>
        value is string s && s.Length > 0 && !Types.Provinces.Exists(s)
            ? $"'{s}' is not a province id (for example jiangsu, xinjiang, guangdong)" : null;
}
