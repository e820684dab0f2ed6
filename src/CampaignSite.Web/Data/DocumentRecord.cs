using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>A document's identity and pointers: its latest version and the one published, if any.</summary>
public sealed class DocumentRecord
{
    public int Id { get; set; }
    public required string Type { get; set; }
    public required string Slug { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public int LatestVersion { get; set; }
    public int? PublishedVersionId { get; set; }
    /// <summary>Changes on every save: two editors saving the same base version conflict.</summary>
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
    /// <summary>The latest version's Chinese title, for the backoffice lists and their search.</summary>
    public string Title { get; set; } = "";
    /// <summary>Where the latest version stands in review; null when it is not in review.</summary>
    public ReviewState? Review { get; set; }
    /// <summary>The reviewer's comment when a version was sent back.</summary>
    public string? ReviewNote { get; set; }
    /// <summary>Set while the document is in the recycle bin.</summary>
    public DateTime? DeletedUtc { get; set; }
}

sealed class DocumentRecordConfiguration : IEntityTypeConfiguration<DocumentRecord>
{
    public void Configure(EntityTypeBuilder<DocumentRecord> e)
    {
        e.ToTable("documents");
        e.Property(d => d.Type).HasMaxLength(20);
        e.Property(d => d.Slug).HasMaxLength(80);
        e.HasIndex(d => new { d.Type, d.Slug }).IsUnique();
        e.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();
        e.Property(d => d.Title).HasMaxLength(200).HasDefaultValue("");
        e.Property(d => d.Review).HasMaxLength(20).HasConversion(StoredEnum.Converter<ReviewState>());
        e.Property(d => d.ReviewNote).HasMaxLength(1000);
    }
}
