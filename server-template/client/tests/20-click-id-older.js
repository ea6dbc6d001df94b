// An older event never overwrites a newer click id
cookies = { _epik: ['NEWER'], _pin_gtm_epik_ts: ['1700000400000'] };
post({ v: 1, events: [wireEvent({ click_id: 'OLDER', click_id_from_url: true, event_time: 1700000100000 })] });
runCode(mockData);
assertThat(cookiesSet).isEqualTo([]);
post({ v: 1, events: [wireEvent({ click_id: 'A', click_id_from_url: true, event_time: 1700000450000 }), wireEvent({ click_id: 'B', click_id_from_url: true, event_time: 1700000420000 })] });
runCode(mockData);
assertThat(cookiesSet[0][1]).isEqualTo('A');
