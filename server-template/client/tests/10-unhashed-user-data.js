// User data must already be hashed
post({ v: 1, events: [wireEvent({ user_data: { em: ['jane@example.com'] } })] });
runCode(mockData);
assertThat(errorOf()).isEqualTo('user_data.em[0]: must be a SHA-256 hex digest');
assertThat(response.body).doesNotContain('jane');
