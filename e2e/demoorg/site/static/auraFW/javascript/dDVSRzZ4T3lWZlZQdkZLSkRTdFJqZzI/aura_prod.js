/*
 * Demo org fixture: a small imitation of the Lightning shell (not Salesforce
 * code). It renders the page late, as Lightning does: the HTML arrives with
 * only #auraLoadingBox; the header and an empty nav tree follow, then the
 * tree nodes, then the content area. Tree links navigate with the History API.
 * No eval, no inline handlers: it runs under the strict CSP too.
 */
(function () {
  'use strict';

  var cfgEl = document.getElementById('auraConfig');
  if (!cfgEl) { return; }
  var cfg = JSON.parse(cfgEl.textContent);
  var delay = Math.max(0, cfg.delay | 0);
  var FRAME_MSG = 'aloha:navigate';

  var app = document.getElementById('oneApp');
  var loadingBox = document.getElementById('auraLoadingBox');

  var treeRoot = null;   // Element or ShadowRoot holding the tree
  var treeBox = null;    // div.tree-container
  var model = null;      // sections > nodes > children, built from the DOM
  var filterText = '';
  var contentSeq = 0;
  var currentFrame = null;

  function later(ms, fn) {
    if (ms <= 0) { fn(); } else { window.setTimeout(fn, ms); }
  }

  function cloneTemplate(sel) {
    var t = document.querySelector(sel);
    return t ? document.importNode(t.content, true) : document.createDocumentFragment();
  }

  function el(tag, cls) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    return e;
  }

  function randHex(bytes) {
    var a = new Uint8Array(bytes);
    window.crypto.getRandomValues(a);
    var s = '';
    for (var i = 0; i < a.length; i++) { s += (a[i] < 16 ? '0' : '') + a[i].toString(16); }
    return s;
  }

  function spinner() {
    var c = el('div', 'slds-spinner_container');
    var s = el('div', 'slds-spinner slds-spinner_small slds-spinner_brand');
    s.setAttribute('role', 'status');
    var t = el('span', 'slds-assistive-text');
    t.textContent = cfg.strings.loading || 'Loading';
    s.appendChild(t);
    s.appendChild(el('div', 'slds-spinner__dot-a'));
    s.appendChild(el('div', 'slds-spinner__dot-b'));
    c.appendChild(s);
    return c;
  }

  // --- routing -------------------------------------------------------------

  function currentId() {
    if (!cfg.routePrefix) { return ''; }
    var p = window.location.pathname;
    if (p.indexOf(cfg.routePrefix) !== 0) { return ''; }
    return decodeURIComponent(p.slice(cfg.routePrefix.length).split('/')[0] || '');
  }

  function safePath(u) {
    return typeof u === 'string' && u.charAt(0) === '/' && u.charAt(1) !== '/' && u.charAt(1) !== '\\';
  }

  // The Classic page framed for this URL: ?url= (settings) or ?address=
  // (setup .../page) when present, as Lightning does, else the item's page.
  function classicFor(id) {
    var q = new URLSearchParams(window.location.search);
    var over = cfg.mode === 'setup' ? q.get('address') : q.get('url');
    if (safePath(over)) { return over; }
    var it = cfg.items[id];
    return it && it.classic ? it.classic : '';
  }

  // The Classic frame's host: My Domain, or this page's own host
  // (th_framehost=self, as in older orgs).
  function frameOrigin() {
    return cfg.frameHost === 'self' ? window.location.origin : cfg.myDomainOrigin;
  }

  function frameSrc(path) {
    var origin = cfg.encOrigin ? encodeURIComponent(window.location.origin) : window.location.origin;
    return frameOrigin() + path + (path.indexOf('?') >= 0 ? '&' : '?') +
      'isdtp=p1&sfdcIFrameOrigin=' + origin +
      '&sfdcIFrameHost=web&nonce=' + randHex(32) +
      '&ltn_app_id=' + cfg.appId + '&clc=' + (cfg.clc || '1') + (cfg.frameExtra || '') +
      (cfg.secret ? '&s=' + cfg.secret + '#' + cfg.secret : '');
  }

  function navigate(href) {
    var u = new URL(href, window.location.href);
    if (u.origin !== window.location.origin || !cfg.routePrefix || u.pathname.indexOf(cfg.routePrefix) !== 0) {
      window.location.assign(u.href);
      return;
    }
    window.history.pushState({ th: 1 }, '', u.pathname + u.search + u.hash);
    route(true);
  }

  function route(spa) {
    var id = currentId();
    var it = cfg.items[id];
    document.title = (cfg.hostile ? PAYLOADS.script + ' ' : '') + (it ? it.label : document.title.split(' | ')[0]) + ' | Salesforce';
    select(id);
    if (spa) {
      var box = document.getElementById('setupComponent');
      if (box) { box.replaceChildren(spinner()); }
      later(Math.min(delay, 250), function () { renderContent(id); });
    } else {
      renderContent(id);
    }
  }

  // --- content area ----------------------------------------------------------

  function renderContent(id) {
    var box = document.getElementById('setupComponent');
    if (!box) { return; }
    var seq = ++contentSeq;
    var it = cfg.items[id];
    var content = el('div', 'setupcontent');
    var classic = classicFor(id);
    currentFrame = null;
    if (classic) {
      var page = el('div', 'oneAlohaPage');
      var aloha = document.createElement('force-aloha-page');
      var parent = el('div', 'iframe-parent');
      var frame = document.createElement('iframe');
      var name = 'vfFrameId_' + Date.now();
      frame.name = name;
      frame.id = name;
      frame.title = (it ? it.title : '') + ' ~ Salesforce - ' + cfg.edition;
      frame.setAttribute('height', '100%');
      frame.setAttribute('width', '100%');
      frame.setAttribute('scrolling', 'yes');
      frame.setAttribute('allow', 'geolocation *; microphone *; camera *; display-capture *; clipboard-write *');
      frame.src = frameSrc(classic);
      parent.appendChild(frame);
      if (cfg.aloha === 'shadow') {
        // Native shadow DOM (LWC mixed mode): the frame sits in an open
        // shadow root of force-aloha-page.
        aloha.attachShadow({ mode: 'open' }).appendChild(parent);
      } else {
        aloha.appendChild(parent);
      }
      page.appendChild(aloha);
      content.appendChild(page);
      currentFrame = frame;
    } else {
      var wrap = el('div', 'oneSetupNativeWrapper');
      var frag = cloneTemplate('template[data-th-content="' + (it ? id : '_none') + '"]');
      if (!frag.firstChild) {
        var card = el('div', 'slds-card slds-p-around_medium');
        card.textContent = cfg.strings.notfound;
        frag.appendChild(card);
      }
      wrap.appendChild(frag);
      content.appendChild(wrap);
    }
    if (seq === contentSeq) { box.replaceChildren(content); }
  }

  // The framed Classic page reports where it is; Lightning mirrors it in the
  // URL without loading anything (replaceState), e.g. after a token reset:
  // /lightning/settings/personal/ResetApiToken/home?url=%2F_ui%2F...ResetApiTokenConfirm...
  window.addEventListener('message', function (e) {
    if (e.origin !== frameOrigin()) { return; }
    if (!currentFrame || e.source !== currentFrame.contentWindow) { return; }
    var d = e.data;
    if (typeof d === 'string') {
      try { d = JSON.parse(d); } catch (err) { return; }
    }
    if (!d || d.event !== FRAME_MSG || !safePath(d.url)) { return; }
    var id = currentId();
    var it = cfg.items[id];
    var home = cfg.routePrefix + id + '/home';
    var own = it && it.classic ? it.classic.split('?')[0].toLowerCase() : '';
    if (d.url.split('?')[0].toLowerCase() === own) {
      if (window.location.search) { window.history.replaceState(window.history.state, '', home); }
      return;
    }
    if (cfg.mode === 'setup') {
      window.history.replaceState(window.history.state, '', cfg.routePrefix + id + '/page?address=' + encodeURIComponent(d.url));
    } else {
      window.history.replaceState(window.history.state, '', home + '?url=' + encodeURIComponent(d.url));
    }
  });

  window.addEventListener('popstate', function () { route(true); });

  // --- nav tree ---------------------------------------------------------------

  function labelOf(li) {
    var item = li.querySelector('.slds-tree__item');
    return (item && item.getAttribute('title')) || li.textContent.trim();
  }

  function childOf(li, sel) {
    for (var k = 0; k < li.children.length; k++) {
      if (li.children[k].matches(sel)) { return li.children[k]; }
    }
    return null;
  }

  // The tree is one list per ul[role=tree]: section headers are items of
  // it (li > .section-header), each followed by its nodes.
  function buildModel() {
    var secs = [];
    var uls = treeBox.querySelectorAll('ul[role="tree"]');
    for (var i = 0; i < uls.length; i++) {
      var ul = uls[i];
      var cur = null;
      var lis = Array.prototype.slice.call(ul.children);
      for (var j = 0; j < lis.length; j++) {
        var li = lis[j];
        if (childOf(li, '.section-header')) {
          cur = { el: li, ul: ul, nodes: [] };
          secs.push(cur);
          continue;
        }
        if (!cur) {
          cur = { el: null, ul: ul, nodes: [] };
          secs.push(cur);
        }
        var group = childOf(li, 'ul[role="group"]');
        var n = { li: li, label: labelOf(li), group: group, children: [] };
        if (group) {
          for (var m = 0; m < group.children.length; m++) {
            n.children.push({ li: group.children[m], label: labelOf(group.children[m]) });
          }
        }
        cur.nodes.push(n);
      }
    }
    return { sections: secs, uls: Array.prototype.slice.call(uls), noResults: treeBox.querySelector('.tree-no-results') };
  }

  function norm(s) { return (s || '').toLocaleLowerCase(); }

  function isOpen(n) { return n.li.getAttribute('aria-expanded') === 'true'; }

  // fillGroup puts a parent's leaves in the DOM: all of them, or the
  // visible ones (th_filter=remove); none while it is closed and
  // th_collapse=absent.
  function fillGroup(n) {
    if (!n.group) { return; }
    var kids = n.children.filter(function (c) { return cfg.filter === 'hide' || c.visible !== false; });
    if (cfg.collapse === 'absent' && !isOpen(n)) { kids = []; }
    var now = Array.prototype.slice.call(n.group.children);
    var same = now.length === kids.length && kids.every(function (c, i) { return now[i] === c.li; });
    if (!same) { n.group.replaceChildren.apply(n.group, kids.map(function (c) { return c.li; })); }
  }

  function setOpen(n, open) {
    n.li.setAttribute('aria-expanded', open ? 'true' : 'false');
    fillGroup(n);
  }

  function forEachNode(fn) {
    if (!model) { return; }
    model.sections.forEach(function (sec) { sec.nodes.forEach(fn); });
  }

  // markLabel wraps what Quick Find matched in <mark>, as Salesforce does
  // (built as nodes, never as HTML); an empty query restores the label.
  function markLabel(li, label, q) {
    if (!q && !li.thMarked) { return; } // nothing to do, and cheap on a huge tree
    var a = li.querySelector('.slds-tree__item-label');
    if (!a) { return; }
    var at = q ? norm(label).indexOf(q) : -1;
    if (at < 0) {
      if (li.thMarked) { a.textContent = label; li.thMarked = false; }
      return;
    }
    var mark = document.createElement('mark');
    mark.textContent = label.slice(at, at + q.length);
    a.replaceChildren(document.createTextNode(label.slice(0, at)), mark, document.createTextNode(label.slice(at + q.length)));
    li.thMarked = true;
  }

  function applyFilter() {
    if (!model) { return; }
    var q = norm(filterText.trim());
    var any = false;
    model.sections.forEach(function (sec) {
      var secVisible = false;
      sec.nodes.forEach(function (n) {
        var self = !q || norm(n.label).indexOf(q) >= 0;
        var kid = false;
        n.children.forEach(function (c) {
          c.visible = self || norm(c.label).indexOf(q) >= 0;
          kid = kid || c.visible;
          markLabel(c.li, c.label, q);
        });
        n.visible = self || kid;
        markLabel(n.li, n.label, q);
        if (q && kid && n.group) { n.li.setAttribute('aria-expanded', 'true'); }
        secVisible = secVisible || n.visible;
      });
      sec.visible = secVisible;
      any = any || secVisible;
    });
    if (cfg.filter === 'hide') {
      model.sections.forEach(function (sec) {
        if (sec.el) { sec.el.classList.toggle('slds-hide', !sec.visible); }
        sec.nodes.forEach(function (n) {
          n.li.classList.toggle('slds-hide', !n.visible);
          n.children.forEach(function (c) { c.li.classList.toggle('slds-hide', !c.visible); });
        });
      });
    } else {
      // "remove": non-matching nodes leave the DOM (the same elements come
      // back when the filter allows them again).
      model.uls.forEach(function (ul) {
        var lis = [];
        model.sections.forEach(function (sec) {
          if (sec.ul !== ul || !sec.visible) { return; }
          if (sec.el) { lis.push(sec.el); }
          sec.nodes.forEach(function (n) { if (n.visible) { lis.push(n.li); } });
        });
        ul.replaceChildren.apply(ul, lis);
      });
    }
    forEachNode(fillGroup);
    if (model.noResults) { model.noResults.classList.toggle('slds-hide', any); }
  }

  function select(id) {
    forEachNode(function (n) {
      [n].concat(n.children).forEach(function (x) {
        if (x.li.getAttribute('data-placement') !== 'leaf') { return; }
        var on = x.li.getAttribute('data-node-id') === id ||
          (x.li.querySelector('a[href]') || { getAttribute: function () { return ''; } }).getAttribute('href') === cfg.routePrefix + id + '/home';
        x.li.setAttribute('aria-selected', on ? 'true' : 'false');
        x.li.classList.toggle('slds-is-selected', on);
        if (on && n !== x && n.group && !isOpen(n)) { setOpen(n, true); }
      });
    });
  }

  // (Re)creates the nodes from the template: fresh elements each time.
  function renderNodes() {
    var spin = treeBox.querySelector('.tree-spinner');
    if (spin) { spin.remove(); }
    treeBox.replaceChildren(cloneTemplate('#th-tree-nodes'));
    if (cfg.hostile) { poison(); }
    if (cfg.nodes > 0) { addBulk(cfg.nodes); }
    model = buildModel();
    select(currentId());
    applyFilter();
  }

  function onTreeClick(e) {
    var t = e.target;
    if (!t || !t.closest) { return; }
    // A parent's expander or label (its link is javascript:) opens or
    // closes the group.
    var item = t.closest('.slds-tree__item');
    var li = item && item.parentNode;
    if (li && li.getAttribute('data-placement') === 'parent') {
      e.preventDefault();
      forEachNode(function (n) { if (n.li === li) { setOpen(n, !isOpen(n)); } });
      return;
    }
    var a = t.closest('a.slds-tree__item-label');
    if (a) {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) { return; }
      e.preventDefault();
      navigate(a.getAttribute('href'));
      return;
    }
  }

  function onTreeInput(e) {
    var t = e.target;
    if (t && t.matches && t.matches('input.filter-box')) {
      filterText = t.value;
      if (cfg.filter === 'rerender') { renderNodes(); } else { applyFilter(); }
    }
  }

  function mountTree() {
    var col = document.getElementById('th-nav');
    if (!col) { return; }
    var frag = cloneTemplate('#th-tree');
    if (cfg.shadow) {
      // Native shadow DOM: the tree lives in an open shadow root.
      var host = document.createElement('one-setup-nav-tree');
      host.className = 'oneSetupNavTreeHost';
      treeRoot = host.attachShadow({ mode: 'open' });
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      var css = document.querySelector('link[rel="stylesheet"]');
      link.href = css ? css.href : '';
      treeRoot.appendChild(link);
      treeRoot.appendChild(frag);
      col.appendChild(host);
    } else {
      col.appendChild(frag);
      treeRoot = col;
    }
    treeBox = treeRoot.querySelector('.tree-container');
    treeRoot.addEventListener('click', onTreeClick);
    treeRoot.addEventListener('input', onTreeInput);
  }

  if (window.customElements && !window.customElements.get('one-setup-nav-tree')) {
    window.customElements.define('one-setup-nav-tree', class extends HTMLElement {});
  }
  if (window.customElements && !window.customElements.get('force-aloha-page')) {
    window.customElements.define('force-aloha-page', class extends HTMLElement {});
  }

  // --- hostile pages (th_hostile, th_nodes, th_frames, th_throw) ---------------
  //
  // Payloads record their name in window.pwned if they ever run: a test reads
  // it in the page. The page only ever sets them as text and attributes.

  function payload(name) { return '(window.pwned=window.pwned||[]).push(\'' + name + '\')'; }

  var PAYLOADS = {
    img: '<img src=x onerror="' + payload('img') + '">',
    script: '<script>' + payload('script') + '<\/script>',
    svg: '"><svg onload="' + payload('svg') + '">',
  };

  // decoy is a tree leaf that looks like the reset entry to a careless
  // reader: its link leads elsewhere or resets the token.
  function decoy(nodeID, linkID, href) {
    var li = el('li', 'tree-node');
    li.setAttribute('role', 'treeitem');
    li.setAttribute('aria-level', '2');
    li.setAttribute('data-node-id', nodeID);
    li.setAttribute('data-placement', 'leaf');
    var item = el('div', 'slds-tree__item');
    item.setAttribute('title', PAYLOADS.svg);
    var a = el('a', 'slds-tree__item-label slds-truncate th-decoy');
    if (linkID) { a.id = linkID; }
    a.setAttribute('href', href);
    a.setAttribute('title', PAYLOADS.img);
    a.textContent = PAYLOADS.script;
    item.appendChild(a);
    li.appendChild(item);
    return li;
  }

  // poison puts payloads in every link's title and text, and a section of
  // decoys before the real tree.
  function poison() {
    var links = treeBox.querySelectorAll('a.slds-tree__item-label');
    for (var i = 0; i < links.length; i++) {
      links[i].setAttribute('title', PAYLOADS.img);
      links[i].textContent = links[i].textContent + ' ' + PAYLOADS.script;
    }
    var sec = el('div', 'tree-section th-decoys');
    var ul = el('ul', 'slds-tree');
    ul.setAttribute('role', 'tree');
    var edit = '/_ui/system/security/ResetApiTokenEdit';
    ul.appendChild(decoy('ResetApiToken', 'ResetApiToken_font', 'javascript:' + payload('href') + '//' + edit));
    ul.appendChild(decoy('ResetApiToken', 'ResetApiToken_font', 'https://evil.example' + edit + '?setupid=ResetApiToken'));
    ul.appendChild(decoy('HostileSlash', 'ResetApiToken_font', '/\\evil.example' + edit));
    ul.appendChild(decoy('HostileData', '', 'data:text/html,' + encodeURIComponent(PAYLOADS.script) + '#' + edit));
    ul.appendChild(decoy('HostileConfirm', '', '/_ui/system/security/ResetApiTokenConfirm?retURL=' + encodeURIComponent(edit)));
    sec.appendChild(ul);
    treeBox.insertBefore(sec, treeBox.firstChild);
    var box = treeRoot.querySelector('input.filter-box');
    if (box) { box.value = PAYLOADS.img; }
  }

  // addBulk appends n leaves to the tree, in expanded groups of 100: a
  // large org's Setup tree, many times over.
  function addBulk(n) {
    var html = [];
    for (var g = 0; g * 100 < n; g++) {
      html.push('<li class="tree-node parent" role="treeitem" aria-level="1" aria-expanded="true" data-node-id="Bulk' + g +
        '" data-placement="parent"><div class="slds-tree__item" title="Bulk ' + g + '"><span class="slds-tree__item-label parent-label">Bulk ' + g +
        '</span></div><ul role="group">');
      for (var i = g * 100; i < Math.min(n, (g + 1) * 100); i++) {
        html.push('<li class="tree-node" role="treeitem" aria-level="2" data-node-id="BulkItem' + i + '" data-placement="leaf">' +
          '<div class="slds-tree__item" title="Bulk item ' + i + '"><a class="slds-tree__item-label slds-truncate" href="' +
          cfg.routePrefix + 'BulkItem' + i + '/home" tabindex="-1">Bulk item ' + i + '</a></div></li>');
      }
      html.push('</ul></li>');
    }
    var sec = el('div', 'tree-section th-bulk');
    var ul = el('ul', 'slds-tree');
    ul.setAttribute('role', 'tree');
    ul.innerHTML = html.join('');
    sec.appendChild(ul);
    var none = treeBox.querySelector('.tree-no-results');
    treeBox.insertBefore(sec, none);
  }

  // addFrames puts n cross-origin My Domain frames below the content:
  // every fifth the Classic reset page, the others other Classic pages
  // and a page the My Domain host does not know.
  function addFrames(n) {
    var main = document.getElementById('main-content');
    if (!main) { return; }
    var reset = cfg.items.ResetApiToken ? cfg.items.ResetApiToken.classic : '';
    var others = ['/setup/personalInformationSetup.apexp?setupid=PersonalInfo', '/setup/personalLoginHistory.apexp?setupid=LoginHistory',
      '/home/home.jsp', '/servlet/servlet.Integration?lid=01r000000000001&ic=1'];
    var box = el('div', 'th-frames');
    for (var i = 0; i < n; i++) {
      var f = document.createElement('iframe');
      var path = i % 5 === 0 && reset ? reset : others[i % others.length];
      f.name = 'th_frame_' + i;
      f.title = 'Frame ' + i;
      f.width = '160';
      f.height = '90';
      f.src = frameSrc(path);
      box.appendChild(f);
    }
    main.appendChild(box);
  }

  // throwing makes the page throw its own uncaught errors and rejections,
  // also whenever something marks its elements.
  function throwing(every) {
    window.setInterval(function () { throw new Error('th_throw: the page\'s own uncaught error'); }, every);
    window.setInterval(function () { Promise.reject(new Error('th_throw: the page\'s own unhandled rejection')); }, every);
    new MutationObserver(function () {
      throw new Error('th_throw: the page\'s observer saw a mark');
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-token-helper'] });
  }

  // --- th_secret: the secret everywhere a page report must not look -----------

  function stuffSecret(root) {
    var w = cfg.secret;
    document.title = w + ' ' + document.title;
    var all = root.querySelectorAll('*');
    for (var i = 0; i < all.length; i++) {
      var e = all[i];
      ['title', 'aria-label', 'placeholder', 'alt'].forEach(function (a) { e.setAttribute(a, w + ' ' + (e.getAttribute(a) || '')); });
      if (e.localName === 'input') { e.value = w; }
      if (e.localName === 'a' && e.getAttribute('href') && e.getAttribute('href').charAt(0) === '/') {
        e.setAttribute('href', e.getAttribute('href').split('?')[0] + '?s=' + w + '#' + w);
      }
      if (e.children.length === 0 && e.localName !== 'input' && e.localName !== 'iframe') {
        e.appendChild(document.createTextNode(' ' + w));
      }
    }
  }

  // --- boot ---------------------------------------------------------------------

  function renderShell() {
    app.appendChild(cloneTemplate('#th-header'));
    app.appendChild(cloneTemplate('#th-layout'));
    loadingBox.classList.add('auraLoadingBox--hidden');
    loadingBox.setAttribute('aria-hidden', 'true');
    if (cfg.mode !== 'app') { mountTree(); }
    if (cfg.frames > 0) { addFrames(cfg.frames); }
    if (cfg.throwEvery > 0) { throwing(cfg.throwEvery); }
  }

  function boot() {
    var first = Math.round(delay * 0.4);
    later(first, function () {
      renderShell();
      if (cfg.mode === 'app') {
        later(delay - first, function () {
          var stage = document.getElementById('th-stage');
          if (stage) { stage.appendChild(cloneTemplate('template[data-th-content="page"]')); }
        });
        return;
      }
      later(delay - first, function () {
        renderNodes();
        later(Math.min(delay, 120), function () {
          route(false);
          if (cfg.secret) { stuffSecret(document.getElementById('oneApp')); }
        });
        if (cfg.churn > 0) {
          window.setInterval(renderNodes, Math.max(50, cfg.churn));
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', boot);
  } else {
    boot();
  }
}());
