using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using CampaignSite.Media.Storage;

namespace CampaignSite.IntegrationTests.Media;

/// <summary>The S3-protocol server test.sh starts (CAMPAIGNSITE_TEST_S3), a fresh bucket per site.</summary>
public static class S3Store
{
    public const string Variable = "CAMPAIGNSITE_TEST_S3";
    public const string Key = "S3RVER"; // s3rver's own credentials

    public static string Server => Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException($"{Variable} is not set: run ./test.sh, which starts an S3-protocol server, or point it at one you run.");

    public static S3Options Options(string bucket, string? serviceUrl = null) => new()
    {
        ServiceUrl = serviceUrl ?? Server, Bucket = bucket, Region = "us-east-1", AccessKey = Key, SecretKey = Key, ForcePathStyle = true,
    };

    public static IAmazonS3 Client(string? serviceUrl = null) => S3MediaStore.Client(Options("unused", serviceUrl));

    public static string NewBucket(string? serviceUrl = null)
    {
        var bucket = "cs-" + Guid.NewGuid().ToString("N")[..16];
        using var client = Client(serviceUrl);
        client.PutBucketAsync(new PutBucketRequest { BucketName = bucket }).GetAwaiter().GetResult();
        return bucket;
    }

    public static Dictionary<string, string?> Settings(string bucket, string? serviceUrl = null) => new()
    {
        ["CampaignSite:Media:Storage"] = "S3",
        ["CampaignSite:Media:S3:ServiceUrl"] = serviceUrl ?? Server,
        ["CampaignSite:Media:S3:Bucket"] = bucket,
        ["CampaignSite:Media:S3:Region"] = "us-east-1",
        ["CampaignSite:Media:S3:AccessKey"] = Key,
        ["CampaignSite:Media:S3:SecretKey"] = Key,
        ["CampaignSite:Media:S3:ForcePathStyle"] = "true",
    };

    public static async Task<List<string>> KeysAsync(string bucket)
    {
        using var client = Client();
        var keys = new List<string>();
        string? token = null;
        do
        {
            var page = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, ContinuationToken = token });
            keys.AddRange((page.S3Objects ?? []).Select(o => o.Key));
            token = page.IsTruncated == true ? page.NextContinuationToken : null;
        }
        while (token is not null);
        return keys;
    }
}

/// <summary>The site on SQLite with its media in a bucket of its own.</summary>
public sealed class S3SiteFactory : SiteFactory
{
    public string Bucket { get; } = S3Store.NewBucket();
    protected override Dictionary<string, string?> Settings => S3Store.Settings(Bucket);
}
