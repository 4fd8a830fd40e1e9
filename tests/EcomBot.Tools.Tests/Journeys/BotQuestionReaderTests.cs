using EcomBot.Tools.Journeys;

namespace EcomBot.Tools.Tests.Journeys;

/// <summary>The bot's questions, in the bot's own wording, read as a customer reads them.</summary>
public sealed class BotQuestionReaderTests
{
    [Theory]
    [InlineData("Before we look at your orders I need to confirm who you are. Please tell me the email address on your account, or your first name, last name and zip code.", BotQuestion.Identify)]
    [InlineData("I couldn't find an account with those details. Please check the email address, or give your first name, last name and 5-digit zip code.", BotQuestion.IdentityNotFound)]
    [InlineData("Which order would you like to cancel? Only pending orders can be cancelled.\n- #W5056519 (pending): Makeup Kit", BotQuestion.WhichOrder)]
    [InlineData("Which items from order #W5272531 would you like to return? You can name several at once.", BotQuestion.WhichItems)]
    [InlineData("Which Desk Lamp would you like instead of Desk Lamp (color: white, brightness: medium, power source: USB) $137.94? Name the options you want changed.", BotQuestion.WhichOptions)]
    [InlineData("Why would you like to cancel order #W3561391?", BotQuestion.Reason)]
    [InlineData("Where should the refund go? To the original payment method, or to an existing gift card.", BotQuestion.PaymentMethod)]
    [InlineData("Order #W5061109 ($1,319.43) is paid with PayPal. Which of your saved payment methods should pay for it instead?", BotQuestion.PaymentMethod)]
    [InlineData("Where should order #W6750959 ship? Send the whole address in one message (street, second line, city, state, country, zip).", BotQuestion.Address)]
    [InlineData("Please confirm the return from order #W9502127:\n- Air Purifier (room size: large) $473.43\nReply \"yes\" to start the return; anything else changes nothing.", BotQuestion.Confirmation)]
    [InlineData("I don't seem to be getting this right. Would you like me to pass you to a person on our support team?", BotQuestion.OfferPerson)]
    [InlineData("You're welcome! Is there anything else I can help you with?", BotQuestion.Other)]
    [InlineData("Order #W2692684 is delivered.", BotQuestion.None)]
    public void TheQuestionIsReadByWhatItAsks(string text, BotQuestion expected) =>
        Assert.Equal(expected, BotQuestionReader.Read([new BotMessage(text)]).Question);

    [Theory]
    [InlineData("Done: order #W7449508 is now \"return requested\".", BotOutcome.Done)]
    [InlineData("OK, I have not started a return for order #W9218746; nothing has changed.", BotOutcome.NothingChanged)]
    [InlineData("Only pending orders can be cancelled; order #W1 is delivered, so it can no longer be cancelled.", BotOutcome.Refused)]
    [InlineData("Order #W2692684 is delivered.", BotOutcome.None)]
    public void TheOutcomeIsReadFromWhatTheBotSaysHappened(string text, BotOutcome expected) =>
        Assert.Equal(expected, BotQuestionReader.Read([new BotMessage(text)]).Outcome);

    [Fact]
    public void AProposalIsReadBeforeTheItemsItLists()
    {
        var replies = new[]
        {
            new BotMessage("Returning: Skateboard (deck material: bamboo) $200.80."),
            new BotMessage("Please confirm the return from order #W3792453:\n- Skateboard $200.80\nReply \"yes\" to start the return; anything else changes nothing.", "yes", "no"),
        };

        var reading = BotQuestionReader.Read(replies);

        Assert.Equal(BotQuestion.Confirmation, reading.Question);
        Assert.StartsWith("Please confirm the return", BotQuestionReader.ConfirmationText(replies), StringComparison.Ordinal);
    }
}
