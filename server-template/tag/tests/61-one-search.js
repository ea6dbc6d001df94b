// One search is one Search: GA4's view_search_results (sent by enhanced measurement beside the site's search event) is not a conversion
eventData = { event_name: 'view_search_results', search_term: 'boots', ip_override: '203.0.113.9', user_agent: 'Mozilla/5.0' };
runCode(mockData);
assertThat(requests.length).isEqualTo(0);
assertThat(logText()).contains('view_search_results is not a conversion');
eventData.event_name = 'search';
runCode(mockData);
assertThat([sent().event_name, sent().custom_data.search_string]).isEqualTo(['search', 'boots']);
