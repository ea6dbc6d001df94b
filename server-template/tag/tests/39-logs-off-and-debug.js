// Logging off, or debug outside Preview, writes nothing
runCode(withData({ logMode: 'off' }));
runCode(withData({ logMode: 'debug' }));
assertThat(logs).isEqualTo([]);
