using System.Diagnostics;
using System.Text.Json;

namespace CampaignSite.IntegrationTests.Feeds;

/// <summary>A real feed reader: Debian's python3-feedparser, run on the bytes the site served.</summary>
static class FeedReader
{
    const string Script = """
        import feedparser, json, sys
        d = feedparser.parse(sys.stdin.buffer.read())
        print(json.dumps({"bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
                          "title": d.feed.get("title", ""), "links": [e.get("link", "") for e in d.entries],
                          "content": [(e.get("content") or [{}])[0].get("value", "") for e in d.entries]}))
        """;

    public sealed record Parsed(bool Bozo, string Error, string Version, string Title, string[] Links, string[] Content);

    public static async Task<Parsed> ParseAsync(byte[] feed)
    {
        var info = new ProcessStartInfo("/usr/bin/python3", ["-c", Script]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
        await process.StandardInput.BaseStream.WriteAsync(feed);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException("feedparser failed (is python3-feedparser installed? ./test.sh installs it): " + error);
        return JsonSerializer.Deserialize<Parsed>(output, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }
}
