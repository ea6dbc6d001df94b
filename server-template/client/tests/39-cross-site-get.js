// A GET the browser marks cross-site, or from a page of another site, runs nothing and sets no cookie; the site's own pixels keep working
const pixel = (headers, page) => {
  reset();
  request.headers = headers;
  request.query = { v: '1', e: JSON.stringify(wireEvent({ page_location: page || 'https://shop.example/thanks', click_id: 'EPIK-1', click_id_from_url: true })) };
};
// An <img> on any page sends Sec-Fetch-Site: cross-site (and the page as Referer, unless it hides it).
[
  [{ 'sec-fetch-site': 'cross-site' }, 'sec-fetch-site: cross-site'],
  [{ 'sec-fetch-site': 'cross-site', referer: 'https://shop.example/' }, 'sec-fetch-site: cross-site'],
  [{ origin: 'https://evil.example' }, 'origin: not allowed'],
  [{ origin: 'null' }, 'origin: not allowed'],
  [{ referer: 'https://evil.example/deal' }, 'referer: not on the site'],
  [{ referer: 'https://shop.example.evil.example/' }, 'referer: not on the site'],
  [{ referer: 'https://evilshop.example/' }, 'referer: not on the site'],
  [{ referer: 'not a url' }, 'referer: not on the site'],
].forEach((row) => {
  pixel(row[0]);
  runCode(mockData);
  assertThat(response.status).isEqualTo(403);
  assertThat(errorOf()).isEqualTo(row[1]);
  assertThat(ran).isEqualTo([]);
  assertThat(cookiesSet).isEqualTo([]);
});
pixel({}, 'https://evil.example/checkout');
runCode(mockData);
assertThat([response.status, errorOf(), ran, cookiesSet]).isEqualTo([403, 'page_location: not on the site', [], []]);
// The site's own pages: same-origin or same-site (a server container on a subdomain), a subdomain's page, no Referer at all.
[
  [{ 'sec-fetch-site': 'same-site', referer: 'https://shop.example/' }, 'https://shop.example/thanks'],
  [{ 'sec-fetch-site': 'same-origin', referer: 'https://www.shop.example/p/1?x=1' }, 'https://www.shop.example/p/1'],
  [{ 'sec-fetch-site': 'none' }, 'https://shop.example/'],
  [{}, 'https://shop.example/thanks'],
].forEach((row) => {
  pixel(row[0], row[1]);
  runCode(mockData);
  assertThat(response.pixel).isTrue();
  assertThat(ran.length).isEqualTo(1);
  assertThat(cookiesSet.length).isEqualTo(2);
});
// Site hosts: the field and the allowed origins; with neither, the registrable domain of the server container's host.
const noHosts = { path: '/pinterest/events' };
pixel({ host: 'sgtm.shop.example', referer: 'https://www.shop.example/' }, 'https://shop.example/thanks');
runCode(noHosts);
assertThat(ran.length).isEqualTo(1);
pixel({ host: 'sgtm.shop.example' }, 'https://evil.example/thanks');
runCode(noHosts);
assertThat([response.status, ran]).isEqualTo([403, []]);
pixel({}, 'https://shop.example/thanks');
runCode(noHosts);
assertThat([response.status, errorOf()]).isEqualTo([403, 'page_location: not on the site']);
pixel({ host: 'sgtm.shop.example', referer: 'https://xn--bcher-kva.example/' }, 'https://bücher.example/');
runCode({ path: '/pinterest/events', siteHosts: 'bücher.example, https://shop.example' });
assertThat(ran.length).isEqualTo(1);
pixel({ host: 'sgtm.shop.example' }, 'https://shop.example/');
runCode({ path: '/pinterest/events', siteHosts: 'bücher.example' });
assertThat(response.status).isEqualTo(403);
// A POST is judged by its Origin (CORS) and the shared secret, not by these rules: a site's backend sends no browser headers.
post({ v: 1, events: [wireEvent({ page_location: 'https://other.example/' })] }, { referer: 'https://other.example/' });
runCode(mockData);
assertThat(response.status).isEqualTo(204);
