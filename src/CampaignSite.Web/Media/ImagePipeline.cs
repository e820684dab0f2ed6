using CampaignSite.Media.Imaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CampaignSite.Media;

/// <summary>
/// Whether images can be processed in this process: libvips loaded and started, and not switched
/// off. When not, every /media URL answers with the original and /healthz says Degraded.
/// </summary>
public sealed class ImagePipeline
{
    public bool Available { get; }
    public string Status { get; }

    public ImagePipeline(MediaOptions options, ILogger<ImagePipeline> logger)
    {
        if (string.Equals(options.Pipeline, "off", StringComparison.OrdinalIgnoreCase))
            Status = "switched off by CampaignSite:Media:Pipeline; originals are served";
        else if (VipsLibrary.TryStart(out var problem))
            (Available, Status) = (true, $"libvips {VipsLibrary.Version}");
        else
            Status = $"{problem}; originals are served, image commands are ignored";
        if (!Available) logger.LogWarning("Image pipeline unavailable: {Status}", Status);
    }
}

sealed class ImagePipelineHealthCheck(ImagePipeline pipeline) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(pipeline.Available ? HealthCheckResult.Healthy(pipeline.Status) : HealthCheckResult.Degraded(pipeline.Status));
}
