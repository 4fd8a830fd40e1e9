using EcomBot.Bot.Conversation.Routing;
using EcomBot.Bot.Conversation.Support.Identity;

namespace EcomBot.Bot.Tests.Support.Identity;

public sealed class IdentityOnlyMessageTests
{
    [Theory]
    [InlineData("hi I'm Olivia Smith, zip 32177")]
    [InlineData("my email is raj.sanchez2046@example.com")]
    [InlineData("raj.sanchez2046@example.com")]
    [InlineData("this is Raj Sanchez, 19122")]
    [InlineData("Jane Doe 12345")]
    [InlineData("hey there, my e-mail address is jane@example.com")]
    public void AMessageThatOnlySaysWhoTheCustomerIsIsIdentityOnly(string text) =>
        Assert.True(CustomerIdentification.IsOnlyIdentity(text, IntentPrediction.Unknown));

    [Theory]
    [InlineData("Hi, I'm Olivia Smith from 32177 - has my order shipped yet?")]
    [InlineData("I want to cancel my order, my email is raj.sanchez2046@example.com")]
    [InlineData("my email is jane@example.com and my order is #W1234567")]
    [InlineData("ship it to 12 Main St, Austin 78701")]
    [InlineData("where is my order")]
    public void AMessageThatAlsoAsksForSomethingIsNot(string text) =>
        Assert.False(CustomerIdentification.IsOnlyIdentity(text, IntentPrediction.Unknown));
}
