/**
 * The demo's inspector, like Pinterest's Tag Helper and Event History side by side: browser tag events
 * and Conversions API events paired by event_id (the deduplication rate), the match keys each API
 * event carries (Enhanced Match coverage), and the API's answers. It polls the Pinterest fake.
 */
export function inspectorPage(fakeOrigin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pinterest-gtm inspector</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;font-size:13px}
.ok{color:#080}.bad{color:#c00}.stat{display:inline-block;margin-right:2rem;font-size:1.1rem}</style></head><body>
<h1>pinterest-gtm inspector</h1>
<div><span class="stat" id="dedup"></span><span class="stat" id="delivery"></span><span class="stat" id="coverage"></span></div>
<table><thead><tr><th>event_id</th><th>Browser (pintrk)</th><th>Conversions API</th><th>API status</th><th>Match keys</th></tr></thead><tbody id="rows"></tbody></table>
<script>
var FAKE = ${JSON.stringify(fakeOrigin)};
function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); }
function refresh() {
  Promise.all([fetch(FAKE + '/_fake/tag-events').then(function (r) { return r.json(); }), fetch(FAKE + '/_fake/requests').then(function (r) { return r.json(); })]).then(function (both) {
    var tag = both[0], api = both[1], byId = {};
    tag.forEach(function (t) { var id = t.data && t.data.event_id; if (id) { byId[id] = byId[id] || {}; byId[id].tag = t.event; } });
    api.forEach(function (r) { ((r.body && r.body.data) || []).forEach(function (e) { byId[e.event_id] = byId[e.event_id] || {}; var row = byId[e.event_id];
      row.api = e.event_name; row.status = r.status; row.keys = Object.keys(e.user_data || {}); }); });
    var ids = Object.keys(byId), paired = ids.filter(function (id) { return byId[id].tag && byId[id].api; }).length;
    var apiEvents = ids.filter(function (id) { return byId[id].api; }), delivered = apiEvents.filter(function (id) { return byId[id].status === 200; }).length;
    var withEm = apiEvents.filter(function (id) { return (byId[id].keys || []).indexOf('em') !== -1; }).length;
    document.getElementById('dedup').textContent = 'Paired by event_id: ' + paired + ' / ' + ids.length;
    document.getElementById('delivery').textContent = 'API delivered: ' + delivered + ' / ' + apiEvents.length;
    document.getElementById('coverage').textContent = 'With email: ' + withEm + ' / ' + apiEvents.length;
    document.getElementById('rows').innerHTML = ids.reverse().map(function (id) { var r = byId[id];
      return '<tr data-event-id="' + esc(id) + '" class="' + (r.tag && r.api ? 'paired' : 'unpaired') + '"><td>' + esc(id) + '</td><td>' + esc(r.tag || '—') + '</td><td>' + esc(r.api || '—')
        + '</td><td class="' + (r.status === 200 ? 'ok' : 'bad') + '">' + esc(r.status === undefined ? '—' : r.status) + '</td><td>' + esc((r.keys || []).join(' ')) + '</td></tr>'; }).join('');
  }).catch(function () {});
}
refresh(); setInterval(refresh, 1000);
</script></body></html>`;
}
