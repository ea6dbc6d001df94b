// Raw email addresses are refused in free text (custom properties, names, lead types); identifiers are never judged by their shape, and there is no phone-number rule
[
  [{ contact: 'jane.doe@example.com' }, 'custom_data.*: must not hold a raw email address (send it hashed in user_data.em)'],
  [{ contact: 'Mail me: jane.doe%40example.com' }, 'custom_data.*: must not hold a raw email address (send it hashed in user_data.em)'],
  [{ lead_type: 'jane@example.co.uk' }, 'custom_data.lead_type: must not hold a raw email address (send it hashed in user_data.em)'],
  [{ line_items: [{ product_name: 'for bob@example.org' }] }, 'custom_data.line_items[0].product_name: must not hold a raw email address (send it hashed in user_data.em)'],
].forEach((row) => {
  reset();
  post({ v: 1, events: [wireEvent({ custom_data: row[0] })] });
  runCode(mockData);
  assertThat(response.status).isEqualTo(400);
  assertThat(errorOf()).isEqualTo(row[1]);
  assertThat(ran).isEqualTo([]);
});
reset();
post({ v: 1, events: [wireEvent({
  event_id: 'checkout_2024-0615-0042',
  custom_data: {
    order_id: '2024-0615-0042', gtin: '4006381333931', delivery: '2024-01-15', handle: '@shop', version: '2.4.1', hotline: '+49 151 23456789',
    line_items: [{ product_id: '978-0-306-40615-7' }, { product_id: '100-200-300', product_name: 'Model (555) 123-4567' }],
  },
})] });
runCode(mockData);
assertThat(response.status).isEqualTo(204);
assertThat([ran[0].event_id, ran[0].transaction_id, ran[0]['x-pinterest-custom-hotline']]).isEqualTo(['checkout_2024-0615-0042', '2024-0615-0042', '+49 151 23456789']);
assertThat(ran[0].items.map((i) => i.item_id)).isEqualTo(['978-0-306-40615-7', '100-200-300']);
