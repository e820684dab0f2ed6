using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>One line of the audit log: who did what, when, to which document or account.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string User { get; set; }
    public required string Action { get; set; }
    public int? DocumentId { get; set; }
    public string Detail { get; set; } = "";
}

sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("audit_log");
        e.Property(a => a.User).HasMaxLength(256);
        e.Property(a => a.Action).HasMaxLength(40);
        e.Property(a => a.Detail).HasMaxLength(1000);
        e.HasIndex(a => a.AtUtc);
    }
}
