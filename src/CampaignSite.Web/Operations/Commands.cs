using CampaignSite.Data;
using CampaignSite.Content.Checks;
using CampaignSite.Content.Files;
using CampaignSite.Content.Publishing;

namespace CampaignSite.Operations;

/// <summary>The program's verbs, as the README documents them: import DIR, export DIR, check DIR, reindex and export-site DIR [--base /prefix/].</summary>
public static class Commands
{
    // `dotnet run --project` starts the program in the project folder; a relative DIR means
    // the folder the user typed the command in, which the shell passes on as PWD.
    static string ShellDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Directory.GetCurrentDirectory();

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "import" or "export" or "check" or "reindex" or "export-site";

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
        if (args[0] == "check")
        {
            // The administrators' standard wording is in the database; the folder is checked without seeding it.
            await DatabaseStartup.MigrateAsync(app.Services);
            await using var checkScope = app.Services.CreateAsyncScope();
            var terms = await checkScope.ServiceProvider.GetRequiredService<ContentChecks>().TermsAsync(CancellationToken.None);
            return Check(dir, args[1], terms, Console.Out, Console.Error);
        }
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

    /// <summary>
    /// check DIR: the editorial checks over a content folder, one line a finding ("path:line: rule: message",
    /// the path as DIR was typed), then a summary. Exits 0 with warnings only, 1 with errors, 2 when the
    /// folder does not exist or a file cannot be read (each such file is named with its problem).
    /// </summary>
    public static int Check(string dir, string shownDir, TermList terms, TextWriter output, TextWriter errors)
    {
        if (!Directory.Exists(dir))
        {
            errors.WriteLine($"check: the folder '{shownDir}' does not exist");
            return 2;
        }
        var problems = new List<string>();
        var documents = ContentFolder.Read(dir, problems);
        string Shown(string file) => Path.Combine(shownDir, Path.GetRelativePath(dir, file));
        if (problems.Count > 0)
        {
            foreach (var p in problems) errors.WriteLine(p.StartsWith(dir, StringComparison.Ordinal) ? Shown(p[..p.IndexOf(": ", StringComparison.Ordinal)]) + p[p.IndexOf(": ", StringComparison.Ordinal)..] : p);
            errors.WriteLine($"check: {problems.Count} file problem(s): the folder cannot be checked until every file reads (as import would refuse it)");
            return 2;
        }
        var findings = FolderCheck.Run(documents, terms);
        foreach (var f in findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line)) output.WriteLine(f.Format(Shown(f.File)));
        var errorCount = findings.Count(f => f.Finding.Severity == CheckSeverity.Error);
        var files = documents.Sum(d => d.Files.Count);
        output.WriteLine($"{errorCount} error{(errorCount == 1 ? "" : "s")}, {findings.Count - errorCount} warning{(findings.Count - errorCount == 1 ? "" : "s")} in {files} file{(files == 1 ? "" : "s")}");
        return errorCount > 0 ? 1 : 0;
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
