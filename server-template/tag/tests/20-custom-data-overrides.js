// The custom data table wins over the event, in the API's types
runCode(withData({ customDataOverrides: [{ field: 'value', value: '10.5' }, { field: 'content_ids', value: 'A, B' }, { field: 'currency', value: 'eur' }, { field: 'num_items', value: '4' }, { field: 'content_brand', value: 'Acme' }] }));
const custom = sent().custom_data;
assertThat([custom.value, custom.content_ids, custom.currency, custom.num_items, custom.content_brand]).isEqualTo(['10.5', ['A', 'B'], 'EUR', 4, 'Acme']);
