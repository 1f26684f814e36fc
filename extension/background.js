// The service worker: Go answers its messages once it has started.
'use strict';
importScripts('wasm_exec.js', 'listen.js', 'boot.js');
tokenHelperListen('');
tokenHelperBoot('background');
