// The visitor's address is the X-Forwarded-For entry the trusted proxies appended, never one the caller wrote; private and reserved addresses are refused
const ipFor = (forwardedFor, hops) => {
  reset();
  request.headers['x-forwarded-for'] = forwardedFor;
  runCode({ path: '/pinterest/events', allowedOrigins: 'https://shop.example', trustedProxyHops: hops });
  return ran[0].ip_override;
};
// Cloud Run appends one entry (the default, 1 hop); behind the load balancer two: the visitor's and its own.
assertThat(ipFor('203.0.113.66, 198.51.100.7')).isEqualTo('198.51.100.7');
assertThat(ipFor('203.0.113.66, 198.51.100.7', '1')).isEqualTo('198.51.100.7');
assertThat(ipFor('203.0.113.66, 198.51.100.7, 192.0.2.80', '2')).isEqualTo('198.51.100.7');
assertThat(ipFor('2001:db8::66,2606:4700:4700::1111', '1')).isEqualTo('2606:4700:4700::1111');
// Fewer entries than trusted hops: the request did not come through them, and no address is sent.
assertThat(ipFor('198.51.100.7', '2')).isUndefined();
assertThat(ipFor(undefined)).isUndefined();
[
  '0.0.0.0', '10.1.2.3', '100.64.0.1', '100.127.255.254', '127.0.0.1', '169.254.169.254', '172.16.0.1', '172.31.255.255', '192.0.0.8',
  '192.168.1.1', '198.18.0.1', '198.19.255.255', '224.0.0.1', '239.1.1.1', '240.0.0.1', '255.255.255.255',
  '::', '::1', '::ffff:198.51.100.7', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '2001::1', '2001:1ff::1', '64:ff9b::c633:6407',
].forEach((reserved) => assertThat(ipFor('198.51.100.9, ' + reserved)).isUndefined());
[
  '<script>', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.256', '-1.2.3.4', '1.2.3.4:443', '[2001:db8::1]', '2001:db8::1::2', '2001:db8:::1',
  '2001:db8:1:2:3:4:5:6:7', '2001:db8::1%eth0', '2001:db8::198.51.100.7', '12345::1', 'g001:db8::1', '2001:db8',
].forEach((junk) => assertThat(ipFor('198.51.100.9, ' + junk)).isUndefined());
['100.63.255.255', '100.128.0.1', '172.15.255.255', '172.32.0.1', '192.0.1.1', '192.169.0.1', '198.17.255.255', '198.20.0.1', '223.255.255.255', '2001:200::1', '3fff::1']
  .forEach((edge) => assertThat(ipFor('10.0.0.1, ' + edge)).isEqualTo(edge));
// The address never comes from getRemoteAddress, which reads the first entry: the one any caller writes.
assertApi('getRemoteAddress').wasNotCalled();
