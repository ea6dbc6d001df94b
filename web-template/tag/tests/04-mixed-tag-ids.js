// Loads the valid tag IDs and logs the others
runCode(withData({ tagId: 'abc, ' + TAG_ID + ' ,' }));
assertThat(callsOf('load')).isEqualTo([['load', TAG_ID, {}]]);
assertThat(logs.join(' ')).contains('abc');
