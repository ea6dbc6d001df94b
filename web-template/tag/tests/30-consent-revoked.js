// Revoking ad_storage after loading calls setconsent false, granting again setconsent true
runCode(mockData);
setConsent(false);
setConsent(true);
assertThat(callsOf('setconsent')).isEqualTo([['setconsent', false], ['setconsent', true]]);
