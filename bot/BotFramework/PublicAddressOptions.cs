using System.ComponentModel.DataAnnotations;

namespace EcomBot.Bot.BotFramework;

/// <summary>
/// <c>Bot:PublicUrl</c>: the address customers reach this server at (<c>https://shop.example.com/</c>). Replies link the
/// store's help articles under it on every channel; unset, only the web chat page (which knows its own address) shows
/// those links, and other channels name the articles without a link that would lead nowhere. Kept apart from
/// <see cref="BotOptions"/> so replies can be rendered where the endpoint's own settings do not apply (the terminal chat).
/// </summary>
public sealed class PublicAddressOptions
{
    [Url(ErrorMessage = "Bot:PublicUrl must be an absolute http(s) URL.")]
    public string? PublicUrl { get; set; }
}
