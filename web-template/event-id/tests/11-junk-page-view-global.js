// A page view global of another shape is replaced; a frozen one falls back to gtm.start, so every evaluation agrees
pageViewGlobal = { not: 'an id' };
dataLayer = { event: 'add_to_cart', 'gtm.uniqueEventId': 7, 'gtm.start': 1700000000123 };
const first = runCode(mockData);
assertThat(globalsSet[0][2]).isTrue();
assertThat(runCode(mockData)).isEqualTo(first);
pageViewGlobal = 42;
frozenGlobal = true;
assertThat(runCode(mockData)).isEqualTo('1700000000123.gtm.7');
assertThat(runCode(mockData)).isEqualTo('1700000000123.gtm.7');
