// A value that is neither an address nor a digest is left out, logged without the value
runCode(withData({ email: 'Jane Doe' }));
assertThat(hashed).isEqualTo([]);
assertThat(callsOf('load')[0][2]).isEqualTo({});
assertThat(logs.join(' ')).contains('em left out: not an email address');
assertThat(logs.join(' ')).doesNotContain('Jane');
