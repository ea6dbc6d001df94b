// Automatic mode: video_start becomes watchvideo with the video title
dataLayer = { event: 'video_start', video_title: 'Spring', 'gtm.uniqueEventId': 6 };
runCode(withData({ eventName: 'auto' }));
assertThat(tracked()).isEqualTo([['track', 'watchvideo', { video_title: 'Spring', event_id: PAGE_VIEW_ID + '.6' }]]);
