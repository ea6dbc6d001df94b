// Raw email addresses and phone numbers are refused in custom properties; identifiers and dates are not
[
  [{ contact: 'jane.doe@example.com' }, 'custom_data.*: must not hold a raw email address (send it hashed in user_data.em)'],
  [{ contact: 'Mail me: jane.doe%40example.com' }, 'custom_data.*: must not hold a raw email address (send it hashed in user_data.em)'],
  [{ lead_type: 'jane@example.co.uk' }, 'custom_data.lead_type: must not hold a raw email address (send it hashed in user_data.em)'],
  [{ line_items: [{ product_name: 'for bob@example.org' }] }, 'custom_data.line_items[0].product_name: must not hold a raw email address (send it hashed in user_data.em)'],
  [{ contact: '+49 151 23456789' }, 'custom_data.*: must not hold a raw phone number'],
  [{ contact: '(555) 123-4567' }, 'custom_data.*: must not hold a raw phone number'],
  [{ contact: '020 7946 0958' }, 'custom_data.*: must not hold a raw phone number'],
].forEach((row) => {
  reset();
  post({ v: 1, events: [wireEvent({ custom_data: row[0] })] });
  runCode(mockData);
  assertThat(response.status).isEqualTo(400);
  assertThat(errorOf()).isEqualTo(row[1]);
  assertThat(ran).isEqualTo([]);
});
reset();
post({ v: 1, events: [wireEvent({ custom_data: { order_id: '100000123', gtin: '4006381333931', delivery: '2024-01-15', handle: '@shop', version: '2.4.1' } })] });
runCode(mockData);
assertThat(response.status).isEqualTo(204);
