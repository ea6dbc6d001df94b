/**
 * The script the audit adds to every page before any page script runs (Playwright addInitScript), in
 * the top frame only. It changes nothing the site relies on: `window.pintrk` stays whatever the page
 * or core.js assigns, seen through a transparent Proxy that reports each call (arguments copied, with
 * the Consent Mode state at that moment) before passing it on. The dataLayer is only read. Records go
 * to Node through a Playwright binding; sizes are bounded because the page is untrusted.
 *
 * Consent Mode state: the dataLayer's `['consent', 'default'|'update', {...}]` commands (gtag and GTM's
 * consent APIs push them; https://developers.google.com/tag-platform/security/guides/consent), an
 * update winning over defaults; regions in defaults are not evaluated. Without such commands,
 * `google_tag_data.ics.getConsentState` (undocumented: 1 granted, 2 denied) when Google's tag provides it.
 * Kept as plain ES2017 source text (not a TypeScript function) so no transpiler helper leaks into it.
 */
export const BINDING = '__pinterestGtmAudit';
export const FLUSH = '__pinterestGtmAuditFlush';

export const PAGE_SCRIPT = `(function () {
  'use strict';
  if (window !== window.top) return;
  var binding = window[${JSON.stringify(BINDING)}];
  if (typeof binding !== 'function') return;
  // Out of the page's reach once captured: page scripts cannot forge records.
  try { delete window[${JSON.stringify(BINDING)}]; } catch (e) { /* kept */ }
  var keys = Object.keys, isArray = Array.isArray, now = Date.now.bind(Date), apply = Reflect.apply;
  var defineProperty = Object.defineProperty, toString = Object.prototype.toString;
  var docId = now().toString(36) + '-' + Math.random().toString(36).slice(2);
  function clone(v, depth, budget) {
    try {
      if (v === null || v === undefined || typeof v === 'boolean') return v;
      if (typeof v === 'number') return isFinite(v) ? v : String(v);
      if (typeof v === 'string') return v.length > 2000 ? v.slice(0, 2000) + '…' : v;
      if (typeof v === 'function') return '[function]';
      if (typeof v !== 'object') return String(v);
      if (depth > 8 || budget.n++ > 3000) return '[…]';
      if (typeof v.nodeType === 'number' && typeof v.nodeName === 'string') return '[element ' + String(v.nodeName).slice(0, 20) + ']';
      if (isArray(v) || toString.call(v) === '[object Arguments]') {
        var list = [];
        for (var i = 0; i < v.length && i < 200; i++) list.push(clone(v[i], depth + 1, budget));
        return list;
      }
      var out = {}, names = keys(v);
      for (var j = 0; j < names.length && j < 100; j++) {
        if (names[j] === '__proto__') continue;
        var item;
        try { item = v[names[j]]; } catch (e) { out[names[j]] = '[unreadable]'; continue; }
        out[names[j]] = clone(item, depth + 1, budget);
      }
      return out;
    } catch (e) { return '[unreadable]'; }
  }
  function consent() {
    var state = {}, updated = {};
    try {
      var dl = window.dataLayer;
      if (isArray(dl)) for (var i = 0; i < dl.length && i < 5000; i++) {
        try {
          var m = dl[i];
          if (!m || typeof m !== 'object' || m[0] !== 'consent' || !m[2] || typeof m[2] !== 'object') continue;
          ['ad_storage', 'ad_user_data'].forEach(function (k) {
            var v = m[2][k];
            if (v !== 'granted' && v !== 'denied') return;
            if (m[1] === 'update') { state[k] = v; updated[k] = true; } else if (m[1] === 'default' && !updated[k]) state[k] = v;
          });
        } catch (e) { /* an unreadable message */ }
      }
      var ics = window.google_tag_data && window.google_tag_data.ics;
      if (ics && typeof ics.getConsentState === 'function') ['ad_storage', 'ad_user_data'].forEach(function (k) {
        if (state[k]) return;
        var s = ics.getConsentState(k);
        if (s === 1) state[k] = 'granted'; else if (s === 2) state[k] = 'denied';
      });
    } catch (e) { /* no readable consent state */ }
    return { adStorage: state.ad_storage || 'unknown', adUserData: state.ad_user_data || 'unknown' };
  }
  var sent = 0;
  function dataLayerDelta() {
    var out = [];
    try {
      var dl = window.dataLayer;
      if (!isArray(dl)) return out;
      if (dl.length < sent) sent = 0;
      for (; sent < dl.length && out.length < 200; sent++) out.push(clone(dl[sent], 0, { n: 0 }));
    } catch (e) { /* unreadable */ }
    return out;
  }
  function post(kind, args) {
    try {
      binding({ kind: kind, docId: docId, url: String(location.href), time: now(), consent: consent(), dataLayer: dataLayerDelta(), args: args });
    } catch (e) { /* the audit must never break the page */ }
  }
  var current, proxies = new WeakMap(), ours = new WeakSet();
  function observed(fn) {
    if (ours.has(fn)) return fn;
    var proxy = proxies.get(fn);
    if (!proxy) {
      proxy = new Proxy(fn, { apply: function (target, self, args) { post('pintrk', clone(args, 0, { n: 0 })); return apply(target, self, args); } });
      proxies.set(fn, proxy);
      ours.add(proxy);
    }
    return proxy;
  }
  defineProperty(window, 'pintrk', {
    configurable: true, enumerable: true,
    get: function () { return current; },
    set: function (v) { current = typeof v === 'function' ? observed(v) : v; },
  });
  defineProperty(window, ${JSON.stringify(FLUSH)}, { configurable: false, enumerable: false, value: function () { post('flush'); } });
  addEventListener('pagehide', function () { post('flush'); }, true);
  post('start');
})();`;
