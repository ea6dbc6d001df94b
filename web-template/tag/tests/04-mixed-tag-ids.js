// Loads the valid tag IDs and logs that others were left out, without echoing them
runCode(withData({ tagId: 'abc, ' + TAG_ID + ' ,' }));
assertThat(callsOf('load')).isEqualTo([['load', TAG_ID, {}]]);
assertThat(logs.join(' ')).contains('tag IDs not of 13 digits left out');
assertThat(logs.join(' ')).doesNotContain('abc');
