// Registers the runtime message listener synchronously (an MV3 rule for
// the service worker) and queues messages until Go takes them: Go calls
// tokenHelperReady(handler) once it runs. Each context answers only the
// messages addressed to it: the service worker those without "to", the
// offscreen document those with to: "offscreen".
'use strict';
function tokenHelperListen(to) {
  const queue = [];
  let handle = null;
  globalThis.tokenHelperReady = (handler) => {
    handle = handler;
    for (const args of queue.splice(0)) handle(...args);
  };
  chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (!msg || (msg.to || '') !== to) return false;
    const from = {
      tab: sender.tab ? sender.tab.id : -1,
      frame: sender.frameId || 0,
      url: sender.url || '',
      extension: (sender.url || '').startsWith(chrome.runtime.getURL('')),
    };
    const args = [msg, from, sendResponse];
    if (handle) handle(...args); else queue.push(args);
    return true; // the reply comes later
  });
}
