// Forwarded consent becomes consent_state with only the keys sent; junk is refused; denied ad_storage sets no cookie
post({ v: 1, events: [wireEvent({ consent: { ad_storage: 'granted', ad_user_data: 'denied' } }), wireEvent({ event_id: 'E-2', consent: { ad_user_data: 'granted' } }), wireEvent({ event_id: 'E-3' })] });
runCode(mockData);
assertThat(ran.map((e) => e.consent_state)).isEqualTo([{ ad_storage: 'granted', ad_user_data: 'denied' }, { ad_user_data: 'granted' }, undefined]);
[[{ analytics_storage: 'granted' }, 'consent: has a field outside the protocol'], [{ ad_storage: 'yes' }, 'consent.ad_storage: must be "granted" or "denied"'], ['granted', 'consent: must be an object']].forEach((row) => {
  reset();
  post({ v: 1, events: [wireEvent({ consent: row[0] })] });
  runCode(mockData);
  assertThat(errorOf()).isEqualTo(row[1]);
});
reset();
post({ v: 1, events: [wireEvent({ click_id: 'EPIK-1', click_id_from_url: true, consent: { ad_storage: 'denied' } })] });
runCode(mockData);
assertThat(response.status).isEqualTo(204);
assertThat(cookiesSet).isEqualTo([]);
