using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>A data-protection key (it signs sign-in cookies and antiforgery tokens), shared by every web node.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Xml { get; set; }
}

sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> e)
    {
        e.ToTable("data_protection_keys");
        e.Property(k => k.Name).HasMaxLength(100);
    }
}
