// An Event value that is not one of the menu's items (an edited export, a tag made through the API) is not tracked, and is logged
runCode(withData({ eventName: 'contact jane@example.com please' }));
runCode(withData({ eventName: '[object Object]' }));
runCode(withData({ eventName: 'Checkout' }));
assertThat(tracked()).isEqualTo([]);
assertThat(logs.filter((l) => l.indexOf('no event: not a Pinterest event') !== -1).length).isEqualTo(3);
assertThat(logs.join(' ').indexOf('jane@example.com')).isEqualTo(-1);
runCode(withData({ eventName: 'addtocart', value: 5, currency: 'EUR' }));
assertThat(tracked().filter((call) => call[1] === 'addtocart').length).isEqualTo(1);
