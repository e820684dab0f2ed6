using CampaignSite.Data;

namespace CampaignSite.Media;

/// <summary>What an editor gives with a file: its original name, alt text in both cultures, the focal point, who uploads it.</summary>
public sealed record MediaUpload(string FileName, string? AltZh, string? AltEn, double FocalX = 0.5, double FocalY = 0.5, string UploadedBy = "");

/// <summary>The outcome of a library change: the record, or the sentence that says why nothing changed.</summary>
public sealed record MediaResult(MediaRecord? Media, string? Error, bool AlreadyStored = false)
{
    public bool Succeeded => Error is null;
    public static MediaResult Fail(string error) => new(null, error);
}

/// <summary>A document that refers to a library file, in its latest or its published version.</summary>
public sealed record MediaUse(string Type, string Slug, bool Published);
