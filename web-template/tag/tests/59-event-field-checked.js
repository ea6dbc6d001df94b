// An Event value that is not one of the menu's events (a container edited outside GTM's editor) tracks nothing, is logged without echoing it, and forwards nothing for it
dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 5 };
runCode(withData({ eventName: 'contact jane@example.com', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
assertThat(tracked()).isEqualTo([]);
assertThat(pageVisits()).isEqualTo([PAGE_VISIT_ID]);
assertThat(pixels.length).isEqualTo(1);
assertThat(logs.join(' ')).contains('no event: not a Pinterest event');
assertThat(logs.join(' ') + JSON.stringify(pintrkCalls)).doesNotContain('jane');
assertApi('gtmOnSuccess').wasCalled();
