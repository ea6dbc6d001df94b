// The click id comes from the epik URL parameter, else the _epik cookie, else event data
cookies = { _epik: ['COOKIE'] };
eventData.page_location = 'https://shop.example/p?epik=URL&x=1';
eventData.click_id = 'EVENT';
runCode(mockData);
assertThat(sent().user_data.click_id).isEqualTo('URL');
requests = [];
eventData.page_location = 'https://shop.example/p';
runCode(mockData);
assertThat(sent().user_data.click_id).isEqualTo('COOKIE');
requests = [];
cookies = {};
runCode(mockData);
assertThat(sent().user_data.click_id).isEqualTo('EVENT');
