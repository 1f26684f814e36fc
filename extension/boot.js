// Starts the Go core (tokenhelper.wasm) in one of the extension's own
// contexts. The role tells Go what to be: background, popup, options or
// offscreen. Go calls tokenHelperReady(handler) once it listens.
'use strict';
function tokenHelperBoot(role) {
  const go = new Go();
  globalThis.tokenHelperRole = role;
  const url = chrome.runtime.getURL('tokenhelper.wasm');
  return WebAssembly.instantiateStreaming(fetch(url), go.importObject)
    .then((r) => go.run(r.instance))
    .catch((e) => console.error('token helper: Go did not start:', e));
}
// In a page: <script src="boot.js" data-role="…" [data-listen="…"]>; with
// data-listen the page also takes runtime messages addressed to it.
if (globalThis.document && document.currentScript && document.currentScript.dataset.role) {
  const d = document.currentScript.dataset;
  if (d.listen) tokenHelperListen(d.listen);
  tokenHelperBoot(d.role);
}
