// Fills every [data-i18n] element's text (and [data-i18n-attr] attributes,
// "attr:key;attr:key") from the locale catalogue before anything else runs,
// so that the page shows at once in the user's language.
'use strict';
// The language of the catalogue in use (its langTag), not the browser's UI
// locale: a browser in a language we lack shows the English catalogue.
document.documentElement.lang = chrome.i18n.getMessage('langTag') || 'en';
for (const el of document.querySelectorAll('[data-i18n]')) {
  const text = chrome.i18n.getMessage(el.dataset.i18n);
  if (text) el.textContent = text;
}
for (const el of document.querySelectorAll('[data-i18n-attr]')) {
  for (const pair of el.dataset.i18nAttr.split(';')) {
    const [attr, key] = pair.split(':');
    const text = chrome.i18n.getMessage(key);
    if (text) el.setAttribute(attr, text);
  }
}
