// The click id cookie can be turned off
post({ v: 1, events: [wireEvent({ click_id: 'EPIK-1', click_id_from_url: true })] });
runCode({ path: '/pinterest/events', setClickIdCookie: false });
assertThat(cookiesSet).isEqualTo([]);
assertThat(ran.length).isEqualTo(1);
