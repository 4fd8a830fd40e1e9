namespace EcomBot.Bot.Conversation.Support.Identity;

/// <summary>
/// How a customer proves who they are (<c>Identity:Mode</c>). The mode is read in one place,
/// <see cref="CustomerIdentification"/>'s choice of <see cref="IdentificationDoor"/>: a further mode (such as
/// <c>SignedIn</c>, an identity the channel vouches for) is one more value here and one more branch there.
/// </summary>
public enum IdentityMode
{
    /// <summary>The demo store's policy: the email on the account, or first name, last name and zip code, identify the
    /// customer at once. A customer whose details were held back after a stranger's guesses verifies by an emailed code.</summary>
    EmailOrNameZip,

    /// <summary>Only a one-time code sent to the email on the account identifies the customer; the bot answers alike
    /// whether or not an email is on an account.</summary>
    VerifiedEmail,
}

/// <summary>The way this turn's details are checked.</summary>
internal enum IdentificationDoor
{
    /// <summary>Looked up as given: the email, or the name and zip code.</summary>
    Details,

    /// <summary>An email gets a one-time code; the code identifies.</summary>
    EmailCode,
}
