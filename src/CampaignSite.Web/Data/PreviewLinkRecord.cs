using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>An expiring link that lets anyone holding it read a document's draft; the token is stored as its SHA-256 hash.</summary>
public sealed class PreviewLinkRecord
{
    public int Id { get; set; }
    public required string TokenHash { get; set; }
    public int DocumentId { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
    public required string CreatedBy { get; set; }
}

sealed class PreviewLinkRecordConfiguration : IEntityTypeConfiguration<PreviewLinkRecord>
{
    public void Configure(EntityTypeBuilder<PreviewLinkRecord> e)
    {
        e.ToTable("preview_links");
        e.Property(p => p.TokenHash).HasMaxLength(64);
        e.HasIndex(p => p.TokenHash).IsUnique();
        e.HasIndex(p => p.DocumentId);
        e.Property(p => p.CreatedBy).HasMaxLength(256);
    }
}
