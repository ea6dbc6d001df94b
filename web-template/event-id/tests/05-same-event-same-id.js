// Every evaluation on the same event returns the same id
dataLayer = { event: 'page_view', 'gtm.uniqueEventId': 4 };
assertThat(runCode(mockData)).isEqualTo(runCode(mockData));
