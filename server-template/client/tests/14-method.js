// Methods other than GET, POST and OPTIONS get 405
request.method = 'PUT';
runCode(mockData);
assertThat(response.status).isEqualTo(405);
