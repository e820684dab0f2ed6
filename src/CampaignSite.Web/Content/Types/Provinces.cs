namespace CampaignSite.Content.Types;

/// <summary>China's provincial-level divisions: the ids used in region.province, with names.</summary>
public static class Provinces
{
    public static readonly IReadOnlyList<(string Id, string Zh, string En)> All =
    [
        ("beijing", "北京", "Beijing"), ("tianjin", "天津", "Tianjin"), ("hebei", "河北", "Hebei"),
        ("shanxi", "山西", "Shanxi"), ("inner-mongolia", "内蒙古", "Inner Mongolia"), ("liaoning", "辽宁", "Liaoning"),
        ("jilin", "吉林", "Jilin"), ("heilongjiang", "黑龙江", "Heilongjiang"), ("shanghai", "上海", "Shanghai"),
        ("jiangsu", "江苏", "Jiangsu"), ("zhejiang", "浙江", "Zhejiang"), ("anhui", "安徽", "Anhui"),
        ("fujian", "福建", "Fujian"), ("jiangxi", "江西", "Jiangxi"), ("shandong", "山东", "Shandong"),
        ("henan", "河南", "Henan"), ("hubei", "湖北", "Hubei"), ("hunan", "湖南", "Hunan"),
        ("guangdong", "广东", "Guangdong"), ("guangxi", "广西", "Guangxi"), ("hainan", "海南", "Hainan"),
        ("chongqing", "重庆", "Chongqing"), ("sichuan", "四川", "Sichuan"), ("guizhou", "贵州", "Guizhou"),
        ("yunnan", "云南", "Yunnan"), ("tibet", "西藏", "Tibet"), ("shaanxi", "陕西", "Shaanxi"),
        ("gansu", "甘肃", "Gansu"), ("qinghai", "青海", "Qinghai"), ("ningxia", "宁夏", "Ningxia"),
        ("xinjiang", "新疆", "Xinjiang"), ("hong-kong", "香港", "Hong Kong"), ("macao", "澳门", "Macao"),
        ("taiwan", "台湾", "Taiwan"),
    ];

    static readonly Dictionary<string, (string Id, string Zh, string En)> ById = All.ToDictionary(p => p.Id);

    public static bool Exists(string id) => ById.ContainsKey(id);

    public static string Name(string id, string culture) =>
        ById.TryGetValue(id, out var p) ? (culture == Cultures.English ? p.En : p.Zh) : id;
}
