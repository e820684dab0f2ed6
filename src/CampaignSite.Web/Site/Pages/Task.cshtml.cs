namespace CampaignSite.Site.Pages;

using CampaignSite.Content.Delivery;
using CampaignSite.Content.Types;
using Microsoft.AspNetCore.Mvc;

public sealed class TaskModel(PublishedContent content) : SitePage
{
    public const int PageSize = 24;

    public TaskArea Task { get; private set; }
    public Paged<Card> List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string task, CancellationToken ct)
    {
        if (!ChoiceLabels.TryParse(typeof(TaskArea), task, out var parsed)) return NotFound();
        Task = (TaskArea)parsed!;
        var (_, page, problem) = ListQuery.Parse(Request.Query, null, Culture);
        if (problem is not null) return Problem(400, problem);
        List = await content.ListAsync(Culture, new ListFilter(Task: Task), page, PageSize, ct);
        if (page > List.Pages) return NotFound();
        Title = ChoiceLabels.Label(Task, Culture);
        Description = T("task." + task);
        CanonicalPath = PublicUrls.Task(Task);
        Feed = FeedScope.ForTask(Task);
        return Page();
    }
}
