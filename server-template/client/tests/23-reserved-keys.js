// Custom properties named like keys the client sets cannot replace them: they land under x-pinterest-custom-
post({ v: 1, events: [wireEvent({ custom_data: {
  ip_override: '2001:db8::66', user_agent: 'Evil/1', page_location: 'https://evil.example/?epik=STOLEN', partner_id: 'P-EVIL',
  event_name: 'page_visit', event_id: 'E-EVIL', click_id: 'STOLEN', user_data: 'x', items: 'x', transaction_id: 'T-EVIL', language: 'xx',
} })] }, { 'user-agent': 'UA/1' });
runCode(mockData);
assertThat(response.status).isEqualTo(204);
const event = ran[0];
assertThat([event.ip_override, event.user_agent, event.page_location, event.event_name, event.event_id]).isEqualTo(['198.51.100.7', 'UA/1', 'https://shop.example/thanks', 'checkout', 'checkout_T-1']);
assertThat([event.partner_id, event.click_id, event.items, event.transaction_id, event.language]).isEqualTo([undefined, undefined, undefined, undefined, undefined]);
assertThat(event.user_data).isEqualTo({ em: [HASH] });
assertThat(event['x-pinterest-custom-ip_override']).isEqualTo('2001:db8::66');
assertThat(event['x-pinterest-custom-partner_id']).isEqualTo('P-EVIL');
assertThat(event['x-pinterest-gtm-source']).isEqualTo('client');
