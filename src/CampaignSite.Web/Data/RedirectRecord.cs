using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>An old slug of a published document, answered with a 301 to the document's current address.</summary>
public sealed class RedirectRecord
{
    public int Id { get; set; }
    public required string Type { get; set; }
    public required string Slug { get; set; }
    public int DocumentId { get; set; }
    public DateTime CreatedUtc { get; set; }
}

sealed class RedirectRecordConfiguration : IEntityTypeConfiguration<RedirectRecord>
{
    public void Configure(EntityTypeBuilder<RedirectRecord> e)
    {
        e.ToTable("redirects");
        e.Property(r => r.Type).HasMaxLength(20);
        e.Property(r => r.Slug).HasMaxLength(80);
        e.HasIndex(r => new { r.Type, r.Slug }).IsUnique();
        e.HasOne<DocumentRecord>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
