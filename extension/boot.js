// Starts the Go core (tokenhelper.wasm) in one of the extension's own
// contexts. The role tells Go what to be: background, popup, options or
// offscreen. Go calls tokenHelperReady(handler) once it listens.
//
// A Go that cannot start, or that ends, is a failure to show, not to
// swallow: the messages waiting for it get an error (listen.js), and a
// page shows why.
'use strict';
function tokenHelperBoot(role) {
  const go = new Go();
  globalThis.tokenHelperRole = role;
  const url = chrome.runtime.getURL('tokenhelper.wasm');
  const fail = (why) => {
    console.error('token helper: Go did not start or ended:', why);
    const text = String((why && why.message) || why || '');
    if (globalThis.tokenHelperFailed) globalThis.tokenHelperFailed(text);
    // Where the page says it is loading (the popup's tab status), else
    // its alert region (the options page).
    const where = globalThis.document &&
      (document.querySelector('[data-state="loading"]') || document.querySelector('[role="alert"]'));
    if (where) {
      where.textContent = chrome.i18n.getMessage('bootFailed', [text]) || 'The extension could not start: ' + text;
      if (where.dataset.state) where.dataset.state = 'error';
      document.documentElement.dataset.bootFailed = 'true';
    }
  };
  return WebAssembly.instantiateStreaming(fetch(url), go.importObject)
    .then((r) => go.run(r.instance))
    .then(() => fail('the Go program ended'), fail);
}
// In a page: <script src="boot.js" data-role="…" [data-listen="…"]>; with
// data-listen the page also takes runtime messages addressed to it.
if (globalThis.document && document.currentScript && document.currentScript.dataset.role) {
  const d = document.currentScript.dataset;
  if (d.listen) tokenHelperListen(d.listen);
  tokenHelperBoot(d.role);
}
