/*
 * Demo org fixture: a small imitation of the Salesforce Classic page script
 * (not Salesforce code). Setup tree folders and Quick Find; when the page is
 * framed by Lightning (isdtp=…), it tells the parent where it is.
 * No eval, no inline handlers: it runs under the strict CSP too.
 */
(function () {
  'use strict';

  var FRAME_KEYS = ['isdtp', 'sfdcIFrameOrigin', 'sfdcIFrameHost', 'nonce', 'ltn_app_id', 'clc', 'th_form', 'th_btnname', 'th_collapse', 'th_secret', 's'];

  function setOpen(folder, open) {
    folder.classList.toggle('setupFolderOpen', open);
    var icon = folder.querySelector('.NavTreeCol');
    if (icon) { icon.setAttribute('aria-expanded', open ? 'true' : 'false'); }
    var kids = folder.querySelector('.childContainer');
    if (kids) { kids.classList.toggle('collapsed', !open); }
    // A folder whose leaves are not in the DOM while closed
    // (th_collapse=absent) renders them when opened.
    var leaves = document.getElementById(folder.id + '_leaves');
    if (kids && leaves) {
      if (open) { kids.replaceChildren(document.importNode(leaves.content, true)); } else { kids.replaceChildren(); }
    }
  }

  function folders() {
    return Array.prototype.slice.call(document.querySelectorAll('#setupNavTree .parent'));
  }

  // remember the server-side open state to restore it when Quick Find is cleared
  var initialOpen = folders().map(function (f) { return f.classList.contains('setupFolderOpen'); });

  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!t || !t.closest) { return; }
    var toggle = t.closest('#setupNavTree .NavTreeCol, #setupNavTree .setupFolder');
    if (toggle) {
      e.preventDefault();
      var f = toggle.closest('.parent');
      setOpen(f, !f.classList.contains('setupFolderOpen'));
      return;
    }
    if (t.closest('#setupNavExpandAll')) { e.preventDefault(); folders().forEach(function (f) { setOpen(f, true); }); return; }
    if (t.closest('#setupNavCollapseAll')) { e.preventDefault(); folders().forEach(function (f) { setOpen(f, false); }); return; }
    if (t.closest('#setupSearchClear')) {
      e.preventDefault();
      var input = document.getElementById('setupSearch');
      if (input) { input.value = ''; filter(''); input.focus(); }
    }
  });

  function filter(text) {
    var q = text.trim().toLocaleLowerCase();
    var any = false;
    folders().forEach(function (f, i) {
      var folderLabel = (f.querySelector('.setupFolder') || f).textContent.toLocaleLowerCase();
      var folderHit = q !== '' && folderLabel.indexOf(q) >= 0;
      var hits = 0;
      Array.prototype.forEach.call(f.querySelectorAll('.setupLeaf'), function (leaf) {
        var show = q === '' || folderHit || leaf.textContent.toLocaleLowerCase().indexOf(q) >= 0;
        leaf.classList.toggle('hidden', !show);
        if (show) { hits++; }
      });
      f.classList.toggle('hidden', q !== '' && hits === 0);
      setOpen(f, q === '' ? initialOpen[i] : hits > 0);
      any = any || hits > 0;
    });
    Array.prototype.forEach.call(document.querySelectorAll('#setupNavTree .setupNavtree'), function (sec) {
      var visible = sec.querySelectorAll('.parent:not(.hidden)').length > 0;
      sec.classList.toggle('hidden', !visible);
    });
    var none = document.getElementById('setupSearchNoResults');
    if (none) { none.classList.toggle('hidden', q === '' || any); }
  }

  var search = document.getElementById('setupSearch');
  if (search) {
    search.addEventListener('input', function () { filter(search.value); });
  }

  // th_secret: the secret everywhere a page report must not look.
  var secret = new URLSearchParams(window.location.search).get('th_secret');
  if (secret && /^[A-Za-z0-9]{1,64}$/.test(secret)) {
    document.title = secret + ' ' + document.title;
    Array.prototype.forEach.call(document.querySelectorAll('body *'), function (e) {
      ['title', 'aria-label', 'placeholder'].forEach(function (a) { e.setAttribute(a, secret + ' ' + (e.getAttribute(a) || '')); });
      if (e.localName === 'input') { e.value = e.type === 'submit' ? secret + ' ' + e.value : secret; }
      if (e.localName === 'form') { e.setAttribute('action', e.getAttribute('action') + '&s=' + secret); }
      if (e.localName === 'a' && e.getAttribute('href')) { e.setAttribute('href', e.getAttribute('href') + '#' + secret); }
      if (e.children.length === 0 && e.localName !== 'input') { e.appendChild(document.createTextNode(' ' + secret)); }
    });
  }

  // Framed by Lightning: report the location (without the frame parameters).
  var params = new URLSearchParams(window.location.search);
  var origin = params.get('sfdcIFrameOrigin');
  if (params.get('isdtp') && origin && window.parent !== window) {
    var keep = new URLSearchParams();
    params.forEach(function (v, k) {
      if (FRAME_KEYS.indexOf(k) < 0) { keep.append(k, v); }
    });
    var qs = keep.toString();
    var msg = JSON.stringify({
      event: 'aloha:navigate',
      url: window.location.pathname + (qs ? '?' + qs : ''),
      title: document.title
    });
    try {
      window.parent.postMessage(msg, origin);
    } catch (err) {
      // a malformed origin: Lightning just does not learn the location
    }
  }
}());
