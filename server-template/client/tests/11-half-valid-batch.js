// One bad event refuses the whole batch, naming its index
post({ v: 1, events: [wireEvent(), wireEvent({ custom_data: { value: 'ten' } })] });
runCode(mockData);
assertThat(errorOf()).isEqualTo('events[1].custom_data.value: must be a finite number');
assertThat(ran).isEqualTo([]);
