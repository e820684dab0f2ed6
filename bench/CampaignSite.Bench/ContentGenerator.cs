using System.Globalization;
using CampaignSite.Content.Files;
using CampaignSite.Content.Types;

namespace CampaignSite.Bench;

/// <summary>Writes N realistic documents (Chinese and English text, every type) as a content-export folder.</summary>
static class ContentGenerator
{
    static readonly string[] Words = ["纺织", "服装", "丝绸", "刺绣", "棉花", "品牌", "设计", "绿色", "智能", "集群", "非遗", "工艺", "面料", "印染", "数字化", "供应链"];
    static readonly string[] English = ["textile", "apparel", "silk", "embroidery", "cotton", "brand", "design", "green", "smart", "cluster", "heritage", "craft", "fabric", "dyeing"];

    public static void Write(string dir, int count)
    {
        var random = new Random(42);
        string Sentence(int words) => string.Concat(Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + "。";
        string EnglishSentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => English[random.Next(English.Length)])) + ".";
        var provinces = Provinces.All.Select(p => p.Id).ToArray();
        var tasks = Enum.GetValues<TaskArea>();
        for (var i = 0; i < count; i++)
        {
            Document d = (i % 5) switch
            {
                0 => new Brand { Kind = (BrandKind)(i % 3), Company = Sentence(3) },
                1 => new Technology { Category = (TechnologyCategory)(i % 5), Maturity = Maturity.Commercial },
                2 => new Product { Category = (ProductCategory)(i % 3), Materials = ["棉", "丝"] },
                3 => new Heritage { Level = HeritageLevel.National, Craft = (CraftCategory)(i % 5) },
                _ => new News { Source = "本站" },
            };
            d.Title = Sentence(4).TrimEnd('。') + i.ToString(CultureInfo.InvariantCulture);
            d.Slug = $"doc-{i}";
            d.Summary = Sentence(12);
            d.Body = string.Join("\n\n", Enumerable.Range(0, 6).Select(_ => Sentence(40))) + "\n\n## " + Sentence(3) + "\n\n" + Sentence(60);
            d.Tasks = [tasks[i % 5], tasks[(i + 2) % 5]];
            d.Region = new Region { Province = provinces[i % provinces.Length] };
            d.Tags = [Words[i % Words.Length], Words[(i + 3) % Words.Length]];
            d.Published = new DateTimeOffset(2023, 1, 1, 9, 0, 0, TimeSpan.FromHours(8)).AddHours(i);
            d.Featured = i % 50 == 0;
            var type = DocumentTypes.Get(d.GetType());
            Directory.CreateDirectory(Path.Combine(dir, type.Name));
            File.WriteAllText(Path.Combine(dir, type.Name, d.Slug + ".md"), DocumentWriter.Write(d, Cultures.Chinese));
            if (i % 2 == 0)
            {
                var en = CultureVariants.Shared(d);
                en.Title = EnglishSentence(5);
                en.Summary = EnglishSentence(20);
                en.Body = string.Join("\n\n", Enumerable.Range(0, 5).Select(_ => EnglishSentence(50)));
                if (en is Brand brand) brand.Company = EnglishSentence(3);
                if (en is Product product) product.Materials = ["cotton", "silk"];
                File.WriteAllText(Path.Combine(dir, type.Name, d.Slug + ".en.md"), DocumentWriter.Write(en, Cultures.English));
            }
        }
    }
}
