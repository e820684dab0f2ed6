using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>
/// The published read model: one row per document and culture, written in the publish
/// transaction from the published version. Pages, lists, sitemaps read only this.
/// An English row without its own variant carries the Chinese fields and IsFallback.
/// </summary>
public sealed class PublishedEntry : IListedRow
{
    public int DocumentId { get; set; }
    public required string Culture { get; set; }
    public int VersionId { get; set; }
    public required string Type { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public DateTime PublishedUtc { get; set; }
    public bool Featured { get; set; }
    public bool IsFallback { get; set; }
    public bool InFeeds { get; set; }
    public string? Province { get; set; }
    /// <summary>Task ids, written |a|b| so one LIKE finds a task on every database.</summary>
    public required string Tasks { get; set; }
    /// <summary>Tags, written |a|b| like Tasks.</summary>
    public required string Tags { get; set; }
    /// <summary>The id of the type's facet field (brand kind, technology category...).</summary>
    public string? Facet { get; set; }
    public string? Cover { get; set; }
    public string? CoverAlt { get; set; }
    public DateTime UpdatedUtc { get; set; }
    /// <summary>This culture's typed document as JSON.</summary>
    public required string Fields { get; set; }
}

/// <summary>The columns a list filter reads: published rows in the database and search hits in memory both have them.</summary>
public interface IListedRow
{
    string Type { get; }
    string Tasks { get; }
    string Tags { get; }
    string? Province { get; }
    string? Facet { get; }
    bool Featured { get; }
}

sealed class PublishedEntryConfiguration : IEntityTypeConfiguration<PublishedEntry>
{
    public void Configure(EntityTypeBuilder<PublishedEntry> e)
    {
        e.ToTable("published");
        e.HasKey(p => new { p.DocumentId, p.Culture });
        e.Property(p => p.Culture).HasMaxLength(10);
        e.Property(p => p.Type).HasMaxLength(20);
        e.Property(p => p.Slug).HasMaxLength(80);
        e.Property(p => p.Province).HasMaxLength(20);
        e.Property(p => p.Facet).HasMaxLength(40);
        e.HasIndex(p => new { p.Culture, p.Type, p.Slug }).IsUnique();
        e.HasIndex(p => new { p.Culture, p.Type, p.PublishedUtc });
        e.HasIndex(p => new { p.Culture, p.PublishedUtc });
        e.HasOne<DocumentRecord>().WithMany().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
