// BigQuery logging writes a row per log line to the chosen table
runCode(withData({ logMode: 'off', bigQueryLogging: true, bigQueryDatasetId: 'pinterest', bigQueryTableId: 'capi_logs' }));
assertThat(bigQueryRows.length).isEqualTo(2);
assertThat(bigQueryRows[0][0]).isEqualTo({ datasetId: 'pinterest', tableId: 'capi_logs' });
assertThat(bigQueryRows[0][1][0].type).isEqualTo('Request');
assertThat(JSON.stringify(bigQueryRows)).doesNotContain('pina_TOKEN');
