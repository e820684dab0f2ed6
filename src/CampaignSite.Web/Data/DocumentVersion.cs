using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>One save of a document: every culture's fields as one JSON document. Never changed afterwards.</summary>
public sealed class DocumentVersion
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public int Number { get; set; }
    public DateTime CreatedUtc { get; set; }
    public required string Author { get; set; }
    public required string Fields { get; set; }
}

sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> e)
    {
        e.ToTable("document_versions");
        e.Property(v => v.Author).HasMaxLength(100);
        e.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        e.HasOne<DocumentRecord>().WithMany().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
