using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignSite.Data;

/// <summary>A file of the media library, stored under DataPath/media by its name.</summary>
public sealed class MediaRecord
{
    /// <summary>media/{name}, as documents refer to it. Uploads are named by the hash of their bytes; video references are video/{hash of the URL}.</summary>
    public required string Path { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    /// <summary>SHA-256 of the stored file (hex).</summary>
    public required string Sha256 { get; set; }
    public DateTime CreatedUtc { get; set; }

    public MediaKind Kind { get; set; } = MediaKind.Image;
    /// <summary>Pixels as shown (EXIF orientation applied); null for documents and until measured.</summary>
    public int? Width { get; set; }
    public int? Height { get; set; }
    /// <summary>The point crops keep in view, as fractions of width and height (0..1).</summary>
    public double FocalX { get; set; } = 0.5;
    public double FocalY { get; set; } = 0.5;
    /// <summary>Alternative text in Chinese and English, required for uploaded images.</summary>
    public string? AltZh { get; set; }
    public string? AltEn { get; set; }
    /// <summary>The file name the uploader's computer gave it.</summary>
    public string? OriginalName { get; set; }
    public string? UploadedBy { get; set; }

    /// <summary>Video references: where the video plays, how long it is, and the library image shown before it plays.</summary>
    public string? VideoUrl { get; set; }
    public int? DurationSeconds { get; set; }
    public string? PosterPath { get; set; }
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
        e.Property(m => m.Kind).HasMaxLength(10).HasConversion(StoredEnum.Converter<MediaKind>());
        e.Property(m => m.AltZh).HasMaxLength(500);
        e.Property(m => m.AltEn).HasMaxLength(500);
        e.Property(m => m.OriginalName).HasMaxLength(260);
        e.Property(m => m.UploadedBy).HasMaxLength(100);
        e.Property(m => m.VideoUrl).HasMaxLength(500);
        e.Property(m => m.PosterPath).HasMaxLength(140);
        e.HasIndex(m => m.Sha256);
    }
}
