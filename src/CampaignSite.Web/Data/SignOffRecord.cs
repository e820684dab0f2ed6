using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>What a row of a version's review sheet records: a step signed, a send-back, an administrator's override, the publish.</summary>
public enum SignOffKind { Signed, SentBack, Overridden, Published }

/// <summary>
/// One line of a version's review sheet: a step signed, the version sent back, an administrator's
/// publish without every step signed, or the publish itself. Rows belong to the version they were made on and are never changed.
/// </summary>
public sealed class SignOffRecord
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public int VersionId { get; set; }
    /// <summary>The step's place in the order (0 for the first) and its name, as configured when it was signed.</summary>
    public int StepIndex { get; set; }
    public required string StepName { get; set; }
    public SignOffKind Kind { get; set; }
    public required string Signer { get; set; }
    public DateTime AtUtc { get; set; }
    /// <summary>The signer's comment, the reason a version was sent back, or the reason for an override.</summary>
    public string? Comment { get; set; }
    /// <summary>What the editorial checks found in the version when the row was made, as the sheet prints it: the counts, then the findings.</summary>
    public string? Checks { get; set; }
}

sealed class SignOffRecordConfiguration : IEntityTypeConfiguration<SignOffRecord>
{
    public void Configure(EntityTypeBuilder<SignOffRecord> e)
    {
        e.ToTable("sign_offs");
        e.Property(s => s.StepName).HasMaxLength(50);
        e.Property(s => s.Kind).HasMaxLength(20).HasConversion(StoredEnum.Converter<SignOffKind>());
        e.Property(s => s.Signer).HasMaxLength(256);
        e.Property(s => s.Comment).HasMaxLength(1000);
        e.Property(s => s.Checks).HasMaxLength(2000);
        e.HasIndex(s => new { s.DocumentId, s.VersionId });
        e.HasOne<DocumentRecord>().WithMany().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<DocumentVersion>().WithMany().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
