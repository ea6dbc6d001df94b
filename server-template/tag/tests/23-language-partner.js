// language is cut to two letters; partner_name is sent only when configured
eventData.language = 'de-AT';
runCode(mockData);
assertThat(sent().language).isEqualTo('de');
assertThat(sent().partner_name).isUndefined();
requests = [];
runCode(withData({ partnerName: 'ss-example' }));
assertThat(sent().partner_name).isEqualTo('ss-example');
