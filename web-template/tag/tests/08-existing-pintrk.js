// A tag ID new to this template is loaded although pintrk already exists on the page
runCode(mockData);
pintrkCalls = [];
runCode(withData({ tagId: OTHER_TAG_ID }));
assertThat(pintrkCalls).isEqualTo([['load', OTHER_TAG_ID, {}]]);
assertApi('createArgumentsQueue').wasCalledWith('pintrk', 'pintrk.queue');
