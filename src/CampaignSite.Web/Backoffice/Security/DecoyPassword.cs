using System.Security.Cryptography;
using CampaignSite.Data;
using Microsoft.AspNetCore.Identity;

namespace CampaignSite.Backoffice.Security;

/// <summary>
/// A password checked against a hash of nothing, for sign-ins with an e-mail no account has: they
/// cost the same hashing as a wrong password for a real account, so the time of the answer does not
/// tell which addresses exist.
/// </summary>
public sealed class DecoyPassword(IPasswordHasher<EditorUser> hasher)
{
    static readonly EditorUser Nobody = new();
    // Made once per process: hashing it costs as much as the check it stands in for.
    static string? hash;

    public void Check(string password)
    {
        hash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
