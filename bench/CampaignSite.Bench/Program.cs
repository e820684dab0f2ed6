using CampaignSite.Bench;

// dotnet run -c Release --project bench/CampaignSite.Bench -- pages [documents] [seconds]
// dotnet run -c Release --project bench/CampaignSite.Bench -- coldstart [documents] [runs]
// dotnet run -c Release --project bench/CampaignSite.Bench -- search [documents] [postgres-connection-string]
// dotnet run -c Release --project bench/CampaignSite.Bench -- import [documents]
// dotnet run -c Release --project bench/CampaignSite.Bench -- media [seconds]
// dotnet run -c Release --project bench/CampaignSite.Bench -- changes [publishes] [postgres-connection-string]
// dotnet run -c Release --project bench/CampaignSite.Bench -- push [publishes] [postgres-connection-string]
// dotnet run -c Release --project bench/CampaignSite.Bench -- drill postgres-connection-string [s3-service-url]
// dotnet run -c Release --project bench/CampaignSite.Bench -- baseline-server PORT BYTES   (used by `pages`)
// dotnet run -c Release --project bench/CampaignSite.Bench -- baseline-static PORT FOLDER   (used by `media`)
return args.FirstOrDefault() switch
{
    "baseline-server" => await BaselineServer.RunAsync(int.Parse(args[1]), int.Parse(args[2])),
    "baseline-static" => await BaselineServer.RunStaticAsync(int.Parse(args[1]), args[2]),
    "coldstart" => await ColdStartBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 10_000, args.Length > 2 ? int.Parse(args[2]) : 7),
    "import" => await ImportBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 20_000),
    "media" => await MediaBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 10),
    "drill" when args.Length > 1 => await NodesDrill.RunAsync(args[1], args.Length > 2 ? args[2] : null),
    "push" => await PushBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 100, args.Length > 2 ? args[2] : null),
    "changes" => await ChangesBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 200, args.Length > 2 ? args[2] : null),
    "search" => await SearchBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 100_000, args.Length > 2 ? args[2] : null),
    "pages" or null => await PageBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 10_000, args.Length > 2 ? int.Parse(args[2]) : 10),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: pages [documents] [seconds] | coldstart [documents] [runs] | search [documents] [postgres] | import [documents] | media [seconds] | changes [publishes] [postgres] | push [publishes] [postgres] | drill postgres [s3] | baseline-server PORT BYTES | baseline-static PORT FOLDER");
    return 2;
}
