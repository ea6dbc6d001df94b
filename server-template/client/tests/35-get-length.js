// A GET event longer than the protocol's 8000 characters is refused before it is parsed
request.query = { v: '1', e: JSON.stringify(wireEvent({ custom_data: { note: repeat('n', 8000) } })) };
runCode(mockData);
assertThat(response.status).isEqualTo(413);
assertThat(errorOf()).isEqualTo('e: longer than 8000 characters');
assertThat(ran).isEqualTo([]);
