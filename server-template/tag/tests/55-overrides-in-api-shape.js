// Custom data overrides reach the request only in the API's fields and types
runCode(withData({ customDataOverrides: [
  { field: 'colour', value: 'red' },
  { field: 'num_items', value: '3.5' },
  { field: 'contents', value: '[{"id":"A","item_price":"9.5","quantity":2,"extra":true,"item_name":{"x":1}}]' },
  { field: 'value', value: '1e400' },
] }));
const custom = sent().custom_data;
assertThat(custom.colour).isUndefined();
assertThat(custom.num_items).isEqualTo(3);
assertThat(custom.contents).isEqualTo([{ id: 'A', item_price: '9.5', quantity: 2 }]);
assertThat(custom.value).isEqualTo('129.98');
