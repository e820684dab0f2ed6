using CampaignSite.Content.Types;

namespace CampaignSite.Site;

/// <summary>The words of the site's own interface, in both cultures.</summary>
public static class SiteText
{
    public static string Get(string key, string culture) =>
        Texts.TryGetValue(key, out var t) ? (culture == Cultures.English ? t.En : t.Zh) : key;

    static readonly Dictionary<string, (string Zh, string En)> Texts = new()
    {
        ["site"] = ("纺织服装优供给促升级", "Textile & Apparel: Better Supply, Upgraded Consumption"),
        ["site.short"] = ("优供给促升级", "Better Supply"),
        ["site.tagline"] = ("工业和信息化部、商务部指导开展的纺织服装优供给促升级活动", "The national textile and apparel campaign guided by the Ministry of Industry and Information Technology and the Ministry of Commerce"),
        ["home"] = ("首页", "Home"),
        ["skip"] = ("跳到正文", "Skip to content"),
        ["nav"] = ("主导航", "Main navigation"),
        ["switch"] = ("English", "中文"),
        ["tasks"] = ("五大任务方向", "The five lines of work"),
        ["featured"] = ("推荐", "Featured"),
        ["latest"] = ("最新动态", "Latest news"),
        ["more"] = ("查看全部", "See all"),
        ["filter"] = ("筛选", "Filter"),
        ["filter.apply"] = ("应用筛选", "Apply filters"),
        ["filter.clear"] = ("清除筛选", "Clear filters"),
        ["all"] = ("全部", "All"),
        ["task"] = ("任务方向", "Task area"),
        ["region"] = ("地区", "Region"),
        ["results"] = ("共 {0} 项", "{0} items"),
        ["empty"] = ("没有符合条件的内容。", "Nothing matches these filters."),
        ["page"] = ("第 {0} / {1} 页", "Page {0} of {1}"),
        ["prev"] = ("上一页", "Previous"),
        ["next"] = ("下一页", "Next"),
        ["pagination"] = ("分页", "Pagination"),
        ["published"] = ("发布于", "Published"),
        ["details"] = ("基本信息", "Key facts"),
        ["related"] = ("相关内容", "Related"),
        ["similar"] = ("同类推荐", "More like this"),
        ["fallback"] = ("本页暂无英文版本，以下为中文内容。", "This page has no English version yet; it is shown in Chinese."),
        ["breadcrumb"] = ("当前位置", "Breadcrumb"),
        ["notfound.title"] = ("页面不存在", "Page not found"),
        ["notfound.text"] = ("您要找的页面不存在或已移动。可以从首页或下面的栏目继续浏览。", "The page you are looking for does not exist or has moved. Carry on from the home page or one of the sections below."),
        ["badrequest.title"] = ("请求有误", "Bad request"),
        ["error.title"] = ("出错了", "Something went wrong"),
        ["error.text"] = ("服务器暂时无法处理请求，请稍后再试。", "The server could not handle the request. Please try again later."),
        ["search"] = ("搜索", "Search"),
        ["search.site"] = ("站内搜索", "Site search"),
        ["search.label"] = ("搜索产品、非遗、品牌与新闻", "Search products, heritage, brands and news"),
        ["search.suggestions"] = ("也可以按任务方向或栏目浏览", "Or browse by task area or section"),
        ["sort.date"] = ("按日期排序", "Sort by date"),
        ["sort.relevance"] = ("按相关度排序", "Sort by relevance"),
        ["facet.type"] = ("类型", "Type"),
        ["facet.task"] = ("任务方向", "Task area"),
        ["facet.region"] = ("地区", "Region"),
        ["facet.facet"] = ("分类", "Category"),
        ["footer"] = ("主办：工业和信息化部 商务部（指导）· 内容依据工信厅联消费函〔2023〕87号", "Guided by the Ministry of Industry and Information Technology and the Ministry of Commerce · Notice 工信厅联消费函〔2023〕87号"),
        ["task.smart-green"] = ("推动设备更新与数字化转型，降低能耗与碳排放，推进废旧纺织品循环利用。", "Equipment renewal, digital transformation, lower energy use and carbon, and recycling of waste textiles."),
        ["task.regional"] = ("有序推进产业转移，壮大产业集群，发展天然纤维与特色优质产品。", "Orderly industrial transfer, stronger clusters, natural fibres and featured quality products."),
        ["task.design-brand"] = ("培育消费、制造和区域品牌，办好时装周与设计大赛，推动纺织非遗融入现代时尚。", "Consumer, manufacturing and regional brands, fashion weeks and design contests, and textile heritage in modern fashion."),
        ["task.supply-chain"] = ("发挥链主企业作用，扶持中小企业，办好展会与消费季，扩大内需。", "Chain leaders and SMEs, exhibitions and consumption seasons that widen demand."),
        ["task.opening-up"] = ("深化国际贸易与供应链对接，推进“一带一路”合作。", "International trade, supply-chain docking and Belt and Road cooperation."),
    };
}
