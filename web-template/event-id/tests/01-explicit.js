// An explicit event ID is returned as is
assertThat(runCode({ eventName: 'auto', eventId: 'E-9' })).isEqualTo('E-9');
