using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>
/// A one-time step on the data that a migration cannot do in SQL (a backfill that reads the stored
/// JSON), recorded in the transaction that does it so that it runs once per database.
/// </summary>
public sealed class DataStepRecord
{
    public required string Name { get; set; }
    public DateTime DoneUtc { get; set; }
}

sealed class DataStepRecordConfiguration : IEntityTypeConfiguration<DataStepRecord>
{
    public void Configure(EntityTypeBuilder<DataStepRecord> e)
    {
        e.ToTable("data_steps");
        e.HasKey(s => s.Name);
        e.Property(s => s.Name).HasMaxLength(60);
    }
}
