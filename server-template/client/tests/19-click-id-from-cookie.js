// A click id read from the cookie is not written again
post({ v: 1, events: [wireEvent({ click_id: 'EPIK-1' })] });
runCode(mockData);
assertThat(cookiesSet).isEqualTo([]);
