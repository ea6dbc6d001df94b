// A body that is not JSON gets 400 and runs nothing
post('{not json');
runCode(mockData);
assertThat(response.status).isEqualTo(400);
assertThat(errorOf()).isEqualTo('body: must be a JSON object');
assertThat(ran).isEqualTo([]);
