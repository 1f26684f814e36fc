// Registers the runtime message listener synchronously (an MV3 rule for
// the service worker) and queues messages until Go takes them: Go calls
// tokenHelperReady(handler) once it runs. Each context answers only the
// messages addressed to it: the service worker those without "to", the
// offscreen document those with to: "offscreen".
//
// If Go cannot start, or ends, boot.js calls tokenHelperFailed(why): the
// queued messages and every later one are answered with that error, so
// that no sender waits for a reply that cannot come.
'use strict';
function tokenHelperListen(to) {
  const queue = [];
  let handle = null;
  let failed = '';
  const refuse = (sendResponse) => sendResponse({ ok: false, error: failed });
  globalThis.tokenHelperReady = (handler) => {
    if (failed) return;
    handle = handler;
    for (const args of queue.splice(0)) handle(...args);
  };
  globalThis.tokenHelperFailed = (why) => {
    failed = 'the extension could not start: ' + (why || 'unknown error');
    handle = null;
    for (const args of queue.splice(0)) refuse(args[2]);
  };
  chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (!msg || (msg.to || '') !== to) return false;
    if (failed) { refuse(sendResponse); return false; }
    const from = {
      tab: sender.tab ? sender.tab.id : -1,
      frame: sender.frameId || 0,
      url: sender.url || '',
      extension: (sender.url || '').startsWith(chrome.runtime.getURL('')),
      incognito: !!(sender.tab && sender.tab.incognito),
    };
    const args = [msg, from, sendResponse];
    if (handle) handle(...args); else queue.push(args);
    return true; // the reply comes later
  });
  // The background forgets a tab that closed: the event, in the same
  // queue, as a request from the extension itself.
  if (to === '' && chrome.tabs && chrome.tabs.onRemoved) {
    const self = { tab: -1, frame: 0, url: chrome.runtime.getURL(''), extension: true };
    chrome.tabs.onRemoved.addListener((tab) => {
      const args = [{ kind: 'forget', tab }, self, () => {}];
      if (failed) return;
      if (handle) handle(...args); else queue.push(args);
    });
  }
}
