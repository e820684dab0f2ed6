using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>A partner's delivery-API key: stored as its SHA-256 hash, with what it may do and how often.</summary>
public sealed class PartnerKeyRecord
{
    public int Id { get; set; }
    public required string Partner { get; set; }
    /// <summary>Lower-case hex SHA-256 of the key; the key itself is shown once and kept nowhere.</summary>
    public required string KeyHash { get; set; }
    /// <summary>The key's first characters, so that an administrator can tell keys apart.</summary>
    public required string KeyHint { get; set; }
    /// <summary>Space-separated scopes: content:read, content:preview.</summary>
    public required string Scopes { get; set; }
    public int RequestsPerMinute { get; set; }
    public DateTime? ExpiresUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? CreatedBy { get; set; }
    /// <summary>Seeded from CampaignSite:Partners (or CampaignSite:Api:PreviewKey); configuration wins on every start.</summary>
    public bool FromConfiguration { get; set; }
}

sealed class PartnerKeyRecordConfiguration : IEntityTypeConfiguration<PartnerKeyRecord>
{
    public void Configure(EntityTypeBuilder<PartnerKeyRecord> e)
    {
        e.ToTable("partner_keys");
        e.Property(k => k.Partner).HasMaxLength(80);
        e.Property(k => k.KeyHash).HasMaxLength(64);
        e.HasIndex(k => k.KeyHash).IsUnique();
        e.Property(k => k.KeyHint).HasMaxLength(12);
        e.Property(k => k.Scopes).HasMaxLength(100);
        e.Property(k => k.CreatedBy).HasMaxLength(256);
    }
}
