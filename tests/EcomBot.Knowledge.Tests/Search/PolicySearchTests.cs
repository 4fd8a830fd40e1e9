namespace EcomBot.Knowledge.Tests.Search;

[Collection(EmbeddingModelTests.Name)]
public sealed class PolicySearchTests(EmbeddingModelFixture model)
{
    [Theory]
    [InlineData("How long does a refund to my credit card take after I cancel?", "5 to 7 business days")]
    [InlineData("Can I exchange my shirt for shoes?", "cannot exchange one kind of product for another")]
    [InlineData("What do I need to tell you to return something?", "the order id")]
    public async Task TheCustomerQuestionIsAnsweredFirstByThePassageThatSaysSo(string question, string answer)
    {
        var store = await model.DemoStoreAsync();

        var result = await store.Policies.SearchAsync(question);

        Assert.True(result.FoundReliableAnswer, $"best similarity {result.BestSimilarity:F3}");
        Assert.Contains(answer, result.Passages[0].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Can I exchange items from the same order twice?", "exchanges#exchange-everything-in-one-request")]
    [InlineData("What do you need from me to track my order?", "shipping-and-tracking#tracking-your-order")]
    [InlineData("What does the status processed mean?", "shipping-and-tracking#order-statuses")]
    public async Task TheSectionWhoseHeadingAndSentencesMatchTheQuestionComesFirst(string question, string anchor)
    {
        var store = await model.DemoStoreAsync();

        var result = await store.Policies.SearchAsync(question);

        Assert.Equal(anchor, result.Passages[0].Anchor);
    }

    [Theory]
    [InlineData("what is your return window?")]
    [InlineData("can I return something after 60 days?")]
    [InlineData("Is there a deadline for returning an item?")]
    public async Task AReturnWindowQuestionIsAnsweredByTheSectionSayingThereIsNoTimeLimit(string question)
    {
        var store = await model.DemoStoreAsync();

        var best = (await store.Policies.SearchAsync(question)).Passages[0];

        Assert.Equal("returns#how-long-you-have-to-return", best.Anchor);
        Assert.StartsWith("There is no time limit on returns.", best.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARuleQuestionIsAnsweredFromTheArticleOfTheActionItAsksAboutNotOfTheOneItsConditionNames()
    {
        var store = await model.DemoStoreAsync();

        var result = await store.Policies.SearchAsync("Can I return an order that was cancelled?");

        Assert.Equal("returns#which-orders-can-be-returned", result.Passages[0].Anchor);
    }

    [Fact]
    public async Task WhatHappensAfterAReturnIsSubmittedIsAnsweredByTheSectionOnWhatFollowsTheConfirmation()
    {
        var store = await model.DemoStoreAsync();

        var result = await store.Policies.SearchAsync("What happens after I submit a return?");

        Assert.Equal("returns#what-happens-after-you-confirm", result.Passages[0].Anchor);
    }

    [Fact]
    public async Task OfTwoCloseSectionsTheOneUsingTheCustomersWordsComesFirst()
    {
        var store = await model.DemoStoreAsync();

        var result = await store.Policies.SearchAsync("When will my refund arrive?");

        Assert.Equal("refunds#how-long-a-refund-takes", result.Passages[0].Anchor);
    }

    [Theory]
    [InlineData("do you ship internationally?")]
    [InlineData("Do you offer gift wrapping?")]
    [InlineData("Do you ship to Canada?")]
    [InlineData("Which courier do you use?")]
    [InlineData("Do you charge for returns?")]
    public async Task AQuestionOnATopicTheArticlesTouchButDoNotAnswerFindsNothingReliable(string question)
    {
        var store = await model.DemoStoreAsync();

        var result = await store.Policies.SearchAsync(question);

        Assert.False(result.FoundReliableAnswer, string.Join(", ", result.Passages.Select(p => p.Anchor)));
    }

    [Fact]
    public async Task PassagesComeMostRelevantFirstAndEachIsReliableOnItsOwn()
    {
        var store = await model.DemoStoreAsync();

        var passages = (await store.Policies.SearchAsync("when will my refund arrive?", limit: 5)).Passages;

        Assert.Equal(5, passages.Count);
        Assert.Equal(passages.OrderByDescending(p => p.Score).Select(p => p.Anchor), passages.Select(p => p.Anchor));
        Assert.All(passages, p => Assert.True(p.Similarity >= store.Policies.MinimumSimilarity));
    }

    [Fact]
    public async Task PassagesCarryTheArticleTitleAndAnAnchorForCitation()
    {
        var store = await model.DemoStoreAsync();

        var first = (await store.Policies.SearchAsync("What do I need to tell you to return something?")).Passages[0];

        Assert.Equal("Returning items", first.ArticleTitle);
        Assert.Equal("returns#what-to-tell-us-to-return-something", first.Anchor);
    }

    [Fact]
    public async Task AQuestionTheArticlesDoNotCoverFindsNothingReliable()
    {
        var store = await model.DemoStoreAsync();

        var result = await store.Policies.SearchAsync("Who won the football world cup in 1986?");

        Assert.False(result.FoundReliableAnswer, $"best similarity {result.BestSimilarity:F3}");
        Assert.Empty(result.Passages);
    }
}
