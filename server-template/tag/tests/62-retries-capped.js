// Retries are capped at 5 whatever the field holds: a billion retries with Pinterest answering 503 makes 6 attempts, then fails
answers = [];
for (let i = 0; i < 20; i++) answers.push({ statusCode: 503, body: '' });
runCode(withData({ maxRetries: '1000000000' }));
assertThat(requests.length).isEqualTo(6);
assertApi('gtmOnFailure').wasCalled();
// A number (from a variable) is read the same way.
requests = [];
answers = [];
for (let i = 0; i < 20; i++) answers.push({ statusCode: 503, body: '' });
runCode(withData({ maxRetries: 1e9 }));
assertThat(requests.length).isEqualTo(6);
