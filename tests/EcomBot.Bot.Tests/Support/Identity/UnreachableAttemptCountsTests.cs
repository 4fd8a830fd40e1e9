using EcomBot.Bot.Conversation;
using EcomBot.Bot.Conversation.Support.Identity;
using EcomBot.Bot.Conversation.Support.Identity.Attempts;
using EcomBot.Bot.State;
using EcomBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcomBot.Bot.Tests.Support.Identity;

public sealed class UnreachableAttemptCountsTests
{
    [Fact]
    public async Task WhenTheAttemptCountsCannotBeReachedRightDetailsDoNotIdentifyUncounted()
    {
        using var app = TestApp.Create(services: services =>
            services.Replace(ServiceDescriptor.Singleton<IIdentificationAttemptStore>(new UnreachableAttempts())));
        var router = app.RouterWith(FakeIntentClassifier.Fixed([]), [app.Flow<IdentifyCustomerFlow>()]);
        var conversation = new ConversationData();

        // The channel edge answers a StoreUnavailableException with "that has to wait" and keeps the stored state.
        await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            router.RouteAsync(new CustomerMessage("Isabella Sanchez 85093", "test", "u1", "c1"), conversation, CancellationToken.None));

        Assert.Null(conversation.CustomerId);
    }

    private sealed class UnreachableAttempts : IIdentificationAttemptStore
    {
        public Task<AttemptTally> GetAsync(string key, CancellationToken cancellationToken) =>
            throw new StoreUnavailableException("identification attempts", outcomeUnknown: false);

        public Task<AttemptTally> AddAsync(string key, TimeSpan rememberFor, CancellationToken cancellationToken) =>
            throw new StoreUnavailableException("identification attempts", outcomeUnknown: false);
    }
}
