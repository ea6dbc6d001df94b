// Limited Data Processing: pintrk('set') before any event code, state and country hashed upper-case as Pinterest's LDP guide shows
runCode(withData({ limitedDataProcessing: true, ldpState: 'ca', ldpCountry: ' US ' }));
assertThat(pintrkCalls).isEqualTo([
  ['load', TAG_ID, {}],
  ['set', { opt_out_type: 'LDP', st: 'sha256(CA)', country: 'sha256(US)' }],
  ['track', 'pagevisit', { event_id: PAGE_VISIT_ID }],
]);
