// Country names and alpha-3 codes become ISO alpha-2 codes; US and Canadian state names become their codes
const placeOf = (address) => {
  requests = [];
  eventData.user_data = { email_address: 'jane@example.com', address: address };
  runCode(mockData);
  return [sent().user_data.st, sent().user_data.country];
};
assertThat(placeOf({ region: 'California', country: 'United States' })).isEqualTo([['sha256(ca)'], ['sha256(us)']]);
assertThat(placeOf({ region: 'New York', country: 'USA' })).isEqualTo([['sha256(ny)'], ['sha256(us)']]);
assertThat(placeOf({ region: 'Québec', country: 'Canada' })).isEqualTo([['sha256(qc)'], ['sha256(ca)']]);
assertThat(placeOf({ region: 'BY', country: 'Deutschland' })).isEqualTo([['sha256(by)'], ['sha256(de)']]);
assertThat(placeOf({ region: 'US-TX', country: 'us' })).isEqualTo([['sha256(tx)'], ['sha256(us)']]);
assertThat(placeOf({ country: 'Österreich' })).isEqualTo([undefined, ['sha256(at)']]);
