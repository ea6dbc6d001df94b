// The web tag's GET runs the event with common event data and answers with a pixel
runCode(mockData);
assertThat(claimed).isTrue();
assertThat(ran).isEqualTo([{
  event_name: 'checkout', event_id: 'checkout_T-1', event_time: 1700000000000, page_location: 'https://shop.example/thanks',
  ip_override: '198.51.100.7', user_agent: 'UA/1', value: 59.8, currency: 'EUR', transaction_id: 'T-1',
  items: [{ item_id: 'SKU-1', item_name: 'Vase', price: 19.9, quantity: 2 }], user_data: { em: [HASH] }, 'x-pinterest-gtm-source': 'client',
}]);
assertThat(response.pixel).isTrue();
assertThat(response.returned).isTrue();
