// event_source_url is sent and logged without its query and fragment, after the click id was read from it
eventData.page_location = 'https://shop.example/thanks?epik=dj0yURLCLICK1&email=jane.doe%40example.com#top';
runCode(mockData);
assertThat(sent().event_source_url).isEqualTo('https://shop.example/thanks');
assertThat(sent().user_data.click_id).isEqualTo('dj0yURLCLICK1');
assertThat(logText()).doesNotContain('jane.doe');
requests = [];
eventData.page_location = 'javascript:alert(1)//?epik=X';
runCode(mockData);
assertThat(sent().event_source_url).isUndefined();
