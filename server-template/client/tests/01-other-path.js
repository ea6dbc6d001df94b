// A request on another path is left to other clients
request.path = '/g/collect';
runCode(mockData);
assertThat(claimed).isFalse();
assertThat(ran).isEqualTo([]);
assertThat(response.returned).isFalse();
