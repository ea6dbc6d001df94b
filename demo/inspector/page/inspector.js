/* global document, fetch, setTimeout, window */
/*
 * The inspector page: polls /inspector/events.json (built by demo/inspector/timeline.ts) and renders it.
 * Everything from the traffic is put in the page as text (textContent, attributes), never as markup.
 */
'use strict';
(function () {
  var POLL_MS = 1000;
  var state = { text: '', view: null, selected: null };
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      if (key === 'text') node.textContent = props[key];
      else if (key === 'className') node.className = props[key];
      else node.setAttribute(key, props[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }
  var td = function (text, className, title) {
    var props = { text: text === undefined || text === null || text === '' ? '—' : String(text) };
    if (className) props.className = className;
    if (title) props.title = title;
    return el('td', props);
  };
  var time = function (ms) { return new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }); };
  var shortId = function (id) { return id.length > 16 ? id.slice(0, 7) + '…' + id.slice(-6) : id; };
  var statusOk = function (row) { return row.api.length > 0 && row.api[row.api.length - 1].delivered; };

  function renderTotals(t) {
    $('total-events').textContent = t.events;
    $('total-paired').textContent = t.paired;
    $('total-browser-only').textContent = t.browserOnly;
    $('total-browser-only-label').textContent = 'browser only' + (t.withoutEventId > 0 ? ' (' + t.withoutEventId + ' without event_id)' : '');
    $('total-server-only').textContent = t.serverOnly;
    $('total-not-sent').textContent = t.notSent;
    $('total-withheld').textContent = t.withheld;
    $('total-delivered').textContent = t.delivered + ' / ' + t.apiEvents;
    $('total-email').textContent = t.withEmail + ' / ' + t.delivered;
  }

  function renderRow(row) {
    var status = el('td', { className: statusOk(row) ? 'status-ok' : (row.api.length > 0 ? 'status-bad' : '') }, [
      el('span', { text: row.apiStatus }), el('span', { className: 'small', text: row.apiMessage }),
    ]);
    var dedup = el('td', {}, [el('span', { className: 'badge ' + row.dedup.state, text: row.dedup.text }), row.dedup.detail ? el('span', { className: 'small', text: row.dedup.detail }) : null]);
    var tr = el('tr', { tabindex: '0', 'data-key': row.key, 'data-dedup': row.dedup.state }, [
      td(time(row.time), 'nowrap'), td(row.page, 'mono'), td(row.tagEvent, 'mono'), td(row.apiEvent, 'mono'),
      td(row.value, 'num' + (row.notes.length ? ' warn' : ''), row.notes.join('\n') || undefined), td(row.currency), td(row.orderId, 'mono'), td(row.itemCount, 'num'),
      td(row.eventId ? shortId(row.eventId) : 'none', 'mono event-id', row.eventId), dedup,
      td(row.matchKeys.map(function (k) { return k.label; }).join(', '), '', row.matchKeys.map(function (k) { return k.key; }).join(' ')), td(row.consent), status,
    ]);
    if (row.eventId) tr.setAttribute('data-event-id', row.eventId);
    tr.className = (row.key === state.selected ? 'selected ' : '') + (row.dedup.state === 'withheld' ? 'withheld' : row.eventId ? '' : 'no-id');
    var choose = function () {
      state.selected = row.key;
      render(state.view);
      $('detail').scrollIntoView({ behavior: 'smooth', block: 'start' });
    };
    tr.addEventListener('click', choose);
    tr.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(); } });
    return tr;
  }

  var pre = function (value) { return el('pre', { text: JSON.stringify(value, null, 2) }); };

  function renderDetail(row) {
    $('detail').hidden = !row;
    if (!row) return;
    $('detail-title').textContent = (row.tagEvent || row.apiEvent || 'event') + ' · event_id ' + (row.eventId || 'none') + ' · ' + row.dedup.text + (row.dedup.detail ? ' (' + row.dedup.detail + ')' : '');
    $('detail-notes').replaceChildren.apply($('detail-notes'), row.notes.map(function (n) { return el('li', { text: n }); }));
    $('detail-notes').className = 'notes' + (row.dedup.state === 'withheld' ? ' muted' : '');
    $('detail-browser').replaceChildren.apply($('detail-browser'), row.browser.length === 0 ? [el('p', { className: 'small', text: row.dedup.state === 'withheld' ? 'GTM held this tag back for consent: it sent nothing.' : 'No tag copy arrived (blocked, not consented, or not sent by the tag).' })]
      : row.browser.map(function (b, i) {
        return el('div', {}, [el('span', { className: 'small', text: 'Copy ' + (i + 1) + ' at ' + time(b.time) + ' · ' + b.page }), pre({ event: b.event, tid: b.tagId, event_data: b.data, partner_data: b.partner })]);
      }));
    $('detail-api').replaceChildren.apply($('detail-api'), row.api.length === 0 ? [el('p', { className: 'small', text: 'No Conversions API request for this event.' })]
      : row.api.map(function (a, i) {
        var head = 'Request ' + (i + 1) + ' at ' + time(a.time) + ' · HTTP ' + (a.status || 'no answer') + ' · ' + a.message + (a.test ? ' · test mode' : '');
        return el('div', {}, [el('span', { className: 'small ' + (a.delivered ? 'status-ok' : 'status-bad'), text: head }), pre(a.event)]);
      }));
    var messages = [];
    row.server.forEach(function (r) { r.messages.forEach(function (m) { messages.push(r.tag + ': ' + m); }); });
    $('detail-server').replaceChildren.apply($('detail-server'), messages.length === 0 ? [] : [el('h3', { text: 'Server tag messages' }), el('ul', {}, messages.map(function (m) { return el('li', { text: m }); }))]);
    var body = $('why').tBodies[0];
    body.replaceChildren.apply(body, row.why.map(function (w) {
      return el('tr', {}, [td(w.side === 'tag' ? 'tag' : 'API'), td(w.field, 'mono'), td(w.value, 'mono'), td(w.why)]);
    }));
  }

  function renderLegend(legend) {
    var item = function (l) { return el('li', { className: l.seen ? 'seen' : 'unseen' }, [el('code', { text: l.tag }), document.createTextNode(' ↔ '), el('code', { text: l.api })]); };
    var seen = legend.filter(function (l) { return l.seen; });
    $('legend-seen').replaceChildren.apply($('legend-seen'), seen.length ? seen.map(item) : [el('li', { className: 'unseen', text: 'Names appear here as events arrive.' })]);
    $('legend-all').replaceChildren.apply($('legend-all'), legend.map(item));
  }

  function render(view) {
    state.view = view;
    renderTotals(view.totals);
    var rows = $('rows');
    rows.replaceChildren.apply(rows, view.rows.map(renderRow));
    $('empty').hidden = view.rows.length > 0;
    renderDetail(view.rows.filter(function (r) { return r.key === state.selected; })[0]);
    renderLegend(view.legend);
  }

  function live(on) {
    var badge = $('live');
    badge.textContent = on ? 'live' : 'demo not answering: retrying';
    badge.className = 'live ' + (on ? 'on' : 'off');
  }

  function poll() {
    fetch('/inspector/events.json', { cache: 'no-store' })
      .then(function (response) { if (!response.ok) throw new Error('HTTP ' + response.status); return response.text(); })
      .then(function (text) {
        live(true);
        if (text !== state.text) { state.text = text; render(JSON.parse(text)); }
      })
      .catch(function () { live(false); })
      .then(function () { setTimeout(poll, POLL_MS); });
  }
  window.addEventListener('DOMContentLoaded', poll);
})();
