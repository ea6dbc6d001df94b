// A far-future event_time is clamped to the server's clock in event data and in the click id cookie
post({ v: 1, events: [wireEvent({ event_time: 9999999999999, click_id: 'FUTURE', click_id_from_url: true })] });
runCode(mockData);
assertThat(ran[0].event_time).isEqualTo(NOW);
assertThat(cookiesSet[1]).isEqualTo(['_pin_gtm_epik_ts', '' + NOW, cookiesSet[1][2], undefined]);
// A timestamp cookie from the future (planted before this fix) does not lock out a genuine click id.
reset();
cookies = { _epik: ['PLANTED'], _pin_gtm_epik_ts: ['9999999999999'] };
post({ v: 1, events: [wireEvent({ event_time: NOW - 1000, click_id: 'GENUINE', click_id_from_url: true })] });
runCode(mockData);
assertThat(cookiesSet[0][1]).isEqualTo('GENUINE');
assertThat(cookiesSet[1][1]).isEqualTo('' + (NOW - 1000));
