// The in-page layer: generic, and thin on purpose. It knows nothing about
// Salesforce. It reports what a document is, watches the selectors the Go
// core asks for, reports what they match (a few attributes, never HTML),
// and applies the answer: one attribute on one element, and a hint whose
// text is set with textContent inside a shadow root.
// tokenHelperPrefilter (content-config.js, generated from Go) says which URLs
// are worth asking about; on every other page this script does nothing
// but, in the top frame, notice same-document navigations.
(() => {
  'use strict';
  const ATTR = 'data-token-helper';
  const maxMatches = 500;
  const isTop = window === window.top;
  let epoch = 0;        // bumps on every navigation; stale answers are dropped
  let plan = null;      // the last answer that asked to watch something
  let observer = null;
  let roots = [];       // open shadow roots being watched
  let rootsAt = 0;
  let rootsTimer = 0;
  let queued = false;
  let lastFacts = '';
  let lastRef = null;   // the highlight of the last facts answer
  let factsSeq = 0;     // numbers facts requests; older answers are dropped
  let marked = null;    // {el, style}
  let hint = null;      // the hint's host element
  let hintTimer = 0;
  let url = location.href;
  let wasRelevant = false;

  const relevant = (u) => {
    const s = u.toLowerCase();
    return tokenHelperPrefilter.some((p) => s.includes(p));
  };

  // A refusal ({ok: false, error}) is not an answer: it changes nothing.
  const isAnswer = (a) => !!a && Array.isArray(a.watch);

  const send = (req) => {
    try {
      return chrome.runtime.sendMessage(req).catch(() => null);
    } catch (e) {
      return Promise.resolve(null); // the extension was reloaded or removed
    }
  };

  // stopWatching forgets the plan; the marks stay until the next answer
  // replaces or removes them, so that a URL change within a page that
  // keeps its state (Lightning rewrites its query) does not flicker.
  function stopWatching() {
    epoch++;
    plan = null;
    lastFacts = '';
    lastRef = null;
    if (observer) observer.disconnect();
    observer = null;
    roots = [];
    rootsAt = 0;
    clearTimeout(rootsTimer);
    rootsTimer = 0;
    document.removeEventListener('input', schedule, true);
  }

  async function consider() {
    stopWatching();
    url = location.href;
    if (!relevant(url)) {
      unmark();
      removeHint();
      // Leaving a page we acted on: let the worker clear the tab's state
      // (badge, popup). Otherwise nothing is sent.
      if (isTop && wasRelevant) send({ kind: 'page', url, title: '', top: true });
      wasRelevant = false;
      return;
    }
    wasRelevant = true;
    const my = epoch;
    const answer = await send({ kind: 'page', url, title: document.title, top: isTop });
    if (my !== epoch || !isAnswer(answer)) return;
    if ((answer.watch && answer.watch.length) || answer.input) {
      plan = answer;
      watch();
      collect();
    } else {
      apply(answer, []);
    }
  }

  // An input-only plan needs no observer: input events reach the
  // document whenever the box renders.
  function watch() {
    if (plan.watch && plan.watch.length) {
      observer = new MutationObserver(onMutations);
      observer.observe(document, { childList: true, subtree: true });
    }
    if (plan.input) document.addEventListener('input', schedule, true);
  }

  function onMutations(records) {
    // Our own hint changing is not news.
    if (hint && records.every((r) => hint.contains(r.target) || [...r.addedNodes, ...r.removedNodes].every((n) => n === hint))) return;
    schedule();
  }

  function schedule() {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      collect();
    });
  }

  // Open shadow roots, looked for at most every 250 ms (and once more
  // after a skipped look): walking a large page on every mutation would
  // cost it too much. Mutations inside a shadow root are observed once
  // the root is known.
  function shadowRoots() {
    const now = performance.now();
    if (now - rootsAt < 250) {
      if (!rootsTimer) rootsTimer = setTimeout(() => { rootsTimer = 0; schedule(); }, 250 - (now - rootsAt));
      return roots;
    }
    rootsAt = now;
    const found = [];
    const walk = (root) => {
      const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        if (n.shadowRoot && n.shadowRoot.mode === 'open') { found.push(n.shadowRoot); walk(n.shadowRoot); }
      }
    };
    walk(document);
    for (const r of found) if (!roots.includes(r) && observer) observer.observe(r, { childList: true, subtree: true });
    roots = found;
    return roots;
  }

  function query(sel) {
    let els = [...document.querySelectorAll(sel)].map((el) => [el, false]);
    if (els.length === 0) {
      for (const r of shadowRoots()) els = els.concat([...r.querySelectorAll(sel)].map((el) => [el, true]));
    }
    return els;
  }

  function describe(el, rule, index, shadow) {
    const node = el.closest('[data-node-id]');
    const group = el.closest('[role=group]');
    const parent = group && group.closest('[aria-expanded]');
    return {
      rule, index, shadow,
      tag: el.localName,
      id: el.id || '',
      // As the browser resolved it (base element, backslashes and all):
      // where a click would really go.
      href: typeof el.href === 'string' ? el.href : '',
      nodeId: node ? node.getAttribute('data-node-id') : '',
      title: el.getAttribute('title') || '',
      value: el.localName === 'input' ? el.value : '',
      type: el.getAttribute('type') || '',
      name: el.getAttribute('name') || '',
      expanded: parent ? parent.getAttribute('aria-expanded') || '' : '',
    };
  }

  async function collect() {
    if (!plan) return;
    const found = (plan.watch || []).map(query);
    const matches = [];
    // At most maxMatches: the worker refuses more (a page that big is
    // hostile or broken, and the entry is among the first anyway).
    found.forEach((els, rule) => els.forEach(([el, shadow], i) => {
      if (matches.length < maxMatches) matches.push(describe(el, rule, i, shadow));
    }));
    let q = '';
    if (plan.input) {
      const input = document.querySelector(plan.input);
      q = input ? input.value.trim() : '';
    }
    const facts = JSON.stringify([matches, q, document.title]);
    if (facts === lastFacts) {
      // The same facts from fresh elements (a re-rendered tree): the mark
      // follows the element the last answer named.
      remark(found);
      return;
    }
    lastFacts = facts;
    const my = epoch;
    const seq = ++factsSeq;
    const answer = await send({ kind: 'facts', url, title: document.title, top: isTop, matches, query: q });
    // Only the answer to the newest facts counts.
    if (my !== epoch || seq !== factsSeq || !isAnswer(answer)) return;
    lastRef = answer.highlight || null;
    apply(answer, found);
  }

  function remark(found) {
    const pick = lastRef && lastRef.rule >= 0 && found[lastRef.rule] && found[lastRef.rule][lastRef.index];
    if (pick) mark(pick[0]);
  }

  function apply(answer, found) {
    const ref = answer.highlight || { rule: -1 };
    const pick = ref.rule >= 0 && found[ref.rule] && found[ref.rule][ref.index];
    if (pick) mark(pick[0]); else unmark();
    clearTimeout(hintTimer);
    const h = answer.hint;
    if (!h || !h.state) { removeHint(); return; }
    if (hint && hint.getAttribute('data-state') === h.state) return;
    removeHint(); // a hint of another state goes at once, even if the new one waits
    const show = () => showHint(h);
    if (answer.delay > 0) hintTimer = setTimeout(show, answer.delay); else show();
  }

  function mark(el) {
    if (marked && marked.el === el) return;
    unmark();
    marked = { el, style: el.getAttribute('style') };
    el.setAttribute(ATTR, 'highlight');
    // Outline and shadow draw outside the box: nothing moves.
    el.style.setProperty('outline', '3px solid #f59e0b', 'important');
    el.style.setProperty('outline-offset', '2px', 'important');
    el.style.setProperty('box-shadow', '0 0 0 6px rgba(245, 158, 11, .35)', 'important');
    el.style.setProperty('border-radius', '3px', 'important');
  }

  function unmark() {
    if (!marked) return;
    const { el, style } = marked;
    marked = null;
    if (el.getAttribute(ATTR) === 'highlight') el.removeAttribute(ATTR);
    if (style === null) el.removeAttribute('style'); else el.setAttribute('style', style);
  }

  function removeHint() {
    clearTimeout(hintTimer);
    if (hint) hint.remove();
    hint = null;
  }

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  };

  function showHint(h) {
    removeHint();
    const host = document.createElement('div');
    host.setAttribute(ATTR, 'hint');
    host.setAttribute('data-state', h.state);
    host.style.cssText = 'all:initial;position:fixed;z-index:2147483647;bottom:16px;right:16px;';
    const root = host.attachShadow({ mode: 'open' });
    root.appendChild(el('style', '', tokenHelperHintCSS));
    const panel = el('section', 'panel');
    panel.lang = chrome.i18n.getMessage('langTag') || 'en'; // the catalogue's language, for fonts and line breaking
    panel.setAttribute('role', 'complementary');
    panel.setAttribute('aria-label', h.label || h.title);
    panel.appendChild(el('h2', '', h.title));
    for (const line of h.lines || []) panel.appendChild(el('p', '', line));
    if (h.steps && h.steps.length) {
      const ol = el('ol');
      for (const s of h.steps) ol.appendChild(el('li', '', s));
      panel.appendChild(ol);
    }
    for (const l of h.links || []) {
      const a = el('a', 'link', l.text);
      a.href = l.href;
      panel.appendChild(a);
    }
    const close = el('button', 'close', '×');
    close.type = 'button';
    close.title = h.close;
    close.setAttribute('aria-label', h.close);
    close.addEventListener('click', () => {
      send({ kind: 'close', url, title: document.title, top: isTop, state: h.state });
      removeHint();
    });
    panel.appendChild(close);
    root.appendChild(panel);
    (document.body || document.documentElement).appendChild(host);
    hint = host;
    avoidMarked(host, panel);
  }

  // The panel sits in the bottom-right corner, or the bottom-left one if
  // it would cover the element it points to there.
  function avoidMarked(host, panel) {
    if (!marked) return;
    const a = panel.getBoundingClientRect();
    const b = marked.el.getBoundingClientRect();
    const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    if (overlap) {
      host.style.removeProperty('right');
      host.style.setProperty('left', '16px');
    }
  }

  // Same-document navigations (Lightning is a single-page app).
  function onNavigate() {
    if (location.href !== url) consider();
  }
  if (isTop) {
    if (window.navigation) window.navigation.addEventListener('currententrychange', () => setTimeout(onNavigate, 0));
    else setInterval(onNavigate, 1000);
    window.addEventListener('popstate', onNavigate);
  }

  consider();
})();
