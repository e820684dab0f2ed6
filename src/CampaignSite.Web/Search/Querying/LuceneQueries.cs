using CampaignSite.Content.Delivery;
using CampaignSite.Content.Types;
using CampaignSite.Search.Analysis;
using CampaignSite.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneTerm = Lucene.Net.Index.Term;

namespace CampaignSite.Search.Querying;

/// <summary>
/// Our parsed query as Lucene query objects. Only analysed tokens reach Lucene, as terms and
/// phrases; no text a user typed is ever given to a Lucene query parser.
/// </summary>
public static class LuceneQueries
{
    /// <summary>Latin words this long or longer may match with a typo: one edit below eight letters, two from eight.</summary>
    public const int FuzzyFrom = 5;
    const float NameBoost = 8, PhraseBoost = 0.5f;

    /// <param name="fuzzy">Latin words of <see cref="FuzzyFrom"/> letters or more also match words a letter or two away.</param>
    public static Query Build(SearchQuery query, bool fuzzy)
    {
        var root = new BooleanQuery();
        foreach (var group in query.Required)
        {
            var any = new BooleanQuery();
            foreach (var term in group) any.Add(Match(term, fuzzy), Occur.SHOULD);
            root.Add(any, Occur.MUST);
        }
        foreach (var term in query.Excluded) root.Add(One(SearchFields.Text, term, false, 1), Occur.MUST_NOT);
        foreach (var word in query.Highlighted.Select(t => t.Text).Distinct())
        {
            // A document that names the word as a whole (title, tag) outranks one holding its characters by chance.
            root.Add(new TermQuery(new LuceneTerm(SearchFields.Names, SearchAnalyzer.Fold(word))) { Boost = NameBoost }, Occur.SHOULD);
            // A title holding the word's characters in order outranks one holding them apart (phrases cost, so titles only).
            var tokens = SearchAnalyzer.Tokens(word);
            if (tokens.Count > 1) root.Add(Phrase(SearchFields.Title, tokens, SearchFields.TitleBoost * PhraseBoost), Occur.SHOULD);
        }
        return root;
    }

    /// <summary>True when <paramref name="query"/> has a word typo tolerance would widen.</summary>
    public static bool HasFuzzyWords(SearchQuery query) => query.Required.SelectMany(g => g).Any(t => !t.Phrase && Fuzzable(t.Tokens[0]));

    /// <summary>The filters every hit must pass whatever the facets count: featured and tag (the others are counted around).</summary>
    public static Query? AlwaysFilter(ListFilter filter, string culture)
    {
        var must = new BooleanQuery();
        if (filter.Featured is { } featured) must.Add(new TermQuery(new LuceneTerm(SearchFields.Featured, featured ? "1" : "0")), Occur.MUST);
        if (!string.IsNullOrWhiteSpace(filter.Tag)) must.Add(new TermQuery(new LuceneTerm(SearchFields.TagOf(culture), filter.Tag.Trim())), Occur.MUST);
        return must.Clauses.Count == 0 ? null : must;
    }

    /// <summary>A title prefix for typeahead: the last token typed starts a title word, the earlier ones must match.</summary>
    public static Query Prefix(string last, SearchQuery rest)
    {
        var root = rest.IsEmpty ? new BooleanQuery() : (BooleanQuery)Build(rest, false);
        root.Add(new PrefixQuery(new LuceneTerm(SearchFields.Title, last)), Occur.MUST);
        return root;
    }

    /// <summary>The term must be in the text; in a title it counts more.</summary>
    static Query Match(Term term, bool fuzzy) =>
        new BooleanQuery { { One(SearchFields.Text, term, fuzzy, 1), Occur.MUST }, { One(SearchFields.Title, term, fuzzy, SearchFields.TitleBoost), Occur.SHOULD } };

    static Query One(string field, Term term, bool fuzzy, float boost)
    {
        if (term.Tokens.Count > 1) return Phrase(field, term.Tokens, boost);
        var token = term.Tokens[0];
        Query q = fuzzy && Fuzzable(token)
            ? new FuzzyQuery(new LuceneTerm(field, token), token.Length >= 8 ? 2 : 1, prefixLength: 1)
            : new TermQuery(new LuceneTerm(field, token));
        q.Boost = boost;
        return q;
    }

    static PhraseQuery Phrase(string field, IReadOnlyList<string> tokens, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        for (var i = 0; i < tokens.Count; i++) phrase.Add(new LuceneTerm(field, tokens[i]), i);
        return phrase;
    }

    static bool Fuzzable(string token) => token.Length >= FuzzyFrom && token.All(char.IsAsciiLetter);
}
