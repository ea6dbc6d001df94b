// Batches over the limit get 413
post({ v: 1, events: [wireEvent(), wireEvent(), wireEvent()] });
runCode({ path: '/pinterest/events', maxEvents: '2' });
assertThat(response.status).isEqualTo(413);
assertThat(ran).isEqualTo([]);
