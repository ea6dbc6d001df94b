// Loads the valid tag IDs and logs how many others there were, without echoing them
runCode(withData({ tagId: 'abc, ' + TAG_ID + ' ,' }));
assertThat(callsOf('load')).isEqualTo([['load', TAG_ID, {}]]);
assertThat(logs.join(' ')).contains('ignoring 1 tag ID(s)');
assertThat(logs.join(' ')).doesNotContain('abc');
