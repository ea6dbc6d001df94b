// A blocked core.js ends the tag with gtmOnFailure
coreJsLoads = false;
runCode(mockData);
assertApi('gtmOnFailure').wasCalled();
assertApi('gtmOnSuccess').wasNotCalled();
assertThat(logs.join(' ')).contains('core.js');
