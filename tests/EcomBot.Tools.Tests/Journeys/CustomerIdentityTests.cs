using EcomBot.Tools.Journeys;

namespace EcomBot.Tools.Tests.Journeys;

/// <summary>Who the simulated customer says they are, from the task's <c>known_info</c> only.</summary>
public sealed class CustomerIdentityTests
{
    [Theory]
    [InlineData("You are Yusuf Rossi in zip code 19122.", "I'm Yusuf Rossi, zip code 19122.")]
    [InlineData("You are mei_kovacs_8020 living in zipcode 28236.", "I'm Mei Kovacs, zip code 28236.")]
    [InlineData("You're Chen Smith, living in Jacksonville 32278.", "I'm Chen Smith, zip code 32278.")]
    [InlineData("You are an interesting guy called Noah Patel, living in the Big Apple in 10108.", "I'm Noah Patel, zip code 10108.")]
    [InlineData("You are mia_garcia_4516 (mia.garcia2723@example.com).", "My email is mia.garcia2723@example.com.")]
    public void TheFirstDetailsAreWhatTheTaskSays(string knownInfo, string said) =>
        Assert.Equal(said, CustomerIdentity.From(knownInfo).Details(0));

    [Fact]
    public void EmailsAreTriedInTurnThenTheNameAndZip()
    {
        var identity = CustomerIdentity.From("Your name is Daiki Sanchez, and you live in 46236, your email is daikisanchez1479@example.com.");

        Assert.Equal("My email is daikisanchez1479@example.com.", identity.Details(0));
        Assert.Equal("I'm Daiki Sanchez, zip code 46236.", identity.Details(1));
        Assert.Null(identity.Details(2));
    }

    [Fact]
    public void ACustomerWithTwoEmailsAndNoSurnameGivesBothEmailsAndNothingElse()
    {
        var identity = CustomerIdentity.From("You are Amelia, and you have two emails: silva7872@example.com and amelia.silva7872@example.com.");

        Assert.Equal(["silva7872@example.com", "amelia.silva7872@example.com"], identity.Emails);
        Assert.Null(identity.Details(2));
    }
}
