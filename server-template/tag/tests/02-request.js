// One POST to the ad account's events endpoint with the Bearer token
runCode(mockData);
assertThat(requests.length).isEqualTo(1);
assertThat(requests[0].url).isEqualTo(ENDPOINT);
assertThat(requests[0].options).isEqualTo({ method: 'POST', headers: { Authorization: 'Bearer pina_TOKEN', 'Content-Type': 'application/json' }, timeout: 5000 });
