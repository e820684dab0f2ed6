using CampaignSite.Data;

namespace CampaignSite.Backoffice.Workflow;

/// <summary>Where a document stands, as the lists show it.</summary>
public enum DocumentStatus { Draft, InReview, SentBack, Scheduled, Published, Changed, Deleted }

public static class DocumentStatuses
{
    /// <param name="publishedNumber">The version number the published pointer names, if any.</param>
    public static DocumentStatus Of(DocumentRecord d, int? publishedNumber, bool scheduled) =>
        d.DeletedUtc is not null ? DocumentStatus.Deleted
        : d.Review == Review.InReview ? DocumentStatus.InReview
        : scheduled ? DocumentStatus.Scheduled
        : d.Review == Review.SentBack ? DocumentStatus.SentBack
        : publishedNumber is null ? DocumentStatus.Draft
        : publishedNumber == d.LatestVersion ? DocumentStatus.Published
        : DocumentStatus.Changed;

    public static string Label(this DocumentStatus s) => s switch
    {
        DocumentStatus.Draft => "Draft · 草稿",
        DocumentStatus.InReview => "In review · 待审核",
        DocumentStatus.SentBack => "Sent back · 已退回",
        DocumentStatus.Scheduled => "Scheduled · 定时",
        DocumentStatus.Published => "Published · 已发布",
        DocumentStatus.Changed => "Changed since publish · 有未发布修改",
        _ => "In the recycle bin · 回收站",
    };

    public static string Id(this DocumentStatus s) => s switch
    {
        DocumentStatus.InReview => "in-review",
        DocumentStatus.SentBack => "sent-back",
        _ => s.ToString().ToLowerInvariant(),
    };
}

/// <summary>The review states stored on a document.</summary>
public static class Review
{
    public const string InReview = "in-review";
    public const string SentBack = "sent-back";
}
