// Without gtm.uniqueEventId the event still gets an id unique to the page view
runCode(withData({ eventName: 'signup' }));
const id = tracked()[0][2].event_id;
assertThat(id.indexOf(PAGE_VIEW_ID + '.r')).isEqualTo(0);
