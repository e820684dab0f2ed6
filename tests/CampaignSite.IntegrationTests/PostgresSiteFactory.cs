using Npgsql;

namespace CampaignSite.IntegrationTests;

/// <summary>
/// The site on a real PostgreSQL: a fresh database per factory on the server test.sh starts
/// (CAMPAIGNSITE_TEST_POSTGRES). Without that server these tests fail and say why.
/// </summary>
public class PostgresSiteFactory : SiteFactory
{
    public const string Variable = "CAMPAIGNSITE_TEST_POSTGRES";
    readonly string connection;
    readonly string server;

    public PostgresSiteFactory() : this(null) { }

    /// <summary>A site on the database another factory made and kept (<see cref="KeepDatabase"/>), as a restarted node.</summary>
    protected PostgresSiteFactory(string? existingConnection)
    {
        server = Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException($"{Variable} is not set: run ./test.sh, which starts PostgreSQL, or point it at a server you run.");
        if (existingConnection is not null)
        {
            connection = existingConnection;
            return;
        }
        var name = "cs_" + Guid.NewGuid().ToString("N")[..12];
        using (var admin = new NpgsqlConnection(server))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name} ENCODING 'UTF8'", admin);
            create.ExecuteNonQuery();
        }
        connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public string ConnectionString => connection;
    /// <summary>Leaves the database behind on dispose, for a second site started on it.</summary>
    public bool KeepDatabase { get; init; }

    /// <summary>A test's own settings, on top of the database's.</summary>
    protected virtual Dictionary<string, string?> Extra => [];

    protected sealed override Dictionary<string, string?> Settings => new(Extra)
    {
        ["CampaignSite:Database"] = "Postgres",
        ["ConnectionStrings:Default"] = connection,
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        NpgsqlConnection.ClearAllPools();
        if (KeepDatabase) return;
        using var admin = new NpgsqlConnection(server);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(connection).Database} WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }
}
