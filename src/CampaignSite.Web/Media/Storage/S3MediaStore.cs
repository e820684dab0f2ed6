using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace CampaignSite.Media.Storage;

/// <summary>
/// CampaignSite:Media:Storage = S3: the originals in a bucket of any S3-compatible store (AWS S3,
/// Aliyun OSS, Tencent COS, MinIO, Ceph RGW). Each node keeps the originals it serves as copies in
/// its variant cache, under their content hash, so a copy is never stale and is fetched once.
/// </summary>
public sealed class S3MediaStore(IAmazonS3 s3, string bucket, VariantCache copies) : IMediaStore
{
    public string Description => "S3 bucket " + bucket;

    /// <summary>A client for the configured store; checksum and chunked-upload extensions off, which not every S3-compatible store speaks.</summary>
    public static IAmazonS3 Client(S3Options o)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = o.ForcePathStyle,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromSeconds(30),
            MaxErrorRetry = 2,
        };
        if (!string.IsNullOrWhiteSpace(o.ServiceUrl)) config.ServiceURL = o.ServiceUrl;
        if (!string.IsNullOrWhiteSpace(o.Region))
        {
            if (string.IsNullOrWhiteSpace(o.ServiceUrl)) config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(o.Region);
            else config.AuthenticationRegion = o.Region;
        }
        return string.IsNullOrWhiteSpace(o.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(o.AccessKey, o.SecretKey), config);
    }

    public Task PutAsync(string name, byte[] bytes, string contentType, CancellationToken ct = default) =>
        Call(() => s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket, Key = name, InputStream = new MemoryStream(bytes), ContentType = contentType, UseChunkEncoding = false,
        }, ct));

    public async Task<byte[]?> ReadAsync(string name, CancellationToken ct = default)
    {
        try
        {
            using var response = await Call(() => s3.GetObjectAsync(bucket, name, ct));
            using var memory = new MemoryStream();
            await response.ResponseStream.CopyToAsync(memory, ct);
            return memory.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound) { return null; }
    }

    public Task DeleteAsync(string name, CancellationToken ct = default) => Call(() => s3.DeleteObjectAsync(bucket, name, ct));

    public async Task<string?> LocalFileAsync(string name, string sha256, CancellationToken ct = default)
    {
        var extension = Path.GetExtension(name).TrimStart('.');
        if (copies.Find(sha256, extension) is { } copy) return copy;
        try
        {
            return await copies.GetOrFetchAsync(sha256, extension,
                async () => await ReadAsync(name, CancellationToken.None) ?? throw new FileNotFoundException($"{name} is not in the bucket"), ct);
        }
        catch (FileNotFoundException) { return null; }
    }

    /// <summary>Asks for the bucket's location: it fails for a missing bucket and for credentials that may not use it.</summary>
    public async Task CheckAsync(CancellationToken ct = default)
    {
        try { await Call(() => s3.GetBucketLocationAsync(new GetBucketLocationRequest { BucketName = bucket }, ct)); }
        catch (AmazonS3Exception e) { throw new MediaStoreUnavailableException($"the S3 bucket {bucket} cannot be used: {e.Message}", e); }
    }

    /// <summary>Transport failures and the store's own 5xx become <see cref="MediaStoreUnavailableException"/>; a missing key stays an S3 error.</summary>
    async Task<T> Call<T>(Func<Task<T>> call)
    {
        try { return await call(); }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound) { throw; }
        catch (Exception e) when (e is AmazonServiceException or HttpRequestException or IOException or TaskCanceledException { InnerException: TimeoutException })
        {
            throw new MediaStoreUnavailableException($"the S3 bucket {bucket} cannot be reached: {e.Message}", e);
        }
    }
}
