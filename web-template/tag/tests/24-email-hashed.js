// The email is normalised and hashed before load; the raw address is never logged
runCode(withData({ eventName: 'signup', email: ' Jane.Doe@Example.COM ' }));
assertThat(hashed).isEqualTo(['jane.doe@example.com']);
assertThat(callsOf('load')).isEqualTo([['load', TAG_ID, { em: 'sha256(jane.doe@example.com)' }]]);
assertThat(logs.join(' ')).doesNotContain('Jane');
assertThat(logs.join(' ')).doesNotContain('jane');
