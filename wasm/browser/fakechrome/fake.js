// The fake extension APIs of package fakechrome. Evaluated in the test's
// global scope; tokenHelperFakeChrome() installs a fresh one.
'use strict';
globalThis.tokenHelperFakeChrome = () => {
  const later = (f) => setTimeout(f, 0);
  const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
  function event() {
    const ls = [];
    return {
      listeners: ls,
      addListener(f) { ls.push(f); },
      removeListener(f) { const i = ls.indexOf(f); if (i >= 0) ls.splice(i, 1); },
      hasListener(f) { return ls.includes(f); },
      // fire calls each listener in a task of its own, as a browser does.
      fire(...args) { for (const f of ls.slice()) later(() => f(...args)); },
    };
  }
  // answer settles with what f returns now, in a later task (or when the
  // area releases what it holds back).
  function answer(owner, f) {
    let v, err;
    try { v = f(); } catch (e) { err = e; }
    return new Promise((resolve, reject) => {
      const settle = () => (err ? reject(err) : resolve(v));
      if (owner && owner.hold) {
        owner.held.push(settle);
        if (owner.onHold) owner.onHold();
      } else {
        later(settle);
      }
    });
  }
  const onChanged = event();
  function area(name) {
    const a = {
      data: {}, hold: false, held: [], onHold: null,
      release() { a.hold = false; for (const s of a.held.splice(0)) later(s); },
      get(keys) {
        return answer(a, () => {
          const out = {};
          const ks = keys == null ? Object.keys(a.data) : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
          for (const k of ks) if (k in a.data) out[k] = clone(a.data[k]);
          return out;
        });
      },
      set(items) { return answer(a, () => a.write(items)); },
      // write stores items as another context would, held back or not.
      write(items) {
        const changes = {};
        for (const k of Object.keys(items)) {
          changes[k] = { oldValue: a.data[k], newValue: clone(items[k]) };
          a.data[k] = clone(items[k]);
        }
        onChanged.fire(changes, name);
      },
      remove(keys) {
        return answer(a, () => {
          const changes = {};
          for (const k of typeof keys === 'string' ? [keys] : keys) {
            if (k in a.data) { changes[k] = { oldValue: a.data[k] }; delete a.data[k]; }
          }
          if (Object.keys(changes).length) onChanged.fire(changes, name);
        });
      },
    };
    return a;
  }
  const sent = [];
  const badges = {};
  const permissions = new Set();
  const tabs = { list: [], onRemoved: event(), onUpdated: event() };
  const extensionURL = 'chrome-extension://fake/';
  const chrome = {
    storage: { local: area('local'), session: area('session'), managed: area('managed'), onChanged },
    runtime: {
      onMessage: event(),
      sent,
      // reply answers a sendMessage; a test replaces it.
      reply: () => ({ ok: true }),
      sendMessage(msg) { sent.push(clone(msg)); return answer(null, () => chrome.runtime.reply(clone(msg))); },
      getURL(p) { return extensionURL + p; },
      getContexts() { return answer(null, () => chrome.offscreen.open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []); },
      getPlatformInfo() { return answer(null, () => ({ os: 'linux' })); },
    },
    tabs: {
      list: tabs.list,
      onRemoved: tabs.onRemoved,
      onUpdated: tabs.onUpdated,
      query() { return answer(null, () => tabs.list.filter((t) => t.active)); },
      get(id) {
        return answer(null, () => {
          const t = tabs.list.find((t) => t.id === id);
          if (!t) throw new Error('No tab with id: ' + id + '.');
          return t;
        });
      },
      // update changes the tab and fires onUpdated with what changed, as
      // a navigation does (the URL, then the status).
      update(id, props) {
        return answer(null, () => {
          const t = Object.assign(tabs.list.find((t) => t.id === id), props);
          if (props.url) tabs.onUpdated.fire(id, { url: props.url, status: 'loading' }, clone(t));
          return t;
        });
      },
    },
    permissions: {
      granted: permissions,
      contains(q) { return answer(null, () => q.permissions.every((p) => permissions.has(p))); },
      request(q) { return answer(null, () => { q.permissions.forEach((p) => permissions.add(p)); return true; }); },
      remove(q) { return answer(null, () => { q.permissions.forEach((p) => permissions.delete(p)); return true; }); },
    },
    action: {
      badges,
      setBadgeText(o) { return answer(null, () => { (badges[o.tabId] ||= {}).text = o.text; }); },
      setBadgeBackgroundColor(o) { return answer(null, () => { (badges[o.tabId] ||= {}).color = o.color; }); },
    },
    i18n: {
      // getMessage names the key and its arguments: the tests need no
      // catalogue.
      getMessage(key, subs) { return subs && subs.length ? key + '(' + subs.join(',') + ')' : key; },
    },
    offscreen: {
      open: false,
      createDocument() { return answer(null, () => { chrome.offscreen.open = true; }); },
      closeDocument() { return answer(null, () => { chrome.offscreen.open = false; }); },
    },
    tick() { return new Promise((resolve) => later(resolve)); },
  };
  globalThis.chrome = chrome;
  // The clipboard, as the popup sees it (Node has no navigator.clipboard).
  const clipboard = {
    text: '',
    writes: [],
    writeText(t) { clipboard.writes.push(t); return answer(null, () => { clipboard.text = t; }); },
  };
  chrome.clipboard = clipboard;
  if (!globalThis.navigator) globalThis.navigator = {};
  Object.defineProperty(globalThis.navigator, 'clipboard', { value: clipboard, configurable: true });
  return chrome;
};
