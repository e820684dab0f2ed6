using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>A named lease: the one node that holds it (until it expires) does the named work.</summary>
public sealed class LeaseRecord
{
    public required string Name { get; set; }
    public required string Holder { get; set; }
    public DateTime ExpiresUtc { get; set; }
}

sealed class LeaseRecordConfiguration : IEntityTypeConfiguration<LeaseRecord>
{
    public void Configure(EntityTypeBuilder<LeaseRecord> e)
    {
        e.ToTable("leases");
        e.HasKey(l => l.Name);
        e.Property(l => l.Name).HasMaxLength(60);
        e.Property(l => l.Holder).HasMaxLength(200);
    }
}
