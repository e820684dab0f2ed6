using System.Diagnostics;

namespace CampaignSite.Bench;

/// <summary>A small closed-loop HTTP load generator: the same client for the site and its baseline.</summary>
static class Load
{
    public static async Task<double> ThroughputAsync(HttpClient http, Func<int, string> path, int seconds, int concurrency = 32)
    {
        await Run(http, path, 2, concurrency); // warm-up
        return await Run(http, path, seconds, concurrency) / (double)seconds;
    }

    static async Task<long> Run(HttpClient http, Func<int, string> path, int seconds, int concurrency)
    {
        long count = 0;
        var until = Stopwatch.GetTimestamp() + seconds * Stopwatch.Frequency;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var i = worker;
            while (Stopwatch.GetTimestamp() < until)
            {
                using var response = await http.GetAsync(path(i++), HttpCompletionOption.ResponseContentRead);
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{response.StatusCode} for {path(i)}");
                Interlocked.Increment(ref count);
            }
        }));
        return count;
    }

    public static async Task<(double P50, double P95, double P99)> LatenciesAsync(HttpClient http, Func<int, string> path, int requests)
    {
        for (var i = 0; i < 100; i++) await http.GetByteArrayAsync(path(requests + i)); // warm-up
        var times = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(path(i));
            response.EnsureSuccessStatusCode();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(times);
        return (times[requests / 2], times[(int)(requests * 0.95)], times[(int)(requests * 0.99)]);
    }
}
