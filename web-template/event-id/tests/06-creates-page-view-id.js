// The first template on the page creates the page view id in a window global
pageViewGlobal = undefined;
dataLayer = { event: 'sign_up', 'gtm.uniqueEventId': 2 };
const id = runCode(mockData);
assertThat(globalsSet.length).isEqualTo(1);
assertThat(globalsSet[0][0]).isEqualTo('_pinterest_gtm_pvid');
assertThat(id).isEqualTo(globalsSet[0][1] + '.2');
