// x-ga-gcd with ad_user_data denied: nothing is sent
eventData['x-ga-gcs'] = 'G111';
eventData['x-ga-gcd'] = '13r3r3p3r5l1';
runCode(mockData);
assertThat(requests.length).isEqualTo(0);
assertThat(logText()).contains('ad_user_data is denied');
