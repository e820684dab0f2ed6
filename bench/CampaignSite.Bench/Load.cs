using System.Diagnostics;

namespace CampaignSite.Bench;

/// <summary>A small closed-loop HTTP load generator: the same client for the site and its baseline.</summary>
static class Load
{
    /// <summary>Requests per second after a warm-up long enough for tiered JIT to settle.</summary>
    public static async Task<double> ThroughputAsync(HttpClient http, Func<int, string> path, int seconds, int concurrency = 32)
    {
        await Run(http, path, 5, concurrency);
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

    public record struct Percentiles(double P50, double P95, double P99)
    {
        public static Percentiles Of(double[] times)
        {
            Array.Sort(times);
            return new(times[times.Length / 2], times[(int)(times.Length * 0.95)], times[(int)(times.Length * 0.99)]);
        }
        public override string ToString() => $"{P50:0.00} / {P95:0.00} / {P99:0.00} ms";
    }

    /// <summary>Sequential requests: client round trip, and server time from the Server-Timing header.</summary>
    public static async Task<(Percentiles Client, Percentiles Server)> LatenciesAsync(HttpClient http, Func<int, string> path, int requests)
    {
        for (var i = 0; i < 200; i++) await http.GetByteArrayAsync(path(requests + i)); // warm-up
        var client = new double[requests];
        var server = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(path(i));
            response.EnsureSuccessStatusCode();
            client[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var timing = response.Headers.GetValues("Server-Timing").Single();
            server[i] = double.Parse(timing[(timing.IndexOf("dur=") + 4)..], System.Globalization.CultureInfo.InvariantCulture);
        }
        return (Percentiles.Of(client), Percentiles.Of(server));
    }
}
