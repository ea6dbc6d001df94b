// The body limit counts UTF-8 bytes, not characters
const body = JSON.stringify({ v: 1, events: [wireEvent({ custom_data: { colour: repeat('ü', 200) } })] });
post(body);
runCode({ path: '/pinterest/events', maxBodyBytes: '' + (body.length + 50) });
assertThat(response.status).isEqualTo(413);
assertThat(errorOf()).isEqualTo('body: larger than ' + (body.length + 50) + ' bytes');
assertThat(ran).isEqualTo([]);
reset();
runCode({ path: '/pinterest/events', maxBodyBytes: '' + (body.length + 200) });
assertThat(response.status).isEqualTo(204);
