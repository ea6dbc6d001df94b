// A national phone number gets the calling code of the address country, without its trunk prefix
const phoneFor = (userData) => {
  requests = [];
  eventData.user_data = userData;
  runCode(mockData);
  return sent().user_data.ph;
};
assertThat(phoneFor({ phone_number: '(555) 123-4567', address: { country: 'US' } })).isEqualTo(['sha256(15551234567)']);
assertThat(phoneFor({ phone_number: '020 7946 0958', address: [{ country: 'United Kingdom' }] })).isEqualTo(['sha256(442079460958)']);
assertThat(phoneFor({ phone_number: '030 1234567', address: { country: 'Deutschland' } })).isEqualTo(['sha256(49301234567)']);
assertThat(phoneFor({ phone_number: '+44 (0)20 7946 0958', address: { country: 'US' } })).isEqualTo(['sha256(442079460958)']);
assertThat(phoneFor({ phone_number: '16505551234', address: { country: 'USA' } })).isEqualTo(['sha256(16505551234)']);
