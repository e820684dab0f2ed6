namespace CampaignSite.Media.Storage;

/// <summary>CampaignSite:Media:S3: the S3-compatible bucket, when CampaignSite:Media:Storage is S3.</summary>
public sealed class S3Options
{
    /// <summary>The store's endpoint, such as https://oss-cn-beijing.aliyuncs.com or http://127.0.0.1:9000; empty for AWS itself.</summary>
    public string? ServiceUrl { get; set; }
    public string? Bucket { get; set; }
    /// <summary>The region the requests are signed for (us-east-1 when the store does not care).</summary>
    public string? Region { get; set; }
    /// <summary>Credentials; when empty the SDK's own chain is used (environment, instance role).</summary>
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }
    /// <summary>Bucket in the path (http://host/bucket/key) rather than the host name; most self-hosted stores need it.</summary>
    public bool ForcePathStyle { get; set; }
}
