// The path is configurable
request.path = '/pinterest/v2';
runCode(mockData);
assertThat(claimed).isFalse();
runCode({ path: '/pinterest/v2' });
assertThat(claimed).isTrue();
