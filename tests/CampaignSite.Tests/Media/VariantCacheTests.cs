using CampaignSite.Media;

namespace CampaignSite.Tests.Media;

public sealed class VariantCacheTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("campaignsite-cache").FullName;
    public void Dispose() => Directory.Delete(dir, true);

    static string Key(char c) => new(c, 64);

    [Fact]
    public async Task SecondRequest_IsServedFromDisk()
    {
        var cache = new VariantCache(dir, 1 << 20, 2);
        var made = 0;
        var first = await cache.GetOrCreateAsync(Key('a'), "webp", () => { made++; return [1, 2, 3]; }, default);
        var second = await cache.GetOrCreateAsync(Key('a'), "webp", () => { made++; return [9]; }, default);
        Assert.Equal(first, second);
        Assert.Equal(1, made);
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(second));
        // A new process finds the file already there.
        var restarted = new VariantCache(dir, 1 << 20, 2);
        await restarted.GetOrCreateAsync(Key('a'), "webp", () => { made++; return [9]; }, default);
        Assert.Equal(1, made);
        Assert.Equal(0, restarted.Produced);
    }

    [Fact]
    public async Task ConcurrentRequestsForOneMissingVariant_MakeItOnce()
    {
        var cache = new VariantCache(dir, 1 << 20, 2);
        var made = 0;
        var gate = new ManualResetEventSlim();
        var asked = 0;
        var requests = Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
        {
            var request = cache.GetOrCreateAsync(Key('b'), "jpg", () =>
            {
                Interlocked.Increment(ref made);
                gate.Wait(TimeSpan.FromSeconds(30)); // held until every request has asked
                return new byte[100];
            }, default);
            Interlocked.Increment(ref asked);
            return request;
        })).ToList();
        // Every request has asked while the variant is still being made, so each one waits on that one making.
        for (var waited = 0; (Volatile.Read(ref asked) < 50 || Volatile.Read(ref made) < 1) && waited < 20_000; waited += 5) await Task.Delay(5);
        Assert.Equal(50, Volatile.Read(ref asked));
        Assert.Equal(1, Volatile.Read(ref made));
        Assert.All(requests, r => Assert.False(r.IsCompleted));
        gate.Set();
        var paths = await Task.WhenAll(requests);
        Assert.Equal(1, made);
        Assert.Equal(1, cache.Produced);
        Assert.Single(paths.Distinct());
    }

    [Fact]
    public async Task FailedMaking_IsNotRemembered()
    {
        var cache = new VariantCache(dir, 1 << 20, 2);
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrCreateAsync(Key('c'), "png", () => throw new InvalidOperationException(), default));
        var path = await cache.GetOrCreateAsync(Key('c'), "png", () => [7], default);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task OverTheLimit_TheLeastRecentlyUsedGo()
    {
        var cache = new VariantCache(dir, 250, 1);
        // One use straight after another, with no pause: the order of use alone decides.
        var a = await cache.GetOrCreateAsync(Key('a'), "jpg", () => new byte[100], default);
        var b = await cache.GetOrCreateAsync(Key('b'), "jpg", () => new byte[100], default);
        await cache.GetOrCreateAsync(Key('a'), "jpg", () => new byte[100], default); // a is used again: b is now the oldest
        var c = await cache.GetOrCreateAsync(Key('c'), "jpg", () => new byte[100], default);
        Assert.True(File.Exists(a));
        Assert.False(File.Exists(b));
        Assert.True(File.Exists(c));
        Assert.Equal(200, cache.TotalBytes);
        Assert.False(cache.Contains(Key('b'), "jpg"));
    }
}
