// An explicit event ID is used as is
dataLayer = purchase;
runCode(withData({ eventName: 'checkout', eventId: ' order-77 ' }));
assertThat(tracked()[0][2].event_id).isEqualTo('order-77');
