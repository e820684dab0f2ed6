using System.Globalization;

namespace CampaignSite.Content.Delivery;

/// <summary>Dates as readers see them: the calendar day in China Standard Time, the campaign's clock.</summary>
public static class Dates
{
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static string Show(DateTimeOffset moment) => moment.ToOffset(ChinaStandardTime).ToString("yyyy-MM-dd");
    public static string Show(DateTime utc) => Show(Utc(utc));

    /// <summary>Day and minute in China Standard Time, for the backoffice: "2024-05-01 09:30 CST".</summary>
    public static string ShowUtc(DateTime utc) => Utc(utc).ToOffset(ChinaStandardTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " CST";

    /// <summary>The value of an &lt;input type="datetime-local"&gt; for a moment, in China Standard Time.</summary>
    public static string LocalInput(DateTimeOffset moment) => moment.ToOffset(ChinaStandardTime).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>Reads "2024-05-01T09:30" (as a datetime-local input sends it) as China Standard Time.</summary>
    public static bool TryReadLocal(string? text, out DateTimeOffset moment)
    {
        moment = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        string[] formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];
        if (!DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return false;
        moment = new DateTimeOffset(local, ChinaStandardTime);
        return true;
    }

    /// <summary>A UTC moment as feeds, sitemaps and the APIs write it: 2024-05-01T01:30:00Z.</summary>
    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
