// Bodies over the size limit get 413
post({ v: 1, events: [wireEvent()] });
runCode({ path: '/pinterest/events', maxBodyBytes: '100' });
assertThat(response.status).isEqualTo(413);
