// Lead, search and video fields go into the event data
runCode(withData({ eventName: 'watchvideo', videoTitle: 'How to pot', searchQuery: 'pots', leadType: 'Demo', promoCode: 'X1' }));
const data = tracked()[0][2];
assertThat([data.video_title, data.search_query, data.lead_type, data.promo_code]).isEqualTo(['How to pot', 'pots', 'Demo', 'X1']);
