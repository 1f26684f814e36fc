// The page report, for a bug report about a page the extension got wrong:
// when the popup asks (a port named "page-report"), this document answers
// with the structure of the parts that detection looks at: the navigation
// trees, the Classic frames and their wrappers, the forms. Tag names,
// classes, ids, a few structural attributes, and link, frame and form
// targets without query string or fragment. Never any text of the page,
// nor the value of title, aria-label, value or placeholder.
// Generic, and idle until asked: no work on any page otherwise.
(() => {
  'use strict';
  const maxNodes = 600;   // per document: enough for a personal-settings tree
  const maxDepth = 40;
  const maxWalk = 50000;  // elements looked at to find the parts
  const parts = '.onesetupSetupNavTree, [class*="onesetupSetupNavTree"], [role="tree"], #setupNavTree, ' +
    'force-aloha-page, .oneAlohaPage, .onesetupSetupComponent, iframe, form';
  const attrs = [['data-node-id', 'nodeId'], ['aria-expanded', 'expanded'], ['role', 'role'],
    ['data-placement', 'placement'], ['aria-level', 'level']];

  // Only scheme, host and path: the query and fragment may carry anything.
  function target(u) {
    try {
      const x = new URL(u, location.href);
      if (x.protocol !== 'https:' && x.protocol !== 'http:') return x.protocol;
      return x.origin + x.pathname;
    } catch (e) {
      return '';
    }
  }

  function node(el, depth, shadow) {
    const n = { depth, shadow, tag: el.localName, id: el.id || '', class: el.getAttribute('class') || '', link: '', type: '', name: '' };
    for (const [a, k] of attrs) n[k] = el.getAttribute(a) || '';
    const t = el.localName;
    if (t === 'a' && el.hasAttribute('href')) n.link = target(el.getAttribute('href'));
    if ((t === 'iframe' || t === 'frame') && el.hasAttribute('src')) n.link = target(el.getAttribute('src'));
    if (t === 'form') n.link = target(el.getAttribute('action') || '');
    if (t === 'input' || t === 'button') {
      n.type = el.getAttribute('type') || '';
      if (n.type === 'submit' || t === 'button') n.name = el.getAttribute('name') || '';
    }
    return n;
  }

  function collect() {
    const out = [];
    let cut = false;
    let walked = 0;
    // emit reports el and its subtree, open shadow roots included.
    const emit = (el, depth, shadow) => {
      if (out.length >= maxNodes) { cut = true; return; }
      out.push(node(el, depth, shadow));
      if (depth >= maxDepth) return;
      if (el.shadowRoot && el.shadowRoot.mode === 'open') {
        out.push({ depth: depth + 1, tag: '#shadow-root' });
        for (const c of el.shadowRoot.children) emit(c, depth + 2, false);
      }
      for (const c of el.children) emit(c, depth + 1, false);
    };
    // visit finds the parts, outermost only, in the light DOM and in
    // open shadow roots (shadow: the part lies in one).
    const visit = (el, shadow) => {
      if (++walked > maxWalk) { cut = true; return; }
      if (el.matches(parts)) { emit(el, 0, shadow); return; }
      if (el.shadowRoot && el.shadowRoot.mode === 'open') for (const c of el.shadowRoot.children) visit(c, true);
      for (const c of el.children) visit(c, shadow);
    };
    visit(document.documentElement, false);
    return {
      top: window === window.top,
      url: target(location.href),
      lang: document.documentElement.getAttribute('lang') || '',
      body: document.body ? document.body.getAttribute('class') || '' : '',
      nodes: out,
      cut,
    };
  }

  chrome.runtime.onConnect.addListener((port) => {
    if (port.name !== 'page-report') return;
    try {
      port.postMessage(collect());
    } catch (e) {
      port.postMessage({ top: window === window.top, url: target(location.href), error: String(e && e.name) });
    }
  });
})();
