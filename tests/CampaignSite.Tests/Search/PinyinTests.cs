using CampaignSite.Search.Analysis;

namespace CampaignSite.Tests.Search;

public class PinyinTests
{
    [Theory]
    [InlineData("宋锦", "songjin")]
    [InlineData("扎染", "zharan")]
    [InlineData("香云纱", "xiangyunsha")]
    [InlineData("缂丝", "kesi")]
    public void Names_ReadAsTyped(string name, string typed) => Assert.Contains(typed, Pinyin.Readings(name));

    [Theory]
    [InlineData("重庆", "chongqing")]
    [InlineData("藏族服饰", "zangzufushi")]
    [InlineData("纺织行业", "fangzhihangye")]
    [InlineData("扎染", "zaran")]
    public void PolyphonicCharacters_GetTheirOtherReading(string name, string typed) => Assert.Contains(typed, Pinyin.Readings(name));

    [Fact]
    public void NamesWithoutChinese_HaveNoReadings() => Assert.Empty(Pinyin.Readings("Bosideng"));

    [Fact]
    public void Readings_AreBounded() => Assert.True(Pinyin.Readings("重重重重重重重重重重").Count <= 16);

    [Theory]
    [InlineData("songjin", true)]
    [InlineData("song jin", true)]
    [InlineData("xi'an", true)]
    [InlineData("宋锦", false)]
    [InlineData("2024", false)]
    public void Looks_TellsPinyinFromOtherText(string typed, bool looks) => Assert.Equal(looks, Pinyin.Looks(typed));
}
