namespace CampaignSite.Bench;

/// <summary>The limit to compare with: Kestrel answering an in-memory page of the same size, nothing else.</summary>
static class BaselineServer
{
    public static async Task<int> RunAsync(int port, int bytes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var page = new byte[bytes];
        Array.Fill(page, (byte)'x');
        app.MapGet("/page", () => Results.Bytes(page, "text/html; charset=utf-8"));
        await app.RunAsync();
        return 0;
    }

    /// <summary>Kestrel's static-file middleware over a folder: what serving an image from disk costs with nothing else.</summary>
    public static async Task<int> RunStaticAsync(int port, string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(folder) });
        await app.RunAsync();
        return 0;
    }
}
