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
    }
}
