// MD5 and SHA-1 email digests are left out on both sides (Pinterest names SHA-256 only for the JavaScript tag and the API), with a log line that does not show them
const md5 = '0CBA00CA3DA1B283A57287BCCEB17E35';
runCode(withData({ email: md5, serverUrl: 'https://sgtm.example.com/pinterest/events', eventName: 'signup' }));
assertThat(hashed).isEqualTo([]);
assertThat(callsOf('load')[0][2]).isEqualTo({});
const event = JSON.parse(require('decodeUriComponent')(pixels[0].slice('https://sgtm.example.com/pinterest/events?v=1&e='.length)));
assertThat(event.user_data).isEqualTo({});
assertThat(logs.join(' ')).contains('em left out: not an email address or SHA-256 digest');
assertThat(logs.join(' ').toLowerCase()).doesNotContain(md5.toLowerCase());
const sha1 = 'A3CADDB38202511EAB803116294DC020F7C4F8A2';
pintrkCalls = [];
runCode(withData({ email: sha1 }));
assertThat(hashed).isEqualTo([]);
assertThat(callsOf('set')).isEqualTo([]);
// A SHA-256 digest is the hashed form Pinterest names: passed through, lower-cased, never hashed again.
const sha256 = 'B4C9A289323B21A01C3E940F150EB9B8C542587F1ABFD8F0E1CC1FFC5E475514';
runCode(withData({ email: sha256 }));
assertThat(callsOf('set')).isEqualTo([['set', { em: sha256.toLowerCase() }]]);
