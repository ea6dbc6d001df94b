// A GET whose event is not JSON gets 400
request.query = { v: '1', e: 'nope' };
runCode(mockData);
assertThat(response.status).isEqualTo(400);
assertThat(errorOf()).isEqualTo('e: must be JSON');
