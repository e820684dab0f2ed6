using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>One key's use of the delivery API on one day (China time): requests, answers in 4xx, and refusals for its quota.</summary>
public sealed class PartnerUsageRecord
{
    public int KeyId { get; set; }
    public DateOnly Day { get; set; }
    public long Requests { get; set; }
    public long ClientErrors { get; set; }
    public long Throttled { get; set; }
}

sealed class PartnerUsageRecordConfiguration : IEntityTypeConfiguration<PartnerUsageRecord>
{
    public void Configure(EntityTypeBuilder<PartnerUsageRecord> e)
    {
        e.ToTable("partner_usage");
        e.HasKey(u => new { u.KeyId, u.Day });
    }
}
