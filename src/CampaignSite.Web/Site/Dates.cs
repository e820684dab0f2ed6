namespace CampaignSite.Site;

/// <summary>Dates as readers see them: the calendar day in China Standard Time, the campaign's clock.</summary>
public static class Dates
{
    static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static string Show(DateTimeOffset moment) => moment.ToOffset(ChinaStandardTime).ToString("yyyy-MM-dd");
    public static string Show(DateTime utc) => Show(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
