// User data is normalised as Pinterest specifies, then hashed
eventData.user_data = {
  email_address: ' Jane@Example.COM ', phone_number: '+1 (650) 555-1234',
  address: [{ first_name: ' Jane ', last_name: 'Doe', city: 'Menlo Park', region: 'CA', postal_code: '94025-1234', country: 'US' }],
};
runCode(mockData);
const user = sent().user_data;
assertThat([user.em, user.ph, user.fn, user.ln, user.ct, user.st, user.zp, user.country]).isEqualTo([
  ['sha256(jane@example.com)'], ['sha256(16505551234)'], ['sha256(jane)'], ['sha256(doe)'], ['sha256(menlopark)'], ['sha256(ca)'], ['sha256(94025)'], ['sha256(us)'],
]);
