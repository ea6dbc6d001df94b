// SHA-256 values pass through lower-cased and are not hashed again
const digest = 'B4C9A289323B21A01C3E940F150EB9B8C542587F1ABFD8F0E1CC1FFC5E475514';
eventData.user_data = { sha256_email_address: digest, address: { sha256_first_name: digest } };
runCode(mockData);
assertThat(sent().user_data.em).isEqualTo([digest.toLowerCase()]);
assertThat(sent().user_data.fn).isEqualTo([digest.toLowerCase()]);
assertApi('sha256Sync').wasNotCalled();
