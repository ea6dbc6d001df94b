// MD5 and SHA-1 emails are left out (the Conversions API takes SHA-256 only) and logged without the digest
const md5 = '0CBA00CA3DA1B283A57287BCCEB17E35';
const sha1 = 'a3caddb38202511eab803116294dc020f7c4f8a2';
eventData.user_data = { email_address: [md5, sha1, 'jane@example.com'] };
runCode(mockData);
assertThat(sent().user_data.em).isEqualTo(['sha256(jane@example.com)']);
assertApi('sha256Sync').wasNotCalledWith(md5.toLowerCase(), { outputEncoding: 'hex' });
assertApi('sha256Sync').wasNotCalledWith(sha1, { outputEncoding: 'hex' });
assertThat(logText()).contains('em left out: an MD5 or SHA-1 digest: Pinterest takes SHA-256 digests only');
assertThat(logText()).doesNotContain(sha1);
assertThat(logText()).doesNotContain(md5);
