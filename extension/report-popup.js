// The popup's side of the page report (wasm/popup/report.go calls it):
// opens a port named "page-report" to every document of a tab
// (extension/report.js answers), and resolves with the answers that came,
// once quietMs passed without a new one, or after waitMs at most. It
// rejects when no document could be reached (no content script there).
'use strict';
function tokenHelperPageReport(tab, waitMs, quietMs) {
  return new Promise((resolve, reject) => {
    const parts = [];
    let calm = 0;
    let port;
    const end = (err) => {
      clearTimeout(limit);
      clearTimeout(calm);
      try { port.disconnect(); } catch (e) { /* already gone */ }
      if (err && parts.length === 0) reject(err); else resolve(parts);
    };
    const limit = setTimeout(() => end(null), waitMs);
    try {
      port = chrome.tabs.connect(tab, { name: 'page-report' });
    } catch (e) {
      end(new Error('no-answer'));
      return;
    }
    port.onMessage.addListener((m) => {
      parts.push(m);
      clearTimeout(calm);
      calm = setTimeout(() => end(null), quietMs);
    });
    port.onDisconnect.addListener(() => {
      void chrome.runtime.lastError; // read, so the browser does not log it
      end(new Error('no-answer'));
    });
  });
}
