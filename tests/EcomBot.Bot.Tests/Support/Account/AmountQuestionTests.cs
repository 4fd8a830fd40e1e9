using EcomBot.Bot.Conversation.Support.Account;

namespace EcomBot.Bot.Tests.Support.Account;

public sealed class AmountQuestionTests
{
    [Theory]
    [InlineData("what's left on my gift card?", AmountAsked.GiftCardBalance)]
    [InlineData("How much is my giftcard balance at the moment", AmountAsked.GiftCardBalance)]
    [InlineData("so how much money am I getting back altogether?", AmountAsked.MoneyBack)]
    [InlineData("What is the total amount refunded to me?", AmountAsked.MoneyBack)]
    [InlineData("how much do I have to pay for all of this?", AmountAsked.ToPay)]
    [InlineData("How much was I charged in total?", AmountAsked.ToPay)]
    [InlineData("how much did I spend on that order?", AmountAsked.OrderTotal)]
    [InlineData("What's the total cost of the items left in my order?", AmountAsked.OrderTotal)]
    [InlineData("What's the total price of all the grills I've bought in my previous orders?", AmountAsked.OrderTotal)]
    [InlineData("What's the most expensive item in that order, and what does it cost?", AmountAsked.ItemPrice)]
    [InlineData("which of the things I ordered was the cheapest", AmountAsked.ItemPrice)]
    [InlineData("What item in my order costs the most?", AmountAsked.ItemPrice)]
    [InlineData("How much money would I save by returning the water bottle, and how much by exchanging the pet bed?", AmountAsked.WhatIf)]
    [InlineData("how much would I get back if I cancelled my pending order", AmountAsked.WhatIf)]
    public void AQuestionAboutTheCustomersOwnMoneySaysWhichAmount(string text, AmountAsked asked)
    {
        Assert.Equal(asked, AmountQuestion.Read(text));
    }

    [Theory]
    [InlineData("how much is the red t-shirt in size L?")]
    [InlineData("how much does shipping cost?")]
    [InlineData("how much would I get back if I returned a used item?")]
    [InlineData("can I pay with a gift card?")]
    [InlineData("I want to return my gift card purchase")]
    [InlineData("Can you switch all the items in the order to their cheapest options?")]
    [InlineData("what's the cheapest laptop you have?")]
    public void PricesRulesAndRequestsAreNoAmountQuestions(string text)
    {
        Assert.Null(AmountQuestion.Read(text));
    }
    [Theory]
    [InlineData("How much did I pay for the order I placed most recently?")]
    [InlineData("what did my latest order cost?")]
    [InlineData("the total of the order I just placed")]
    public void WordsForTheNewestOrderMeanTheLatest(string text)
    {
        Assert.True(AmountQuestion.MeansLatest(text));
    }

    [Fact]
    public void AWordOnlyContainingLastIsNoWordForTheNewestOrder()
    {
        Assert.False(AmountQuestion.MeansLatest("how much did my plastic blaster cost?"));
    }
}
