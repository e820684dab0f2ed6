using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>A partner's webhook endpoint: where events go, the secret they are signed with, and which events it wants.</summary>
public sealed class WebhookRecord
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Url { get; set; }
    public required string Secret { get; set; }
    /// <summary>Event types, comma-separated (content.published,media.added).</summary>
    public required string Events { get; set; }
    /// <summary>Only documents of this type, in this task or culture; null for all.</summary>
    public string? TypeFilter { get; set; }
    public string? TaskFilter { get; set; }
    public string? CultureFilter { get; set; }
    /// <summary>Seeded from CampaignSite:Webhooks; configuration wins on every start.</summary>
    public bool FromConfiguration { get; set; }
    public bool Enabled { get; set; } = true;
    public int ConsecutiveFailures { get; set; }
    public DateTime? DisabledUtc { get; set; }
    public string? DisabledReason { get; set; }
    public DateTime CreatedUtc { get; set; }
}

sealed class WebhookRecordConfiguration : IEntityTypeConfiguration<WebhookRecord>
{
    public void Configure(EntityTypeBuilder<WebhookRecord> e)
    {
        e.ToTable("webhooks");
        e.Property(w => w.Name).HasMaxLength(80);
        e.HasIndex(w => w.Name).IsUnique();
        e.Property(w => w.Url).HasMaxLength(500);
        e.Property(w => w.Secret).HasMaxLength(200);
        e.Property(w => w.Events).HasMaxLength(200);
        e.Property(w => w.TypeFilter).HasMaxLength(20);
        e.Property(w => w.TaskFilter).HasMaxLength(40);
        e.Property(w => w.CultureFilter).HasMaxLength(10);
        e.Property(w => w.DisabledReason).HasMaxLength(300);
    }
}
