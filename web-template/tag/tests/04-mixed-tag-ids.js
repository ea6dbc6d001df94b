// Loads the valid tag IDs and logs how many others there were, without echoing them
runCode(withData({ tagId: 'abc, ' + TAG_ID + ' ,' }));
assertThat(callsOf('load')).isEqualTo([['load', TAG_ID, {}]]);
assertThat(logs.join(' ')).contains('1 tag ID(s) not of 13 digits left out');
assertThat(logs.join(' ')).doesNotContain('abc');
