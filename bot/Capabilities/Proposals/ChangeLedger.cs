namespace EcomBot.Bot.Capabilities.Proposals;

/// <summary>A conversation's change proposals and how many changes it carried out, as its state keeps them.</summary>
public sealed class ChangeLedger
{
    public List<ChangeProposal> Proposals { get; set; } = [];

    public int CarriedOut { get; set; }
}
