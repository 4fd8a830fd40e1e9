namespace EcomBot.Bot.Conversation.Support.Identity;

/// <summary>
/// How a customer proves who they are (<c>Identity:Mode</c>). The mode is read in one place,
/// <see cref="CustomerIdentification"/>'s choice of <see cref="IdentificationDoor"/>: a further mode is one more value
/// here and one more branch there. In every mode an identity the channel vouches for (<see cref="ChannelVouchedIdentity"/>)
/// identifies the customer without a question.
/// </summary>
public enum IdentityMode
{
    /// <summary>The demo store's policy: the email on the account, or first name, last name and zip code, identify the
    /// customer at once. A customer whose details were held back after a stranger's guesses verifies by an emailed code.</summary>
    EmailOrNameZip,

    /// <summary>Only a one-time code sent to the email on the account identifies the customer; the bot answers alike
    /// whether or not an email is on an account.</summary>
    VerifiedEmail,

    /// <summary>Only an identity the channel vouches for (a signed-in shopper's Direct Line token, minted by the shop's
    /// back end with the secret) identifies the customer; details typed in chat are never looked up, and a customer who is
    /// not signed in is asked to sign in on the website.</summary>
    SignedIn,
}

/// <summary>The way this turn's details are checked.</summary>
internal enum IdentificationDoor
{
    /// <summary>Looked up as given: the email, or the name and zip code.</summary>
    Details,

    /// <summary>An email gets a one-time code; the code identifies.</summary>
    EmailCode,

    /// <summary>Nothing typed identifies: the customer must sign in where the channel can vouch for them.</summary>
    SignIn,
}
