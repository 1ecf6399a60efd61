import { expect } from '@open-wc/testing';
import type { PeerGroup } from '../src/api/meeting-guide.js';
import { dialString } from '../src/api/channel-links.js';
import { directionsUrl, isApplePlatform, joinLinkDomain, telHref } from '../src/components/group-finder/directions.js';

const group = (overrides: Partial<PeerGroup> = {}): PeerGroup => ({
  slug: 'hope',
  name: 'Hope',
  day: 3,
  time: '19:00',
  endTime: '20:00',
  timeZone: 'America/Los_Angeles',
  attendance: 'in-person',
  types: [],
  regions: [],
  address: '123 Main St, Spokane, WA 99201',
  latitude: 47.6588,
  longitude: -117.426,
  ...overrides,
});

const addressOnly = group({ latitude: undefined, longitude: undefined });
const linux = {
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0',
  platform: 'Linux x86_64',
  maxTouchPoints: 0,
};
const iPhone = {
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
  platform: 'iPhone',
  maxTouchPoints: 5,
};
// iPadOS asks for desktop pages: a Mac user agent and platform, but with touch.
const iPadDesktopMode = {
  userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15',
  platform: 'MacIntel',
  maxTouchPoints: 5,
};

describe('group directions links (pure)', () => {
  it('routes to coordinates on OpenStreetMap, and searches the address when there are none', () => {
    expect(directionsUrl(group(), 'osm')).to.equal('https://www.openstreetmap.org/directions?to=47.6588,-117.426');
    expect(directionsUrl(addressOnly, 'osm')).to.equal(
      'https://www.openstreetmap.org/search?query=123%20Main%20St%2C%20Spokane%2C%20WA%2099201',
    );
  });

  it('builds Apple Maps and Google Maps links', () => {
    expect(directionsUrl(group(), 'apple')).to.equal('https://maps.apple.com/?daddr=47.6588,-117.426');
    expect(directionsUrl(addressOnly, 'apple')).to.equal(
      'https://maps.apple.com/?daddr=123%20Main%20St%2C%20Spokane%2C%20WA%2099201',
    );
    expect(directionsUrl(group(), 'google')).to.equal(
      'https://www.google.com/maps/dir/?api=1&destination=47.6588,-117.426',
    );
    expect(directionsUrl(addressOnly, 'google')).to.equal(
      'https://www.google.com/maps/dir/?api=1&destination=123%20Main%20St%2C%20Spokane%2C%20WA%2099201',
    );
  });

  it('chooses Apple Maps on Apple devices and OpenStreetMap elsewhere', () => {
    expect(isApplePlatform(iPhone)).to.be.true;
    expect(isApplePlatform(iPadDesktopMode)).to.be.true;
    expect(isApplePlatform({ platform: 'MacIntel', maxTouchPoints: 0 })).to.be.true;
    expect(isApplePlatform(linux)).to.be.false;
    expect(isApplePlatform({ userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8)', platform: 'Linux armv8l' })).to.be
      .false;
    expect(directionsUrl(group(), 'auto', iPhone)).to.match(/^https:\/\/maps\.apple\.com\//);
    expect(directionsUrl(group(), 'auto', iPadDesktopMode)).to.match(/^https:\/\/maps\.apple\.com\//);
    expect(directionsUrl(group(), 'auto', linux)).to.match(/^https:\/\/www\.openstreetmap\.org\//);
    expect(directionsUrl(group(), undefined, linux)).to.match(/^https:\/\/www\.openstreetmap\.org\//);
    // These tests run in Chromium on Linux.
    expect(directionsUrl(group())).to.match(/^https:\/\/www\.openstreetmap\.org\//);
  });

  it('fills a template, encoding each value', () => {
    const template = 'https://maps.example.org/route?lat={lat}&lon={lon}&q={address}';
    expect(directionsUrl(group(), template)).to.equal(
      'https://maps.example.org/route?lat=47.6588&lon=-117.426&q=123%20Main%20St%2C%20Spokane%2C%20WA%2099201',
    );
    expect(directionsUrl(group({ address: 'A & B?#x' }), 'https://maps.example.org/?q={address}')).to.equal(
      'https://maps.example.org/?q=A%20%26%20B%3F%23x',
    );
    expect(directionsUrl(addressOnly, 'https://maps.example.org/@{lat},{lon}')).to.be.undefined;
  });

  it('rejects a template that is not a web link', () => {
    expect(directionsUrl(group(), 'javascript:alert("{lat}")')).to.be.undefined;
    expect(directionsUrl(group(), 'data:text/html,{address}')).to.be.undefined;
    expect(directionsUrl(group(), 'not a url {lat}')).to.be.undefined;
  });

  it('gives no directions to an online-only group or one with nowhere to go', () => {
    expect(directionsUrl(group({ attendance: 'online' }), 'osm')).to.be.undefined;
    expect(directionsUrl(group({ address: undefined, latitude: undefined, longitude: undefined }), 'osm')).to.be
      .undefined;
    expect(directionsUrl(group({ address: '  ', latitude: undefined, longitude: undefined }), 'google')).to.be
      .undefined;
    expect(directionsUrl(group({ attendance: 'hybrid' }), 'osm')).to.include('openstreetmap.org/directions');
  });

  it('shows the join link’s host without www', () => {
    expect(joinLinkDomain('https://www.zoom.us/j/123')).to.equal('zoom.us');
    expect(joinLinkDomain('https://meet.google.com/abc-defg-hij')).to.equal('meet.google.com');
    expect(joinLinkDomain('http://Example.ORG:8080/room')).to.equal('example.org');
    expect(joinLinkDomain('javascript:alert(1)')).to.be.undefined;
    expect(joinLinkDomain('not a url')).to.be.undefined;
  });

  it('dials a bridge with its codes, percent-encoding #', () => {
    expect(telHref('+1 509 555 0143,,123456#')).to.equal('tel:+15095550143,,123456%23');
    expect(telHref('+13017158592,,#6820639416,,#,,956637#')).to.equal(
      'tel:+13017158592,,%236820639416,,%23,,956637%23',
    );
    expect(telHref('(509) 555-0143;4242*')).to.equal('tel:5095550143;4242*');
    expect(telHref('Phone: 509-555-0143, Meeting ID 841 2345')).to.equal('tel:5095550143');
    expect(telHref('+1 509 555 0143,,')).to.equal('tel:+15095550143');
  });

  it('gives no tel: link without at least three digits', () => {
    expect(telHref('12')).to.be.undefined;
    expect(telHref('call us')).to.be.undefined;
    expect(telHref('')).to.be.undefined;
    expect(telHref('javascript:alert(1)')).to.be.undefined;
  });

  it('leaves the crisis lines’ dialString as it was', () => {
    expect(dialString('+1 (509) 555-0143')).to.equal('+15095550143');
    expect(dialString('+1 509 555 0143,,123456#')).to.equal('');
  });
});
