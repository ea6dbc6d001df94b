// The click id comes from the epik URL parameter, else the _epik cookie, else event data
cookies = { _epik: ['dj0yCOOKIE1'] };
eventData.page_location = 'https://shop.example/p?epik=dj0yURL1&x=1';
eventData.click_id = 'dj0yEVENT1';
runCode(mockData);
assertThat(sent().user_data.click_id).isEqualTo('dj0yURL1');
requests = [];
eventData.page_location = 'https://shop.example/p';
runCode(mockData);
assertThat(sent().user_data.click_id).isEqualTo('dj0yCOOKIE1');
requests = [];
cookies = {};
runCode(mockData);
assertThat(sent().user_data.click_id).isEqualTo('dj0yEVENT1');
