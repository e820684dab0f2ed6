using CampaignSite.Data;
using CampaignSite.Content.Files;
using CampaignSite.Content.Publishing;

namespace CampaignSite.Operations;

/// <summary>The program's verbs, as the README documents them: import DIR, export DIR, reindex and export-site DIR [--base /prefix/].</summary>
public static class Commands
{
    // `dotnet run --project` starts the program in the project folder; a relative DIR means
    // the folder the user typed the command in, which the shell passes on as PWD.
    static string ShellDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Directory.GetCurrentDirectory();

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "import" or "export" or "reindex" or "export-site";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        // The database a verb works on is the one the site would show: an empty one is seeded first,
        // except for import, which loads the folder it is given into the empty database.
        if (args[0] == "reindex")
        {
            await PrepareDatabaseAsync(app, seed: true);
            return await app.Services.GetRequiredService<IDerivedIndex>().RebuildAsync(Console.Out) ? 0 : 1;
        }
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            Console.Error.WriteLine($"usage: {args[0]} DIR{(args[0] == "export-site" ? " [--base /prefix/]" : "")}");
            return 2;
        }
        var dir = Path.GetFullPath(args[1], ShellDirectory());
        await PrepareDatabaseAsync(app, seed: args[0] != "import");
        if (args[0] == "export-site") return await ExportSiteAsync(app, dir, args);
        await using var scope = app.Services.CreateAsyncScope();
        if (args[0] == "import")
        {
            var summary = await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(dir, Console.Out);
            return summary.Succeeded ? 0 : 1;
        }
        await scope.ServiceProvider.GetRequiredService<ContentExporter>().ExportAsync(dir, Console.Out);
        return 0;
    }

    /// <summary>Serves the site on a loopback port of its own for as long as the export reads it.</summary>
    static async Task<int> ExportSiteAsync(WebApplication app, string dir, string[] args)
    {
        var prefix = args.SkipWhile(a => a != "--base").Skip(1).FirstOrDefault() ?? "/";
        if (!prefix.StartsWith('/') || prefix.Contains("..") || prefix.Contains('?') || prefix.Contains('#'))
        {
            Console.Error.WriteLine($"--base must be a path on the portal such as /zhuanti/fangzhi/; '{prefix}' is not");
            return 2;
        }
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        try
        {
            var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value;
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(2) };
            Console.WriteLine($"exporting the public site to {dir} for {prefix}");
            var summary = await new Export.SiteExporter(http, dir, new Export.ExportPaths(prefix), options.PublicBaseUrl, Console.Out).RunAsync();
            foreach (var broken in summary.Broken) Console.Error.WriteLine("  " + broken);
            Console.WriteLine(summary);
            return summary.Broken.Count == 0 ? 0 : 1;
        }
        finally { await app.StopAsync(); }
    }

    static async Task PrepareDatabaseAsync(WebApplication app, bool seed)
    {
        await DatabaseStartup.MigrateAsync(app.Services);
        if (seed) await SeedContent.ImportIfEmptyAsync(app.Services);
    }
}
