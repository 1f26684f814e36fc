// Firefox's background: an event page, not a service worker. The manifest
// lists wasm_exec.js, listen.js and boot.js before this file, where
// background.js imports them. Firefox has no offscreen documents: this
// page is where the clipboard gets cleared, and the paste check before
// clearing needs the textarea that offscreen.html has.
'use strict';
document.body.appendChild(Object.assign(document.createElement('textarea'), { id: 'scratch' }));
tokenHelperListen('');
tokenHelperBoot('background');
