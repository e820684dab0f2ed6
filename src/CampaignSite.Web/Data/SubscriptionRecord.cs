using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>A verified WebSub subscription: a subscriber's callback for one of our feeds, until its lease ends.</summary>
public sealed class SubscriptionRecord
{
    public int Id { get; set; }
    public required string Topic { get; set; }
    public required string Callback { get; set; }
    public string? Secret { get; set; }
    public int LeaseSeconds { get; set; }
    public DateTime ExpiresUtc { get; set; }
    /// <summary>The hash of the feed body last sent (or current at subscription), so that only a changed feed is sent.</summary>
    public string? ContentHash { get; set; }
    public DateTime CreatedUtc { get; set; }
}

sealed class SubscriptionRecordConfiguration : IEntityTypeConfiguration<SubscriptionRecord>
{
    public void Configure(EntityTypeBuilder<SubscriptionRecord> e)
    {
        e.ToTable("websub_subscriptions");
        e.Property(s => s.Topic).HasMaxLength(500);
        e.Property(s => s.Callback).HasMaxLength(500);
        e.HasIndex(s => new { s.Topic, s.Callback }).IsUnique();
        e.Property(s => s.Secret).HasMaxLength(200);
        e.Property(s => s.ContentHash).HasMaxLength(64);
        e.HasIndex(s => s.ExpiresUtc);
    }
}
