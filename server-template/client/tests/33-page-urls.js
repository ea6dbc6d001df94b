// Page URLs must be http(s) and reach event data without their query string or fragment
post({ v: 1, events: [wireEvent({ page_location: 'https://shop.example/thanks?email=jane%40example.com&epik=STOLEN#top', page_referrer: 'https://www.pinterest.com/pin/1/#x' })] });
runCode(mockData);
assertThat([ran[0].page_location, ran[0].page_referrer]).isEqualTo(['https://shop.example/thanks', 'https://www.pinterest.com/pin/1/']);
['javascript:alert(1)//?epik=STOLEN', 'https://user:pass@shop.example/', 'https://', 'data:text/html,x'].forEach((url) => {
  reset();
  post({ v: 1, events: [wireEvent({ page_location: url })] });
  runCode(mockData);
  assertThat(errorOf()).isEqualTo('page_location: must be an http(s) URL without credentials');
});
