using Npgsql;

namespace CampaignSite.IntegrationTests.Nodes;

/// <summary>One node of a cluster: the real site with its own data folder, sharing the cluster's database.</summary>
public sealed class Node(string dataPath, Dictionary<string, string?> settings) : SiteFactory(dataPath)
{
    protected override Dictionary<string, string?> Settings => settings;

    /// <summary>Starts the node (migration, seed, followers) before the first request.</summary>
    public Node Started()
    {
        _ = Server;
        return this;
    }
}

/// <summary>Several nodes on one fresh PostgreSQL database, as an operator runs them behind a load balancer.</summary>
public sealed class PostgresCluster : IDisposable
{
    readonly string server;
    readonly List<Node> nodes = [];
    public string Database { get; } = "cs_nodes_" + Guid.NewGuid().ToString("N")[..10];
    public string ConnectionString { get; }

    public PostgresCluster()
    {
        server = Environment.GetEnvironmentVariable(PostgresSiteFactory.Variable)
            ?? throw new InvalidOperationException($"{PostgresSiteFactory.Variable} is not set: run ./test.sh, which starts PostgreSQL, or point it at a server you run.");
        Admin($"CREATE DATABASE {Database} ENCODING 'UTF8'");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Database }.ToString();
    }

    /// <summary>A new node; the first one seeds the empty database, so start it before the others.</summary>
    public Node Add(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["CampaignSite:Database"] = "Postgres", ["ConnectionStrings:Default"] = ConnectionString };
        foreach (var (key, value) in extra ?? []) settings[key] = value;
        var node = new Node(Path.Combine(Path.GetTempPath(), "campaignsite-tests", Guid.NewGuid().ToString("N")), settings);
        nodes.Add(node);
        return node.Started();
    }

    /// <summary>Closes the database to every connection, as an outage does, or opens it again.</summary>
    public void Reachable(bool reachable)
    {
        Admin($"ALTER DATABASE {Database} ALLOW_CONNECTIONS {(reachable ? "true" : "false")}");
        if (!reachable) Admin($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Database}' AND pid <> pg_backend_pid()");
    }

    void Admin(string sql)
    {
        using var admin = new NpgsqlConnection(server);
        admin.Open();
        using var command = new NpgsqlCommand(sql, admin);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var node in nodes) node.Dispose();
        NpgsqlConnection.ClearAllPools();
        Admin($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
    }
}

public static class Eventually
{
    /// <summary>Polls until the condition holds; how long it took, or null when it never did within the limit.</summary>
    public static async Task<TimeSpan?> WithinAsync(TimeSpan limit, Func<Task<bool>> condition)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (await condition()) return watch.Elapsed;
            await Task.Delay(25);
        }
        return null;
    }
}
