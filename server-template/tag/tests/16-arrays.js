// Arrays are hashed per element, duplicates and empty values left out
eventData.user_data = { email_address: ['a@b.c', ' A@B.C ', '', 'd@e.f'], phone_number: null };
runCode(mockData);
assertThat(sent().user_data.em).isEqualTo(['sha256(a@b.c)', 'sha256(d@e.f)']);
assertThat(sent().user_data.ph).isUndefined();
