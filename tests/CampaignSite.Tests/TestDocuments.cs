using CampaignSite.Content.Fields;
using CampaignSite.Content.Types;

namespace CampaignSite.Tests;

/// <summary>Valid documents of each type, and a rule context where chosen references exist.</summary>
static class TestDocuments
{
    public static T Valid<T>(Action<T>? change = null) where T : Document, new()
    {
        var d = new T
        {
            Title = "苏绣", Slug = "suzhou-embroidery", Summary = "以针代笔的苏州刺绣。", Body = "正文。",
            Tasks = [TaskArea.DesignBrand], Published = new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(8)),
        };
        switch (d)
        {
            case Brand b: b.Company = "某公司"; break;
            case Product p: p.Materials = ["桑蚕丝"]; break;
        }
        change?.Invoke(d);
        return d;
    }

    public sealed class Rules(params string[] existing) : RuleContext
    {
        public bool DocumentExists(string type, string slug) => existing.Contains($"{type}/{slug}");
        public bool MediaExists(string path) => existing.Contains(path);
    }
}
