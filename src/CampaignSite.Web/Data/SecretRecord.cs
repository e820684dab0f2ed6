using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>A secret every node must share (the image-signing key), generated once by whichever node needs it first.</summary>
public sealed class SecretRecord
{
    public required string Name { get; set; }
    public required string Value { get; set; }
    public DateTime CreatedUtc { get; set; }
}

sealed class SecretRecordConfiguration : IEntityTypeConfiguration<SecretRecord>
{
    public void Configure(EntityTypeBuilder<SecretRecord> e)
    {
        e.ToTable("secrets");
        e.HasKey(s => s.Name);
        e.Property(s => s.Name).HasMaxLength(60);
        e.Property(s => s.Value).HasMaxLength(200);
    }
}

public static class Secrets
{
    /// <summary>The named secret, created from <paramref name="create"/> when absent; when two nodes race, both use the one stored first.</summary>
    public static string GetOrCreate(CampaignDbContext db, string name, Func<string> create, DateTime nowUtc)
    {
        if (db.Secrets.AsNoTracking().FirstOrDefault(s => s.Name == name) is { } known) return known.Value;
        var value = create();
        // Another node may store it first; then its value is the one read back.
        db.Database.ExecuteSqlInterpolated($"INSERT INTO secrets (\"Name\", \"Value\", \"CreatedUtc\") VALUES ({name}, {value}, {nowUtc}) ON CONFLICT DO NOTHING");
        return db.Secrets.AsNoTracking().First(s => s.Name == name).Value;
    }
}
