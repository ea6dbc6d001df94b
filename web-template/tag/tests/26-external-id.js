// The external ID is hashed as given (trimmed)
runCode(withData({ externalId: ' Cust-42 ' }));
assertThat(callsOf('load')[0][2]).isEqualTo({ external_id: 'sha256(Cust-42)' });
