/**
 * A stand-in for Pinterest's core.js: it takes over the pintrk queue and sends each load, page and
 * track to the fake's collector in Pinterest's wire format (GET /v3/?event=…&tid=…&ed=<json>&pd=<json>
 * &ad=<json>; https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies).
 * setconsent(false) stops it and clears _epik, as the real tag does. Like the real tag, it keeps the click id
 * of an ad click (the epik URL parameter) in the first-party _epik cookie and sends the click id with every
 * event, from the URL or else from _epik (here as &epik=; Pinterest does not publish its own parameter name),
 * so the fake records which events carry the click.
 */
export const CORE_JS = `(function () {
  var script = document.currentScript;
  var collector = script ? new URL(script.src).origin : '';
  var tags = [], partner = {}, consent = true;
  var epik = new URLSearchParams(location.search).get('epik');
  function clickId() {
    var kept = /(?:^|; )_epik=([^;]*)/.exec(document.cookie);
    return epik || (kept ? decodeURIComponent(kept[1]) : '');
  }
  function send(event, tid, data) {
    if (epik) document.cookie = '_epik=' + encodeURIComponent(epik) + '; path=/; max-age=31536000; SameSite=Lax';
    var q = 'event=' + encodeURIComponent(event) + '&tid=' + encodeURIComponent(tid) + (clickId() ? '&epik=' + encodeURIComponent(clickId()) : '')
      + '&ed=' + encodeURIComponent(JSON.stringify(data || {})) + '&pd=' + encodeURIComponent(JSON.stringify(partner))
      + '&ad=' + encodeURIComponent(JSON.stringify({ loc: location.href, ref: document.referrer })) + '&cb=' + Date.now();
    new Image().src = collector + '/v3/?' + q;
  }
  function copy(from) { for (var k in (from || {})) partner[k] = from[k]; }
  function handle(args) {
    var command = args[0];
    if (command === 'setconsent') {
      consent = args[1] !== false;
      if (!consent) document.cookie = '_epik=; path=/; max-age=0';
      return;
    }
    if (!consent) return;
    if (command === 'load') { if (tags.indexOf(args[1]) === -1) tags.push(args[1]); copy(args[2]); send('init', args[1]); }
    else if (command === 'set') copy(args[1]);
    else if (command === 'page') tags.forEach(function (t) { send('pagevisit', t, args[1]); });
    else if (command === 'track') tags.forEach(function (t) { send(String(args[1]).toLowerCase(), t, args[2]); });
  }
  var queued = (window.pintrk && window.pintrk.queue) || [];
  window.pintrk = function () { handle(Array.prototype.slice.call(arguments)); };
  window.pintrk.queue = [];
  window.pintrk.version = '3.0-pinterest-gtm-fake';
  queued.forEach(handle);
})();
`;
