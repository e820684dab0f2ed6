using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>
/// One thing a version of a document refers to (a document, a media file, a web address), written
/// with the version. Kept for each document's latest and published versions, so "what uses this
/// file" and "what links here" are queries.
/// </summary>
public sealed class ReferenceRecord
{
    public long Id { get; set; }
    public int VersionId { get; set; }
    public int DocumentId { get; set; }
    /// <summary>One of <see cref="Kinds"/>.</summary>
    public required string Kind { get; set; }
    /// <summary>type/slug, media/{name} or the address.</summary>
    public required string Target { get; set; }
    /// <summary>The dotted key of the field that holds it.</summary>
    public required string Field { get; set; }

    public static class Kinds
    {
        public const string Document = "document";
        public const string Media = "media";
        public const string Url = "url";
    }
}

sealed class ReferenceRecordConfiguration : IEntityTypeConfiguration<ReferenceRecord>
{
    public void Configure(EntityTypeBuilder<ReferenceRecord> e)
    {
        e.ToTable("references");
        e.Property(r => r.Kind).HasMaxLength(20);
        e.Property(r => r.Target).HasMaxLength(500);
        e.Property(r => r.Field).HasMaxLength(100);
        e.HasIndex(r => new { r.Kind, r.Target });
        e.HasIndex(r => r.VersionId);
        e.HasOne<DocumentVersion>().WithMany().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<DocumentRecord>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.NoAction);
    }
}
