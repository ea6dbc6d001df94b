// A SHA-256 email is passed through, lower-cased, without hashing it again
const digest = 'AC8D8342BBB2362D13F0A559A3621BB407011368895164B628A54F7FC33FC43C';
runCode(withData({ email: digest }));
assertThat(hashed).isEqualTo([]);
assertThat(callsOf('load')[0][2]).isEqualTo({ em: digest.toLowerCase() });
