using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>
/// A named group of pending versions of several documents that go out together, at once or at a
/// scheduled moment, in one transaction. PublishedUtc is set in that transaction (a conditional
/// update), so a release goes out once.
/// </summary>
public sealed class ReleaseRecord
{
    public const int NameLength = 120;

    public int Id { get; set; }
    public required string Name { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>When the scheduler publishes it; null when it waits for someone to publish it.</summary>
    public DateTime? ScheduledUtc { get; set; }
    public string? ScheduledBy { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public string? PublishedBy { get; set; }
    /// <summary>What the last attempt did: why a scheduled run published nothing, or what went out.</summary>
    public string? Outcome { get; set; }
}

/// <summary>One document of a release, with the version that goes out (pinned when it was added).</summary>
public sealed class ReleaseItemRecord
{
    public int Id { get; set; }
    public int ReleaseId { get; set; }
    public int DocumentId { get; set; }
    public int VersionId { get; set; }
    public required string AddedBy { get; set; }
    public DateTime AddedUtc { get; set; }
}

sealed class ReleaseRecordConfiguration : IEntityTypeConfiguration<ReleaseRecord>
{
    public void Configure(EntityTypeBuilder<ReleaseRecord> e)
    {
        e.ToTable("releases");
        e.Property(r => r.Name).HasMaxLength(ReleaseRecord.NameLength);
        e.Property(r => r.CreatedBy).HasMaxLength(100);
        e.Property(r => r.ScheduledBy).HasMaxLength(100);
        e.Property(r => r.PublishedBy).HasMaxLength(100);
        e.Property(r => r.Outcome).HasMaxLength(2000);
        e.HasIndex(r => new { r.PublishedUtc, r.ScheduledUtc });
    }
}

sealed class ReleaseItemRecordConfiguration : IEntityTypeConfiguration<ReleaseItemRecord>
{
    public void Configure(EntityTypeBuilder<ReleaseItemRecord> e)
    {
        e.ToTable("release_items");
        e.Property(i => i.AddedBy).HasMaxLength(100);
        e.HasIndex(i => new { i.ReleaseId, i.DocumentId }).IsUnique();
        e.HasIndex(i => i.DocumentId);
        e.HasOne<ReleaseRecord>().WithMany().HasForeignKey(i => i.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<DocumentRecord>().WithMany().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<DocumentVersion>().WithMany().HasForeignKey(i => i.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
