using System.Linq.Expressions;
using CampaignSite.Data;

namespace CampaignSite.Backoffice.Workflow;

/// <summary>Where a document stands, as the lists show it.</summary>
public enum DocumentStatus { Draft, InReview, SentBack, Scheduled, Published, Changed, Deleted }

/// <summary>What a document's status is computed from.</summary>
public sealed class StatusFacts
{
    public required DocumentRecord Doc { get; init; }
    /// <summary>The version number the published pointer names, if any.</summary>
    public int? PublishedNumber { get; init; }
    /// <summary>Whether a schedule is waiting to run.</summary>
    public bool Scheduled { get; init; }
}

public static class DocumentStatuses
{
    /// <summary>The one definition of which status wins: EF turns it into SQL for the lists' filter, and it is compiled for everything else.</summary>
    public static readonly Expression<Func<StatusFacts, DocumentStatus>> Rule = f =>
        f.Doc.DeletedUtc != null ? DocumentStatus.Deleted
        : f.Doc.Review == ReviewState.InReview ? DocumentStatus.InReview
        : f.Scheduled ? DocumentStatus.Scheduled
        : f.Doc.Review == ReviewState.SentBack ? DocumentStatus.SentBack
        : f.PublishedNumber == null ? DocumentStatus.Draft
        : f.PublishedNumber == f.Doc.LatestVersion ? DocumentStatus.Published
        : DocumentStatus.Changed;

    static readonly Func<StatusFacts, DocumentStatus> Compiled = Rule.Compile();

    public static DocumentStatus Of(DocumentRecord d, int? publishedNumber, bool scheduled) =>
        Compiled(new StatusFacts { Doc = d, PublishedNumber = publishedNumber, Scheduled = scheduled });

    /// <summary>The rule as a filter: documents whose status is <paramref name="status"/>.</summary>
    public static Expression<Func<StatusFacts, bool>> Is(DocumentStatus status) =>
        Expression.Lambda<Func<StatusFacts, bool>>(Expression.Equal(Rule.Body, Expression.Constant(status)), Rule.Parameters);

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
