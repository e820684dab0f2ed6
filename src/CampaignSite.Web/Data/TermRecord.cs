using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>
/// Standard wording administrators maintain: a wrong or outdated form and the form to write instead
/// (official names, campaign terms). The checks read them beside the built-in dictionary of misused words.
/// </summary>
public sealed class TermRecord
{
    public const int WrongLength = 50;
    public const int RightLength = 100;
    public const int NoteLength = 200;

    public int Id { get; set; }
    public required string Wrong { get; set; }
    public required string Right { get; set; }
    /// <summary>Why, or where the standard form comes from, for the next administrator.</summary>
    public string? Note { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public required string UpdatedBy { get; set; }
}

sealed class TermRecordConfiguration : IEntityTypeConfiguration<TermRecord>
{
    public void Configure(EntityTypeBuilder<TermRecord> e)
    {
        e.ToTable("terms");
        e.Property(t => t.Wrong).HasMaxLength(TermRecord.WrongLength);
        e.HasIndex(t => t.Wrong).IsUnique();
        e.Property(t => t.Right).HasMaxLength(TermRecord.RightLength);
        e.Property(t => t.Note).HasMaxLength(TermRecord.NoteLength);
        e.Property(t => t.UpdatedBy).HasMaxLength(256);
    }
}
