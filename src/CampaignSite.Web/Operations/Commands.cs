using CampaignSite.Data;
using CampaignSite.Content.Files;
using CampaignSite.Content.Publishing;

namespace CampaignSite.Operations;

/// <summary>The program's verbs, as the README documents them: import DIR, export DIR and reindex.</summary>
public static class Commands
{
    // `dotnet run --project` starts the program in the project folder; a relative DIR means
    // the folder the user typed the command in, which the shell passes on as PWD.
    static string ShellDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Directory.GetCurrentDirectory();

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "import" or "export" or "reindex";

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
            Console.Error.WriteLine($"usage: {args[0]} DIR");
            return 2;
        }
        var dir = Path.GetFullPath(args[1], ShellDirectory());
        await PrepareDatabaseAsync(app, seed: args[0] != "import");
        await using var scope = app.Services.CreateAsyncScope();
        if (args[0] == "import")
        {
            var summary = await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(dir, Console.Out);
            return summary.Succeeded ? 0 : 1;
        }
        await scope.ServiceProvider.GetRequiredService<ContentExporter>().ExportAsync(dir, Console.Out);
        return 0;
    }

    static async Task PrepareDatabaseAsync(WebApplication app, bool seed)
    {
        await DatabaseStartup.MigrateAsync(app.Services);
        if (seed) await SeedContent.ImportIfEmptyAsync(app.Services);
    }
}
