// Starts Web Chat against the bot's own Direct Line endpoint. The page asks the bot for a token; it never sees
// the Direct Line secret.
(async function startHelpWidget() {
  const directLineUrl = `${window.location.origin}/v3/directline`;

  // The bot links its help articles by path ("[Refunds](/help/refunds#...)"). Web Chat treats a link without a scheme
  // as a citation button that opens nothing, so paths become links on this site (opened in a new tab by Web Chat).
  const linkOnThisSite = text => text.replace(/\]\((\/[^)\s]*)\)/g, (_, path) => `](${window.location.origin}${path})`);
  const store = window.WebChat.createStore({}, () => next => action => {
    const activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' ? action.payload.activity : undefined;
    if (typeof activity?.text === 'string') {
      return next({ ...action, payload: { ...action.payload, activity: { ...activity, text: linkOnThisSite(activity.text) } } });
    }
    return next(action);
  });
  const errorBox = document.getElementById('webchat-error');

  try {
    const response = await fetch(`${directLineUrl}/tokens/generate`, { method: 'POST' });
    if (!response.ok) {
      throw new Error(`the chat service answered ${response.status}`);
    }
    const { token } = await response.json();

    window.WebChat.renderWebChat(
      {
        directLine: window.WebChat.createDirectLine({ domain: directLineUrl, token, webSocket: true }),
        locale: navigator.language || 'en-US',
        store,
        styleOptions: {
          accent: '#0f766e',
          backgroundColor: '#f8fafc',
          botAvatarInitials: 'SA',
          botAvatarBackgroundColor: '#0f766e',
          bubbleBackground: '#ffffff',
          bubbleBorderColor: '#e5e7eb',
          bubbleBorderRadius: 12,
          bubbleFromUserBackground: '#0f766e',
          bubbleFromUserTextColor: '#ffffff',
          bubbleFromUserBorderRadius: 12,
          hideUploadButton: true,
          primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
          sendBoxButtonColor: '#0f766e',
          sendBoxPlaceholderColor: '#6b7280',
          suggestedActionBackgroundColor: '#ffffff',
          suggestedActionBorderColor: '#0f766e',
          suggestedActionBorderRadius: 16,
          suggestedActionTextColor: '#0f766e',
          suggestedActionLayout: 'flow',
        },
      },
      document.getElementById('webchat')
    );
    document.querySelector('#webchat input, #webchat textarea')?.focus();
  } catch (error) {
    errorBox.textContent = `Sorry, the chat is unavailable right now (${error.message}). Please try again later.`;
    errorBox.hidden = false;
  }
})();
