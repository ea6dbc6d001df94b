// MD5 and SHA-1 email digests go to the tag as they are (it accepts them) but never to the server container
const md5 = '0CBA00CA3DA1B283A57287BCCEB17E35';
runCode(withData({ email: md5, serverUrl: 'https://sgtm.example.com/pinterest/events', eventName: 'signup' }));
assertThat(hashed).isEqualTo([]);
assertThat(callsOf('load')[0][2]).isEqualTo({ em: md5.toLowerCase() });
const event = JSON.parse(require('decodeUriComponent')(pixels[0].slice('https://sgtm.example.com/pinterest/events?v=1&e='.length)));
assertThat(event.user_data).isEqualTo({});
const sha1 = 'A3CADDB38202511EAB803116294DC020F7C4F8A2';
pintrkCalls = [];
runCode(withData({ email: sha1 }));
assertThat(hashed).isEqualTo([]);
assertThat(callsOf('set')).isEqualTo([['set', { em: sha1.toLowerCase() }]]);
