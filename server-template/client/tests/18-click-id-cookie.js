// A click id from the page URL is kept in a first-party _epik cookie set by the server, encoded
post({ v: 1, events: [wireEvent({ click_id: 'EPIK-1', click_id_from_url: true })] });
runCode(mockData);
assertThat(cookiesSet[0][0]).isEqualTo('_epik');
assertThat(cookiesSet[0][1]).isEqualTo('EPIK-1');
assertThat(cookiesSet[0][2]).isEqualTo({ domain: 'auto', path: '/', 'max-age': 31536000, secure: true, sameSite: 'Lax', httpOnly: false });
assertThat(cookiesSet[0][3]).isFalsy();
assertThat(cookiesSet[1][0]).isEqualTo('_pin_gtm_epik_ts');
assertThat(cookiesSet[1][1]).isEqualTo('1700000000000');
assertThat(cookiesSet[1][3]).isFalsy();
