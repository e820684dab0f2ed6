namespace CampaignSite.Site.Pages;

using CampaignSite.Content.Delivery;
using CampaignSite.Content.Types;

public sealed class IndexModel(PublishedContent content) : SitePage
{
    public List<(DocumentType Type, IReadOnlyList<Card> Items)> Featured { get; } = [];
    public IReadOnlyList<Card> Latest { get; private set; } = [];
    public Dictionary<string, int> TaskCounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Title = "";
        CanonicalPath = "/";
        foreach (var type in DocumentTypes.All.Where(t => t.ClrType != typeof(News)))
        {
            var featured = await content.ListAsync(Culture, new ListFilter(type.Name, Featured: true), 1, 3, ct);
            var items = featured.Items.Count > 0 ? featured.Items : (await content.ListAsync(Culture, new ListFilter(type.Name), 1, 3, ct)).Items;
            Featured.Add((type, items));
        }
        Latest = (await content.ListAsync(Culture, new ListFilter(nameof(News).ToLowerInvariant()), 1, 5, ct)).Items;
        TaskCounts = (await content.FilterCountsAsync(Culture, null, ct)).Tasks;
    }
}
