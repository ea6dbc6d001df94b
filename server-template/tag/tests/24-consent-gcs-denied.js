// x-ga-gcs G100 (ad storage denied): nothing is sent and the reason is logged
eventData['x-ga-gcs'] = 'G100';
runCode(mockData);
assertThat(requests.length).isEqualTo(0);
assertApi('gtmOnSuccess').wasCalled();
assertThat(logText()).contains('ad_storage is denied');
