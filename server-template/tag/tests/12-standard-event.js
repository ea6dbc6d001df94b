// A chosen standard event overrides the incoming name
runCode(withData({ eventNameSource: 'standard', eventNameStandard: 'add_to_cart' }));
assertThat(sent().event_name).isEqualTo('add_to_cart');
assertThat(sent().event_id).isEqualTo('gen_1700000000000_123456789');
