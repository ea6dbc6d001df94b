// A GA4 page_view (and view_item) is the page visit with the event_id the web tag's pagevisit of that page view carries
eventData = { event_name: 'page_view', event_id: '1700000000000.123456789.page2', ip_override: '203.0.113.9', user_agent: 'UA' };
runCode(mockData);
assertThat([sent().event_name, sent().event_id]).isEqualTo(['page_visit', '1700000000000.123456789.page2']);
requests = [];
eventData.event_name = 'view_item';
eventData.items = [{ item_id: 'SKU-9', price: 80 }];
eventData.currency = 'USD';
runCode(mockData);
assertThat([sent().event_name, sent().event_id, sent().custom_data.content_ids]).isEqualTo(['page_visit', '1700000000000.123456789.page2', ['SKU-9']]);
