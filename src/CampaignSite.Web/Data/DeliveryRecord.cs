using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>Where an outbound delivery stands: waiting (first try or a retry), delivered, or given up after its time ran out.</summary>
public enum DeliveryState { Pending, Delivered, Failed }

/// <summary>
/// One message to push to a partner (a webhook event, a WebSub feed update), planned from the change log
/// in the database so that it survives restarts and is sent by exactly one node at a time, at least once.
/// The message id and body stay the same on every attempt; the channel signs each attempt.
/// </summary>
public sealed class DeliveryRecord
{
    public long Id { get; set; }
    /// <summary>The channel that owns the target and signs for it: webhook or websub.</summary>
    public required string Channel { get; set; }
    /// <summary>The channel's own id of the receiver (a webhook endpoint, a subscription).</summary>
    public int TargetId { get; set; }
    /// <summary>Stable over retries (webhook-id).</summary>
    public required string MessageId { get; set; }
    public required string Event { get; set; }
    /// <summary>Deliveries to one target with the same key go out in id order (one document, one feed).</summary>
    public required string OrderKey { get; set; }
    public required string ContentType { get; set; }
    public required string Body { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DeliveryState State { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public int Attempts { get; set; }
    /// <summary>What each attempt got, oldest first: status codes, "timeout" or "error".</summary>
    public string Responses { get; set; } = "";
    public int? LastLatencyMs { get; set; }
    public string? LastError { get; set; }
    public DateTime? DoneUtc { get; set; }
    /// <summary>The node sending it now, until ClaimedUntilUtc; a node that dies leaves the claim to expire.</summary>
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedUntilUtc { get; set; }
}

sealed class DeliveryRecordConfiguration : IEntityTypeConfiguration<DeliveryRecord>
{
    public void Configure(EntityTypeBuilder<DeliveryRecord> e)
    {
        e.ToTable("deliveries");
        e.Property(d => d.Channel).HasMaxLength(20);
        e.Property(d => d.MessageId).HasMaxLength(40);
        e.Property(d => d.Event).HasMaxLength(40);
        e.Property(d => d.OrderKey).HasMaxLength(200);
        e.Property(d => d.ContentType).HasMaxLength(80);
        e.Property(d => d.State).HasMaxLength(20).HasConversion(StoredEnum.Converter<DeliveryState>());
        e.Property(d => d.Responses).HasMaxLength(1000);
        e.Property(d => d.LastError).HasMaxLength(400);
        e.Property(d => d.ClaimedBy).HasMaxLength(200);
        e.HasIndex(d => new { d.State, d.NextAttemptUtc });
        e.HasIndex(d => new { d.Channel, d.TargetId, d.Id });
    }
}
