// Limited Data Processing sends opt_out_type LDP with hashed state and country
runCode(withData({ limitedDataProcessing: true, ldpState: 'CA', ldpCountry: ' US ' }));
assertThat(callsOf('load')[0][2]).isEqualTo({ opt_out_type: 'LDP', st: 'sha256(ca)', country: 'sha256(us)' });
