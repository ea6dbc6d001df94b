// The cookie domain field can only name a host: anything that would add cookie attributes falls back to auto
post({ v: 1, events: [wireEvent({ click_id: 'EPIK-1', click_id_from_url: true })] });
runCode({ cookieDomain: 'evil.example; HttpOnly' });
assertThat(cookiesSet[0][2].domain).isEqualTo('auto');
reset();
post({ v: 1, events: [wireEvent({ click_id: 'EPIK-1', click_id_from_url: true })] });
runCode({ cookieDomain: 'Shop.Example' });
assertThat(cookiesSet[0][2].domain).isEqualTo('shop.example');
