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
  // What the observer watches: nodes coming and going, and tree groups
  // opening or closing (a group may hide its leaves without removing them).
  const observed = { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-expanded'] };
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
  let hint = null;      // the hint: its host, its parts, what the user chose
  let hintTimer = 0;
  let dismissed = '';   // the state Escape put away, until the next navigation
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
    if (location.href !== url) dismissed = '';
    url = location.href;
    if (!relevant(url)) {
      unmark();
      removeHint();
      // Leaving a page we acted on: let the worker clear the tab's state
      // (badge, popup). Otherwise nothing is sent.
      if (isTop && wasRelevant) send({ kind: 'page', url, top: true });
      wasRelevant = false;
      return;
    }
    wasRelevant = true;
    const my = epoch;
    const answer = await send({ kind: 'page', url, top: isTop });
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
      observer.observe(document, observed);
    }
    if (plan.input) document.addEventListener('input', schedule, true);
  }

  function onMutations(records) {
    // Our own hint changing is not news.
    const host = hint && hint.host;
    if (host && records.every((r) => host.contains(r.target) || (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n === host)))) return;
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
    for (const r of found) if (!roots.includes(r) && observer) observer.observe(r, observed);
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

  function describe(el, rule, index) {
    const node = el.closest('[data-node-id]');
    const group = el.closest('[role=group]');
    const parent = group && group.closest('[aria-expanded]');
    return {
      rule, index,
      id: el.id || '',
      // As the browser resolved it (base element, backslashes and all):
      // where a click would really go.
      href: typeof el.href === 'string' ? el.href : '',
      nodeId: node ? node.getAttribute('data-node-id') : '',
      title: el.getAttribute('title') || '',
      value: el.localName === 'input' ? el.value : '',
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
    found.forEach((els, rule) => els.forEach(([el], i) => {
      if (matches.length < maxMatches) matches.push(describe(el, rule, i));
    }));
    let q = '';
    if (plan.input) {
      const input = document.querySelector(plan.input);
      q = input ? input.value.trim() : '';
    }
    const facts = JSON.stringify([matches, q]);
    if (facts === lastFacts) {
      // The same facts from fresh elements (a re-rendered tree): the mark
      // follows the element the last answer named.
      remark(found);
      return;
    }
    lastFacts = facts;
    const my = epoch;
    const seq = ++factsSeq;
    const answer = await send({ kind: 'facts', url, top: isTop, matches, query: q });
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
    report();
    clearTimeout(hintTimer);
    const h = answer.hint;
    if (!h || !h.state || h.state === dismissed) { removeHint(); return; }
    if (hint && hint.h.state === h.state) { layoutSoon(); return; }
    removeHint(); // a hint of another state goes at once, even if the new one waits
    const show = () => showHint(h);
    if (answer.delay > 0) hintTimer = setTimeout(show, answer.delay); else show();
  }

  function mark(el) {
    if (marked && marked.el === el) return;
    unmark();
    marked = { el, style: el.getAttribute('style'), tabindex: el.getAttribute('tabindex') };
    el.setAttribute(ATTR, 'highlight');
    // Outline and shadow draw outside the box: nothing moves. Three rings,
    // so that one contrasts 3:1 or more with any page: white, dark amber
    // (5:1 on white), light amber (13:1 on a dark page).
    el.style.setProperty('outline', '3px solid #b45309', 'important');
    el.style.setProperty('outline-offset', '2px', 'important');
    el.style.setProperty('box-shadow', '0 0 0 2px #ffffff, 0 0 0 7px #fde68a', 'important');
    el.style.setProperty('border-radius', '3px', 'important');
    // "Show me" moves the focus here: an element that takes none (a
    // tree's expander) takes it from a script only.
    if (el.tabIndex < 0 && marked.tabindex === null) el.setAttribute('tabindex', '-1');
    report();
  }

  function unmark() {
    if (!marked) return;
    const { el, style, tabindex } = marked;
    marked = null;
    if (el.getAttribute(ATTR) === 'highlight') el.removeAttribute(ATTR);
    if (style === null) el.removeAttribute('style'); else el.setAttribute('style', style);
    if (tabindex === null) el.removeAttribute('tabindex');
    report();
  }

  function removeHint() {
    clearTimeout(hintTimer);
    if (hint) {
      hint.host.remove();
      if (isTop) changes.disconnect();
      document.removeEventListener('scroll', layoutSoon, true);
      window.removeEventListener('resize', layoutSoon);
    }
    hint = null;
  }

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  };

  const button = (cls, text, label, onClick) => {
    const b = el('button', cls, text);
    b.type = 'button';
    if (label) { b.title = label; b.setAttribute('aria-label', label); }
    b.addEventListener('click', onClick);
    return b;
  };

  // The hint: compact by default (its title, the first line, its links),
  // the rest behind "More". It never covers what it points at, nor the
  // page's text: layout() moves it, shrinks it to its title bar, or to a
  // button. The user may minimize it, open it again, or close it.
  function showHint(h) {
    removeHint();
    const host = document.createElement('div');
    host.setAttribute(ATTR, 'hint');
    host.setAttribute('data-state', h.state);
    if (h.lang) host.setAttribute('lang', h.lang);
    host.style.cssText = 'all:initial;position:fixed;z-index:2147483647;left:0;top:0;visibility:hidden;';
    // Closed: the page cannot reach into the hint to rewrite what the
    // extension says; only this script ever holds the root.
    const root = host.attachShadow({ mode: 'closed' });
    root.appendChild(el('style', '', tokenHelperHintCSS));
    const panel = el('section', 'panel');
    panel.lang = chrome.i18n.getMessage('langTag') || 'en'; // the catalogue's language, for fonts and line breaking
    panel.setAttribute('role', 'complementary');
    panel.setAttribute('aria-label', h.label || h.title);
    const head = el('div', 'head');
    head.appendChild(el('h2', '', h.title));
    const tools = el('div', 'tools');
    head.appendChild(tools);
    panel.appendChild(head);
    const lines = h.lines || [];
    const body = el('div', 'body');
    if (lines.length) body.appendChild(el('p', '', lines[0]));
    const more = el('div', 'more');
    more.id = 'more';
    more.hidden = true;
    for (const line of lines.slice(1)) more.appendChild(el('p', '', line));
    if (h.steps && h.steps.length) {
      const ol = el('ol');
      for (const s of h.steps) ol.appendChild(el('li', '', s));
      more.appendChild(ol);
    }
    body.appendChild(more);
    for (const l of h.links || []) {
      const a = el('a', 'link', l.text);
      a.href = l.href;
      body.appendChild(a);
    }
    panel.appendChild(body);
    const actions = el('div', 'actions');
    panel.appendChild(actions);
    // Read once, politely, when the hint appears.
    const live = el('p', 'sr');
    live.setAttribute('role', 'status');

    const show = button('show', h.showMe, '', () => showMe());
    show.hidden = true;
    actions.appendChild(show);
    if (more.childNodes.length) {
      const toggle = button('toggle', h.more, '', () => {
        const open = more.hidden;
        more.hidden = !open;
        toggle.textContent = open ? h.less : h.more;
        toggle.setAttribute('aria-expanded', String(open));
        hint.user = open ? 'open' : '';
        layoutSoon();
      });
      toggle.setAttribute('aria-expanded', 'false');
      toggle.setAttribute('aria-controls', 'more');
      actions.appendChild(toggle);
    }
    tools.appendChild(button('min', '–', h.minimize, () => {
      hint.user = 'pill';
      layout();
      pill.focus();
    }));
    tools.appendChild(button('close', '×', h.close, () => {
      send({ kind: 'close', url, top: isTop, state: h.state });
      leave();
    }));
    const pill = button('pill', '?', h.restore, () => {
      hint.user = 'open';
      layout();
      const first = panel.querySelector('button:not([hidden])');
      if (first) first.focus();
    });
    pill.setAttribute('aria-expanded', 'false');
    root.appendChild(panel);
    root.appendChild(pill);
    root.appendChild(live); // outside the panel: read while it is a button, too

    // Escape puts the hint away for this page; focus goes back to where
    // it was before the hint had it, or to what the hint points at.
    root.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      dismissed = h.state;
      leave();
    });
    host.addEventListener('focusin', (e) => {
      const from = e.relatedTarget;
      if (hint && from && from !== host && !host.contains(from)) hint.back = from;
    });

    (document.body || document.documentElement).appendChild(host);
    hint = { host, h, panel, body, more, show, actions, pill, user: '', back: null };
    document.addEventListener('scroll', layoutSoon, true);
    window.addEventListener('resize', layoutSoon);
    changes.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
    layout();
    host.style.visibility = '';
    setTimeout(() => { live.textContent = h.title; }, 100);
    askFrames();
  }

  // leave removes the hint and puts the focus back, if the hint had it.
  function leave() {
    const had = hint && hint.host.matches(':focus-within');
    const back = hint && hint.back;
    removeHint();
    if (!had) return;
    if (back && back.isConnected && back !== document.body) {
      back.focus();
      if (document.activeElement === back) return;
    }
    showMe();
  }

  // showMe moves the focus to the highlighted element. One in a frame
  // comes first: the page around a frame highlights where it is (the
  // reset page's entry in the tree), the frame what to do there (its
  // Reset button).
  function showMe() {
    if (focusFramed()) return;
    if (marked && marked.el.isConnected) {
      marked.el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      marked.el.focus();
    }
  }

  // focusFramed focuses the frame that holds a highlight, and has it
  // focus the highlight.
  function focusFramed() {
    for (const [win, r] of reports) {
      if (!r.hard.length || !r.frame.isConnected) continue;
      r.frame.focus();
      win.postMessage({ tokenHelper: 'focus' }, '*');
      return true;
    }
    return false;
  }

  let layoutQueued = false;
  function layoutSoon() {
    if (layoutQueued || !hint) return;
    layoutQueued = true;
    requestAnimationFrame(() => { layoutQueued = false; layout(); });
  }

  // What the hint must not cover, in the viewport's coordinates: hard,
  // the highlighted elements (this document's and the frames'); soft, the
  // page's text (its main landmark's, or the body's, and the frames').
  function keepOut() {
    const hard = [];
    const soft = own();
    if (marked && marked.el.isConnected) hard.push(box(marked.el.getBoundingClientRect()));
    for (const r of framed()) { hard.push(...r.hard); soft.push(...r.soft); }
    return { hard, soft };
  }

  const box = (r) => [r.left - 8, r.top - 8, r.right + 8, r.bottom + 8]; // the rings, and a margin
  const hits = (a, rs) => rs.some((b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]);
  const area = (a, rs) => rs.reduce((n, b) => n + Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1])), 0);

  // own lists where this document's text and controls are on screen: the
  // lines of its main landmark (or body), 16 px around, merged where they
  // touch into the regions a reader sees as one message; and the page's
  // banner (its header: the avatar a hint may send the user to). At most
  // 400 text nodes are looked at: a page's main message comes first.
  function own() {
    const roots = [...document.querySelectorAll('main, [role="main"]')];
    if (!roots.length && document.body) roots.push(document.body);
    else roots.push(...[...document.querySelectorAll('header, [role="banner"]')].filter((h) => h.getAttribute('role') === 'banner' || !h.parentElement.closest('main, article, aside, nav, section, [role="main"]')));
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const out = [];
    const add = (r) => {
      if (r.width < 1 || r.height < 1 || r.bottom < 0 || r.right < 0 || r.top > vh || r.left > vw) return;
      out.push([r.left - 16, r.top - 16, r.right + 16, r.bottom + 16]);
    };
    const range = document.createRange();
    const cards = new Map();
    const small = vw * vh / 2;
    // A text's card: its nearest ancestor drawn as a box (a border, a
    // background, a shadow) that is smaller than half the viewport. The
    // card is the message, as the reader sees it; without one, the line.
    const cardOf = (e) => {
      const seen = [];
      let card = null;
      for (; e && e !== document.documentElement; e = e.parentElement) {
        if (cards.has(e)) { card = cards.get(e); break; }
        seen.push(e);
        const cs = getComputedStyle(e);
        if (cs.borderTopStyle !== 'none' && parseFloat(cs.borderTopWidth) > 0 || cs.backgroundColor !== 'rgba(0, 0, 0, 0)' || cs.boxShadow !== 'none') {
          const r = e.getBoundingClientRect();
          card = r.width * r.height < small ? e : null;
          break;
        }
      }
      for (const x of seen) cards.set(x, card);
      return card;
    };
    let n = 0;
    for (const root of roots) {
      const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let t = w.nextNode(); t && n < 400; t = w.nextNode()) {
        if (!t.data.trim() || !t.parentElement || t.parentElement.closest('script, style, template')) continue;
        n++;
        range.selectNodeContents(t);
        add(range.getBoundingClientRect());
        const card = cardOf(t.parentElement);
        if (card) add(card.getBoundingClientRect());
      }
      for (const c of root.querySelectorAll('input:not([type="hidden"]), button, select, textarea, img, svg')) add(c.getBoundingClientRect());
    }
    // The page's title, wherever it is.
    for (const h of document.querySelectorAll('h1')) {
      range.selectNodeContents(h);
      add(range.getBoundingClientRect());
    }
    lines = out.slice();
    return merge(out);
  }
  let lines = []; // own's rectangles before merging

  // merge joins overlapping rectangles until none overlap.
  function merge(rs) {
    for (let again = true; again;) {
      again = false;
      for (let i = 0; i < rs.length; i++) {
        for (let j = i + 1; j < rs.length; j++) {
          const a = rs[i], b = rs[j];
          if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) {
            rs[i] = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
            rs.splice(j, 1);
            j = i;
            again = true;
          }
        }
      }
    }
    return rs;
  }

  // layout places the hint: the compact panel where it covers neither the
  // highlight nor text; else its title bar; else a button. Among the free
  // places the one nearest the bottom-right corner wins. What the user
  // asked for comes first: a button stays a button, an opened hint stays
  // open (and then avoids the highlight only).
  function layout() {
    if (!hint) return;
    const { hard, soft } = keepOut();
    hint.show.hidden = !hard.length;
    hint.actions.hidden = !hint.actions.querySelector('button:not([hidden])');
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const modes = hint.user === 'pill' ? ['pill'] : hint.user === 'open' ? ['panel'] : ['panel', 'bar', 'pill'];
    const avoid = hint.user === 'open' ? hard : hard.concat(soft);
    // Where it is, if that is still free and on screen: a hint that moves
    // while it is read is no help.
    const now = hint.placed;
    if (now && now.user === hint.user && modes.includes(now.mode)) {
      const r = (now.mode === 'pill' ? hint.pill : hint.panel).getBoundingClientRect();
      const a = [r.left, r.top, r.right, r.bottom];
      if (r.width && r.left >= 0 && r.top >= 0 && r.right <= vw && r.bottom <= vh && !hits(a, avoid)) return;
    }
    let best = null;
    for (const mode of modes) {
      setMode(mode);
      place(0, 0); // measured where nothing squeezes it
      const r = (mode === 'pill' ? hint.pill : hint.panel).getBoundingClientRect();
      for (const [x, y] of places(r.width, r.height, vw, vh)) {
        const a = [x, y, x + r.width, y + r.height];
        if (!hits(a, avoid)) { place(x, y, mode); return; }
        const cost = area(a, hard) * 1000 + area(a, lines) + area(a, soft) / 1000;
        if (!best || cost < best.cost) best = { cost, mode, x, y };
      }
    }
    // No free place: the least covered one.
    setMode(best.mode);
    place(best.x, best.y, best.mode);
  }

  function setMode(mode) {
    hint.panel.hidden = mode === 'pill';
    hint.pill.hidden = mode !== 'pill';
    hint.panel.classList.toggle('bar', mode === 'bar');
    hint.host.setAttribute('data-view', mode);
  }

  function place(x, y, mode) {
    hint.host.style.setProperty('left', Math.round(x) + 'px');
    hint.host.style.setProperty('top', Math.round(y) + 'px');
    hint.placed = mode ? { mode, user: hint.user } : null;
  }

  // The page changes under the hint (late rendering, a frame loading):
  // look again, at most every 400 ms (a page that re-renders all the time
  // must not pay for it on every frame).
  let changeTimer = 0;
  function changed(records) {
    const host = hint && hint.host;
    if (host && records && records.every((r) => host.contains(r.target) || r.target === host)) return;
    if (changeTimer) return;
    changeTimer = setTimeout(() => { changeTimer = 0; if (isTop) layoutSoon(); else report(); }, 400);
  }
  const changes = new MutationObserver(changed);

  // places lists the top-left corners a box of w×h may take, 12 px from
  // the viewport's edges, on a 16 px grid, nearest the bottom-right first.
  function places(w, h, vw, vh) {
    const m = 12;
    const out = [];
    const maxX = Math.max(m, vw - m - w);
    const maxY = Math.max(m, vh - m - h);
    for (let y = maxY; y >= m - 0.5; y -= 16) {
      for (let x = maxX; x >= m - 0.5; x -= 16) out.push([x, y]);
      if (maxX > m) out.push([m, y]);
    }
    if (maxY > m) for (let x = maxX; x >= m - 0.5; x -= 16) out.push([x, m]);
    const d = ([x, y]) => (maxX - x) + (maxY - y) * 0.5;
    return out.sort((a, b) => d(a) - d(b));
  }

  // Frames. A framed document's hint is carried by the page around it
  // (the Lightning shell around Classic's reset page), which must know
  // where, in its own viewport, the frame's highlight and text are: each
  // frame reports them to its parent, which adds the frame's offset and
  // passes them on, up to the top. Rectangles only, nothing of the page.
  const reports = new Map(); // child window -> {frame, hard, soft}, in the frame's viewport
  let asked = false;         // the parent asked this frame to report

  // framed lists the frames' reports in this viewport's coordinates.
  function framed() {
    const out = [];
    for (const [win, r] of reports) {
      if (!r.frame.isConnected || r.frame.contentWindow !== win) { reports.delete(win); continue; }
      out.push({ hard: translate(r.frame, r.hard), soft: translate(r.frame, r.soft) });
    }
    return out;
  }

  function frameOf(win) {
    const look = (root) => {
      for (const f of root.querySelectorAll('iframe, frame')) if (f.contentWindow === win) return f;
      return null;
    };
    let f = look(document);
    if (f) return f;
    const walk = (root) => {
      const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        if (n.shadowRoot && n.shadowRoot.mode === 'open') {
          const found = look(n.shadowRoot) || walk(n.shadowRoot);
          if (found) return found;
        }
      }
      return null;
    };
    return walk(document);
  }

  const finite = (r) => Array.isArray(r) && r.length === 4 && r.every((v) => typeof v === 'number' && isFinite(v));

  // Into this viewport: offset by the frame's content box, cut to it.
  function translate(frame, rs) {
    const b = frame.getBoundingClientRect();
    const cs = getComputedStyle(frame);
    const x = b.left + frame.clientLeft + parseFloat(cs.paddingLeft);
    const y = b.top + frame.clientTop + parseFloat(cs.paddingTop);
    const out = [];
    for (const r of rs) {
      const t = [Math.max(r[0] + x, b.left), Math.max(r[1] + y, b.top), Math.min(r[2] + x, b.right), Math.min(r[3] + y, b.bottom)];
      if (t[2] > t[0] && t[3] > t[1]) out.push(t);
    }
    return out;
  }

  window.addEventListener('message', (e) => {
    const d = e.data;
    if (!d || typeof d !== 'object') return;
    if (d.tokenHelper === 'rects' && e.source && e.source !== window) {
      const known = reports.get(e.source);
      const frame = known && known.frame.isConnected ? known.frame : frameOf(e.source);
      if (!frame) return;
      const clean = (rs) => (Array.isArray(rs) ? rs.slice(0, 500).filter(finite) : []);
      reports.set(e.source, { frame, hard: clean(d.hard), soft: clean(d.soft) });
      if (isTop) layoutSoon(); else report();
    } else if ((d.tokenHelper === 'focus' || d.tokenHelper === 'ask') && e.source === window.parent && !isTop) {
      if (d.tokenHelper === 'ask') { asked = true; report(); askFrames(); return; }
      showMe();
    }
  });

  // askFrames has the frames report again (they may have before the hint).
  function askFrames() {
    for (let i = 0; i < window.frames.length; i++) {
      try { window.frames[i].postMessage({ tokenHelper: 'ask' }, '*'); } catch (e) { /* gone */ }
    }
  }

  // report tells the parent what this frame shows, once per frame.
  let reportQueued = false;
  function report() {
    if (isTop || reportQueued || !(wasRelevant || asked)) return;
    if (!reporting) startReporting();
    reportQueued = true;
    requestAnimationFrame(() => {
      reportQueued = false;
      const hard = [];
      if (marked && marked.el.isConnected) hard.push(box(marked.el.getBoundingClientRect()));
      const soft = own();
      for (const r of framed()) { hard.push(...r.hard); soft.push(...r.soft); }
      try { window.parent.postMessage({ tokenHelper: 'rects', hard, soft }, '*'); } catch (e) { /* detached */ }
    });
  }
  // A frame follows what it shows once it reports at all: it is relevant
  // itself, or the hint around it asked.
  let reporting = false;
  function startReporting() {
    reporting = true;
    changes.observe(document, { childList: true, subtree: true });
    window.addEventListener('resize', report);
    document.addEventListener('scroll', report, true);
    window.addEventListener('load', report);
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
