// GTM's health checks never reach Pinterest
eventData.page_location = 'https://gtm-msr.appspot.com/render?id=GTM-X';
runCode(mockData);
assertThat(requests.length).isEqualTo(0);
assertApi('gtmOnSuccess').wasCalled();
