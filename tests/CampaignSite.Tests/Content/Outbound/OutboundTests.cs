using System.Net;
using CampaignSite.Content.Outbound;

namespace CampaignSite.Tests.Content.Outbound;

public class PublicTargetsTests
{
    [Theory]
    [InlineData("127.0.0.1")] [InlineData("10.0.0.8")] [InlineData("172.20.1.1")] [InlineData("192.168.0.1")] [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")] [InlineData("0.0.0.0")] [InlineData("224.0.0.1")] [InlineData("::1")] [InlineData("fe80::1")] [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")] [InlineData("::ffff:10.1.1.1")]
    public void PrivateAddresses_AreRefused(string address) => Assert.True(PublicTargets.IsPrivate(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")] [InlineData("172.32.0.1")] [InlineData("100.128.0.1")] [InlineData("203.119.26.1")] [InlineData("2400:3200::1")]
    public void PublicAddresses_AreAllowed(string address) => Assert.False(PublicTargets.IsPrivate(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://127.0.0.1:8080/x", "loopback, private")]
    [InlineData("http://[::1]/x", "loopback, private")]
    [InlineData("http://user:pw@203.119.26.1/x", "user name or password")]
    [InlineData("file:///etc/passwd", "absolute http")]
    [InlineData("/relative", "absolute http")]
    public async Task AUrl_IsCheckedBeforeAnyRequest(string url, string problem) =>
        Assert.Contains(problem, await PublicTargets.ProblemAsync(url, allowPrivate: false, default));

    [Fact]
    public async Task AllowingPrivateTargets_LetsLoopbackThrough() =>
        Assert.Null(await PublicTargets.ProblemAsync("http://127.0.0.1:8080/x", allowPrivate: true, default));
}

public class RetryTests
{
    [Fact]
    public void EachRetry_WaitsTwiceAsLong_UpToSixHours()
    {
        var first = TimeSpan.FromSeconds(10);
        Assert.Equal([10, 20, 40, 80], Enumerable.Range(1, 4).Select(a => DeliveryWorker.RetryAfter(first, a).TotalSeconds));
        Assert.Equal(TimeSpan.FromHours(6), DeliveryWorker.RetryAfter(first, 30));
    }
}
