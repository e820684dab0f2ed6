using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data.Changes;

/// <summary>What changed for readers: a document published, taken off or deleted, or a media file added, changed or removed.</summary>
public enum ChangeKind { Published, Unpublished, Deleted, MediaAdded, MediaChanged, MediaRemoved }

/// <summary>
/// One committed change to published content or media, written in the transaction that makes it.
/// Every process follows these rows (ids only grow) and drops what it derived from the old state.
/// </summary>
public sealed class ChangeRecord
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public ChangeKind Kind { get; set; }
    public int? DocumentId { get; set; }
    public string? Type { get; set; }
    /// <summary>The slug readers knew before, when it changed or the document left the site.</summary>
    public string? OldSlug { get; set; }
    public string? NewSlug { get; set; }
    /// <summary>The cultures concerned, written zh-CN|en.</summary>
    public string? Cultures { get; set; }
    public string? MediaPath { get; set; }
    /// <summary>When the partners' deliveries for this change (webhooks, WebSub) were written to the deliveries table; null until then.</summary>
    public DateTime? PlannedUtc { get; set; }
    /// <summary>The version (declared last, so a new database orders its columns as an upgraded one does) published, or the one that was published before the document left the site.</summary>
    public int? VersionId { get; set; }
}

sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> e)
    {
        e.ToTable("changes");
        e.Property(c => c.Kind).HasMaxLength(20).HasConversion(StoredEnum.Converter<ChangeKind>());
        e.Property(c => c.Type).HasMaxLength(20);
        e.Property(c => c.OldSlug).HasMaxLength(80);
        e.Property(c => c.NewSlug).HasMaxLength(80);
        e.Property(c => c.Cultures).HasMaxLength(40);
        e.Property(c => c.MediaPath).HasMaxLength(140);
        e.HasIndex(c => c.AtUtc);
        e.HasIndex(c => c.PlannedUtc);
    }
}
