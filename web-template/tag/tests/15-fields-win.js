// Fields win over the dataLayer
dataLayer = purchase;
runCode(withData({ eventName: 'checkout', value: '100.5', currency: 'usd', orderId: 'T-2', orderQuantity: '4' }));
const data = tracked()[0][2];
assertThat([data.value, data.currency, data.order_id, data.order_quantity, data.event_id]).isEqualTo([100.5, 'USD', 'T-2', 4, 'checkout_T-2']);
assertThat(data.line_items.length).isEqualTo(2);
