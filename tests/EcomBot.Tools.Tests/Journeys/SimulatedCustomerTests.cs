using EcomBot.Tools.Journeys;

namespace EcomBot.Tools.Tests.Journeys;

/// <summary>
/// The simulated customer answers each question by what it asks, from its card only. Task 48's gold returns the Air
/// Purifier ($473.43) of delivered #W9502127 to PayPal; that order also holds two vacuum cleaners.
/// </summary>
public sealed class SimulatedCustomerTests
{
    private const string ReturnConfirmation =
        "Please confirm the return from order #W9502127:\n- Air Purifier (room size: large, filter type: ionic, features: smart sensors) $473.43\n"
        + "Refund of $473.43 to PayPal.\nReply \"yes\" to start the return; anything else changes nothing.";

    private static readonly CustomerIdentity Daiki = CustomerIdentity.From("You are daiki_johnson_9523 living in Denver, USA, 80273.");

    [Fact]
    public void ACustomerOpensWithTheirRequestAndAnswersWhoTheyAreWithWhatTheTaskSays()
    {
        var customer = Customer(new CustomerRequest { Say = "I want to return the air purifier.", Items = [new WantedItem { Name = "Air Purifier" }] });

        Assert.Equal("I want to return the air purifier.", customer.Opening);
        Assert.Equal("I'm Daiki Johnson, zip code 80273.", customer.Answer(Bot("Before we look at your orders I need to confirm who you are. Please tell me the email address on your account, or your first name, last name and zip code.")));
    }

    [Fact]
    public void TheOrderIsNamedByItsIdOnlyWhereTheCardStatesItOtherwiseByItsItems()
    {
        const string Which = "Which order would you like to return items from? Only delivered orders can be returned.";
        var withId = Customer(new CustomerRequest { Say = "A return.", Order = "#W9502127" });
        var withoutId = Customer(new CustomerRequest { Say = "A return.", Items = [new WantedItem { Name = "Air Purifier" }] });

        Assert.Equal("It's order #W9502127.", withId.Answer(Bot(Which)));
        Assert.Equal("The order with the air purifier.", withoutId.Answer(Bot(Which)));
    }

    [Fact]
    public void OptionsAreGivenForTheItemTheBotAsksAboutAndTheNextWishWhenAskedAgain()
    {
        var customer = Customer(new CustomerRequest
        {
            Say = "I want to exchange the water bottle and the desk lamp.",
            Items = [new WantedItem { Name = "Water Bottle", Want = ["A bigger one"] }, new WantedItem { Name = "Desk Lamp", Want = ["Less bright, battery", "Less bright, USB"] }],
        });
        const string Lamp = "Which Desk Lamp would you like instead of Desk Lamp (brightness: medium) $137.94? Name the options you want changed.";

        Assert.Equal("Less bright, battery.", customer.Answer(Bot(Lamp)));
        Assert.Equal("Less bright, USB.", customer.Answer(Bot(Lamp)));
        Assert.Equal("A bigger one.", customer.Answer(Bot("Which Water Bottle would you like instead of Water Bottle (capacity: 500ml) $45.13? Name the options you want changed.")));
    }

    [Fact]
    public void TheCustomerSaysYesOnlyToTheChangeTheyWant()
    {
        var wanted = Customer(new CustomerRequest { Say = "A return." });
        var tooMuch = Customer(new CustomerRequest { Say = "A return." });

        var yes = wanted.Answer(Bot(ReturnConfirmation, "yes", "no"));
        var no = tooMuch.Answer(Bot(ReturnConfirmation.Replace("$473.43\n", "$473.43\n- Vacuum Cleaner (type: robotic) $652.61\n", StringComparison.Ordinal), "yes", "no"));

        Assert.Equal("yes", yes);
        Assert.Equal("No, those aren't the items I mean.", no);
    }

    [Fact]
    public void AfterTheChangeIsDoneTheCustomerGoesOnToTheirNextRequestAndSaysGoodbyeAtTheEnd()
    {
        var customer = Customer(
            new CustomerRequest { Say = "A return." },
            new CustomerRequest { Say = "How much will I get back?", Kind = CustomerRequest.QuestionKind });

        customer.Answer(Bot(ReturnConfirmation, "yes", "no"));
        var next = customer.Answer(Bot("Done: order #W9502127 is now \"return requested\"."));
        var last = customer.Answer(Bot("You'll get $473.43 back."));

        Assert.Equal("How much will I get back?", next);
        Assert.Equal(SimulatedCustomer.Goodbye, last);
        Assert.True(customer.Finished);
    }

    [Fact]
    public void AChangeOfMindIsSaidWhenItsQuestionComesAndTheNewRequestFollows()
    {
        var card = new CustomerCard
        {
            Task = "48",
            Requests = [new CustomerRequest { Say = "Return the vacuum cleaner." }],
            Script = [new MindChange { On = nameof(BotQuestion.Confirmation), Say = "Wait, I've changed my mind.", Then = [new CustomerRequest { Say = "Return the air purifier instead." }] }],
        };
        var customer = new SimulatedCustomer(card, Daiki, TrainJourneys.Judge("48"));

        var changed = customer.Answer(Bot(ReturnConfirmation, "yes", "no"));
        var instead = customer.Answer(Bot("OK, I have not started a return for order #W9502127; nothing has changed."));

        Assert.Equal("Wait, I've changed my mind.", changed);
        Assert.Equal("Return the air purifier instead.", instead);
    }

    [Fact]
    public void ARequestAboutEveryOrderPressesTheNextListedOrderNeverAnExampleInASentence()
    {
        var customer = Customer(new CustomerRequest { Say = "Cancel all my pending orders.", EachOrder = true });
        const string Which = "I couldn't tell which order you mean. Please pick one below or type its number, like #W1234567.\n"
            + "- #W1436802 (pending): Tea Kettle\n- #W5282037 (pending): Garden Hose, Makeup Kit";

        var first = customer.Answer(Bot(Which, "#W1436802 (pending)", "#W5282037 (pending)"));
        var second = customer.Answer(Bot(Which, "#W1436802 (pending)", "#W5282037 (pending)"));

        Assert.Equal("#W1436802 (pending)", first);
        Assert.Equal("#W5282037 (pending)", second);
    }

    [Fact]
    public void ACustomerAskedTheSameThingOverAndOverGivesUpOnThatRequest()
    {
        var customer = Customer(
            new CustomerRequest { Say = "Cancel it.", Reason = "I no longer need it." },
            new CustomerRequest { Say = "What's my balance?", Kind = CustomerRequest.QuestionKind });
        const string Why = "Why would you like to cancel order #W1436802?";

        var answers = Enumerable.Range(0, 3).Select(_ => customer.Answer(Bot(Why))).ToList();

        Assert.Equal(["I no longer need it.", "I no longer need it.", "What's my balance?"], answers);
    }

    [Fact]
    public void ARefusalThatAsksAgainWhatTheCustomerAnsweredMakesThemSayTheirFallBack()
    {
        var customer = Customer(new CustomerRequest
        {
            Say = "I want to return the air purifier, refunded to my credit card.",
            Payment = ["My credit card."],
            Otherwise = new CustomerRequest { Say = "Then return it to my gift card.", Payment = ["My gift card."] },
        });
        const string Refusal = "I can't refund order #W9502127 to a credit card: a refund can go only to PayPal, the method the order was paid with. Where should the refund go instead?";

        Assert.Equal("My credit card.", customer.Answer(Bot(Refusal)));
        Assert.Equal("Then return it to my gift card.", customer.Answer(Bot(Refusal)));
    }

    [Fact]
    public void AQuestionAskedAgainWithoutARefusalGetsTheCardsNextAnswerNotTheFallBack()
    {
        var customer = Customer(new CustomerRequest
        {
            Say = "I want to return the air purifier.",
            Payment = ["My credit card.", "PayPal then."],
            Otherwise = new CustomerRequest { Say = "Then forget it." },
        });
        const string Where = "Where should the refund go? To the original payment method, or to an existing gift card.";

        Assert.Equal("My credit card.", customer.Answer(Bot(Where)));
        Assert.Equal("PayPal then.", customer.Answer(Bot(Where)));
    }

    private static SimulatedCustomer Customer(params CustomerRequest[] requests) =>
        new(new CustomerCard { Task = "48", Requests = requests }, Daiki, TrainJourneys.Judge("48"));

    private static BotMessage[] Bot(string text, params string[] buttons) => [new BotMessage(text, buttons)];
}
