using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>A file of the media library, stored under DataPath/media by its name.</summary>
public sealed class MediaRecord
{
    /// <summary>media/{name}, as documents refer to it.</summary>
    public required string Path { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public required string Sha256 { get; set; }
    public DateTime CreatedUtc { get; set; }
}

sealed class MediaRecordConfiguration : IEntityTypeConfiguration<MediaRecord>
{
    public void Configure(EntityTypeBuilder<MediaRecord> e)
    {
        e.ToTable("media");
        e.HasKey(m => m.Path);
        e.Property(m => m.Path).HasMaxLength(140);
        e.Property(m => m.ContentType).HasMaxLength(60);
        e.Property(m => m.Sha256).HasMaxLength(64);
    }
}
