using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>
/// Wrong passwords in a row for one client address or one e-mail ("address:…", "account:…"), shared
/// by every node, so a guesser behind a balancer meets one count and an unlock holds everywhere.
/// </summary>
public sealed class SignInFailureRecord
{
    public const int KeyLength = 300;

    public required string Key { get; set; }
    public int Count { get; set; }
    public DateTime LastUtc { get; set; }
    /// <summary>When the row is forgotten: a quiet LockoutDuration after its wait ends.</summary>
    public DateTime ForgetUtc { get; set; }
}

sealed class SignInFailureRecordConfiguration : IEntityTypeConfiguration<SignInFailureRecord>
{
    public void Configure(EntityTypeBuilder<SignInFailureRecord> e)
    {
        e.ToTable("sign_in_failures");
        e.HasKey(f => f.Key);
        e.Property(f => f.Key).HasMaxLength(SignInFailureRecord.KeyLength);
        e.HasIndex(f => f.ForgetUtc);
    }
}
