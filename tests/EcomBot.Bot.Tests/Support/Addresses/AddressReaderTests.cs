using EcomBot.Bot.Commerce.Records;
using EcomBot.Bot.Conversation.Support.Addresses;

namespace EcomBot.Bot.Tests.Support.Addresses;

public sealed class AddressReaderTests
{
    [Theory]
    [InlineData("12 Elm Street, Apt 4, Austin, TX, USA, 78701", "Apt 4")]
    [InlineData("12 Elm Street, Austin, TX, USA, 78701", "")]
    [InlineData("12 Elm Street, Apt 4, Austin, TX 78701", "Apt 4")]
    [InlineData("12 Elm Street, Apt 4, Austin TX 78701", "Apt 4")]
    [InlineData("12 Elm Street, Austin, Texas, United States, 78701.", "")]
    [InlineData("12 Elm Street\nApt 4\nAustin, tx 78701", "Apt 4")]
    public void AWholeAddressInOneMessageIsReadWhateverTheUsualFormItTakes(string answer, string line2)
    {
        var draft = new AddressDraft();

        Assert.Null(AddressReader.Read(answer, draft));

        Assert.Equal(new Address("12 Elm Street", line2, "Austin", "USA", "TX", "78701"), draft.ToAddress());
    }

    [Fact]
    public void TheAddressCanBeGivenOneFieldPerAnswerEachQuestionNamingTheNextField()
    {
        var draft = new AddressDraft();
        var asked = new List<string>();
        foreach (var answer in new[] { "12 Elm Street", "none", "Austin", "Texas", "USA", "78701" })
        {
            Assert.Null(AddressReader.Read(answer, draft));
            asked.Add(draft.IsComplete ? "" : AddressReader.AskNext(draft));
        }

        Assert.StartsWith("I still need the second address line, city, state, country and zip code", asked[0], StringComparison.Ordinal);
        Assert.StartsWith("I still need the city, state, country and zip code", asked[1], StringComparison.Ordinal);
        Assert.Equal("And the zip code?", asked[4]);
        Assert.Equal(new Address("12 Elm Street", "", "Austin", "USA", "TX", "78701"), draft.ToAddress());
    }

    [Fact]
    public void TheRestOfTheAddressCanFollowTheStreetInOneMessage()
    {
        var draft = new AddressDraft();
        AddressReader.Read("12 Elm Street", draft);

        Assert.Null(AddressReader.Read("Austin, TX 78701", draft));

        Assert.Equal(new Address("12 Elm Street", "", "Austin", "USA", "TX", "78701"), draft.ToAddress());
    }

    [Fact]
    public void NoSecondLineCanBeSaidTogetherWithTheCity()
    {
        var draft = new AddressDraft { Street = "12 Elm Street" };

        Assert.Null(AddressReader.Read("none, Austin", draft));

        Assert.Equal("", draft.Line2);
        Assert.Equal("Austin", draft.City);
        Assert.StartsWith("I still need the state, country and zip code", AddressReader.AskNext(draft), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAddressWithoutAZipCodeIsKeptAndOnlyTheZipCodeIsAskedFor()
    {
        var draft = new AddressDraft();

        Assert.Null(AddressReader.Read("12 Elm Street, Apt 4, Austin, TX, USA", draft));

        Assert.Equal("And the zip code?", AddressReader.AskNext(draft));
        Assert.Null(AddressReader.Read("78701", draft));
        Assert.True(draft.IsComplete);
    }

    [Theory]
    [InlineData("12 Elm Street, Austin, XX, USA, 78701", "\"XX\" isn't a US state")]
    [InlineData("12 Elm Street, Austin, ZZ 78701", "\"ZZ\" isn't a US state")]
    [InlineData("12 Elm Street, Apt 4, Austin, Texsa, USA, 78701", "\"Texsa\" isn't a US state")]
    [InlineData("12 Elm Street, Austin, TX, USA, 7870", "\"7870\" isn't a US zip code")]
    [InlineData("12 Elm Street, Austin, TX 787011", "\"787011\" isn't a US zip code")]
    public void AWrongStateOrZipCodeIsNamedAndNothingIsKept(string answer, string problem)
    {
        var draft = new AddressDraft();

        Assert.StartsWith(problem, AddressReader.Read(answer, draft), StringComparison.Ordinal);

        Assert.True(draft.IsEmpty);
        Assert.Equal(AddressReader.AskWhole, AddressReader.AskNext(draft));
    }

    [Theory]
    [InlineData("Texsa", "state", "\"Texsa\" isn't a US state")]
    [InlineData("123", "zip code", "\"123\" isn't a US zip code")]
    [InlineData("Canada", "country", "I can only take addresses in the USA")]
    public void AWrongAnswerToOneFieldIsRefusedAndTheSameFieldAskedAgain(string answer, string field, string problem)
    {
        var draft = new AddressDraft { Street = "12 Elm Street", Line2 = "", City = "Austin" };
        draft.State = field == "state" ? null : "TX";
        draft.Country = field is "state" or "country" ? null : "USA";

        var said = AddressReader.Read(answer, draft);

        Assert.StartsWith(problem, said, StringComparison.Ordinal);
        Assert.Contains(field, AddressReader.AskNext(draft, said), StringComparison.Ordinal);
        Assert.Equal(field, draft.Missing()[0].Name);
    }

    [Fact]
    public void AStreetAddressWithTheRestRunTogetherIsAskedToBeSeparatedByCommas()
    {
        var draft = new AddressDraft();

        Assert.StartsWith("Please separate the parts of the address with commas", AddressReader.Read("12 Elm Street Austin TX 78701", draft), StringComparison.Ordinal);
        Assert.True(draft.IsEmpty);
    }

    [Fact]
    public void ADescribedAddressLeavesOutAnEmptySecondLine() =>
        Assert.Equal("12 Elm Street, Austin, TX, USA, 78701", AddressReader.Describe(new Address("12 Elm Street", "", "Austin", "USA", "TX", "78701")));

    [Theory]
    [InlineData("show me the receipt for #W1713682")]
    [InlineData("where is my order")]
    [InlineData("jane@example.com")]
    [InlineData("can you help me")]
    public void ARequestOrOtherDetailsAreNotTakenAsTheCity(string answer)
    {
        var draft = new AddressDraft { Street = "12 Main St", Line2 = "" };

        var problem = AddressReader.Read(answer, draft);

        Assert.Contains("doesn't look like a city", problem, StringComparison.Ordinal);
        Assert.Null(draft.City);
    }

    [Theory]
    [InlineData("Austin")]
    [InlineData("St. Louis")]
    [InlineData("Winston-Salem")]
    [InlineData("Salt Lake City")]
    [InlineData("Coeur d'Alene")]
    public void CitiesAreTakenAsTheCity(string city)
    {
        var draft = new AddressDraft { Street = "12 Main St", Line2 = "" };

        Assert.Null(AddressReader.Read(city, draft));

        Assert.Equal(city, draft.City);
    }

    [Theory]
    [InlineData("show me the receipt for #W1713682")]
    [InlineData("my order #W1713682")]
    public void AnOrderIdIsNotTakenAsTheStreet(string answer)
    {
        var draft = new AddressDraft();

        Assert.NotNull(AddressReader.Read(answer, draft));

        Assert.True(draft.IsEmpty);
    }

    [Theory]
    [InlineData("I also want to change the laptop to item number 9844888101")]
    [InlineData("and I want to return 2 items please")]
    public void ARequestWithNumbersInItIsNotTakenAsTheStreet(string answer)
    {
        var draft = new AddressDraft();

        Assert.StartsWith($"\"{answer}\" doesn't look like a street address", AddressReader.Read(answer, draft), StringComparison.Ordinal);

        Assert.True(draft.IsEmpty);
    }
}
