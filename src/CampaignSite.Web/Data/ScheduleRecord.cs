using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>A publish or unpublish to run at a moment; Done is set in the same transaction that runs it, so it runs once.</summary>
public sealed class ScheduleRecord
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public ScheduleAction Action { get; set; }
    public DateTime DueUtc { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? DoneUtc { get; set; }
    /// <summary>What happened when it ran: done, or why it could not.</summary>
    public string? Outcome { get; set; }
    /// <summary>The version a publish puts on the site, fixed when it was scheduled; null on schedules made before versions were pinned (they publish the latest).
    /// No foreign key: versions go only with their document, whose schedules go with it; last, so SQLite adds the column without rebuilding the table.</summary>
    public int? VersionId { get; set; }
}

sealed class ScheduleRecordConfiguration : IEntityTypeConfiguration<ScheduleRecord>
{
    public void Configure(EntityTypeBuilder<ScheduleRecord> e)
    {
        e.ToTable("schedules");
        e.Property(s => s.Action).HasMaxLength(20).HasConversion(StoredEnum.Converter<ScheduleAction>());
        e.Property(s => s.CreatedBy).HasMaxLength(100);
        e.Property(s => s.Outcome).HasMaxLength(1000);
        e.HasIndex(s => new { s.DoneUtc, s.DueUtc });
        e.HasOne<DocumentRecord>().WithMany().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
