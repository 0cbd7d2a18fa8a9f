import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { formatIpv6, parseIp, specialRange } from '../../../src/checks/network/ip.js'
import { buildAddressSet, setHas } from '../../../src/checks/network/ip-table.js'
import { chooseClientAddress, splitForwarded } from '../../../src/checks/network/forwarded.js'

describe('parseIp', () => {
  test.each([
    ['203.0.113.7', '203.0.113.7', 4],
    [' 203.0.113.7 ', '203.0.113.7', 4],
    ['203.0.113.7:8080', '203.0.113.7', 4],
    ['"203.0.113.7"', '203.0.113.7', 4],
    ['2001:DB8::1', '2001:db8::1', 6],
    ['[2001:db8::1]:4711', '2001:db8::1', 6],
    ['[2001:db8::1]', '2001:db8::1', 6],
    ['fe80::1%eth0', 'fe80::1', 6],
    ['::', '::', 6],
    ['::1', '::1', 6],
    ['::ffff:192.0.2.1', '192.0.2.1', 4],
    ['::ffff:c000:201', '192.0.2.1', 4],
    ['64:ff9b::1.2.3.4', '1.2.3.4', 4],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1', 6],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1', 6],
    ['2400:4050:1:2::3', '2400:4050:1:2::3', 6],
  ])('%j -> %s', (raw, text, version) => {
    const ip = parseIp(raw)
    expect(ip?.text).toBe(text)
    expect(ip?.version).toBe(version)
  })

  test.each([
    [''],
    ['garbage'],
    ['256.1.1.1'],
    ['1.2.3'],
    ['1.2.3.4.5'],
    ['01.2.3.4'],
    ['1.2.3.4:99999'],
    ['2001:db8::1::2'],
    ['2001:db8:::1'],
    ['1:2:3:4:5:6:7:8:9'],
    ['12345::'],
    ['[::1'],
    ['unknown'],
    ['_hidden'],
    ['1.2.3.4, 5.6.7.8'],
  ])('%j is not an address', (raw) => {
    expect(parseIp(raw)).toBeNull()
  })

  test('never throws, and its text parses to itself (idempotent)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.ipV4(), fc.ipV6(), fc.ipV4Extended()), (raw) => {
        const ip = parseIp(raw)
        if (ip !== null) expect(parseIp(ip.text)?.text).toBe(ip.text)
      }),
      { numRuns: 3000 },
    )
  })

  test('every fast-check IPv6 address parses', () => {
    fc.assert(
      fc.property(fc.ipV6(), (raw) => {
        expect(parseIp(raw)).not.toBeNull()
      }),
      { numRuns: 2000 },
    )
  })
})

describe('specialRange', () => {
  test.each([
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['100.64.0.1', 'shared_cgnat'],
    ['169.254.1.1', 'link_local'],
    ['0.0.0.0', 'unspecified'],
    ['192.0.2.1', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fd00::1', 'private'],
    ['fe80::1', 'link_local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['::ffff:10.0.0.1', 'private'],
    ['8.8.8.8', null],
    ['172.32.0.1', null],
    ['2400:4050::1', null],
  ])('%s -> %s', (raw, range) => {
    expect(specialRange(parseIp(raw)!)).toBe(range)
  })
})

test('formatIpv6 follows RFC 5952 (longest zero run, not a single group)', () => {
  expect(formatIpv6([0x2001, 0xdb8, 0, 1, 0, 0, 0, 1])).toBe('2001:db8:0:1::1')
  expect(formatIpv6([0x2001, 0xdb8, 0, 0, 1, 0, 0, 1])).toBe('2001:db8::1:0:0:1')
  expect(formatIpv6([0x2001, 0xdb8, 1, 1, 1, 1, 0, 1])).toBe('2001:db8:1:1:1:1:0:1')
})

describe('address sets (operator lists)', () => {
  const { set, problems } = buildAddressSet(['# Tor exits', '198.51.100.7', '203.0.113.0/24  # block', '', '2001:db8:1::/48', '2001:db8:2::5'])
  test.each([
    ['198.51.100.7', true],
    ['198.51.100.8', false],
    ['203.0.113.200', true],
    ['2001:db8:1:ffff::1', true],
    ['2001:db8:2::5', true],
    ['2001:db8:2::6', false],
    ['::ffff:198.51.100.7', true],
  ])('%s -> %s', (raw, expected) => {
    expect(problems).toEqual([])
    expect(setHas(set, parseIp(raw)!)).toBe(expected)
  })
  test('bad entries are reported with their line', () => {
    expect(buildAddressSet(['1.2.3.4', 'not-an-ip', '10.0.0.0/33']).problems.map((p) => p.line)).toEqual([2, 3])
  })
})

describe('client address from the proxy chain', () => {
  test.each([
    ['no trusted proxy: the connection address', '198.51.100.1', '1.1.1.1, 2.2.2.2', 0, '198.51.100.1', 0, false],
    ['one proxy: the right-most XFF entry', '10.0.0.2', '1.1.1.1, 203.0.113.9', 1, '203.0.113.9', 1, false],
    ['two proxies: second from the right', '10.0.0.2', '1.1.1.1, 203.0.113.9, 10.0.0.3', 2, '203.0.113.9', 1, false],
    ['spoofed left-most entry is not trusted', '10.0.0.2', '127.0.0.1, 203.0.113.9', 1, '203.0.113.9', 1, false],
    ['chain shorter than trusted proxies', '10.0.0.2', '203.0.113.9', 3, '203.0.113.9', 0, true],
  ])('%s', (_label, ip, xff, trusted, value, extra, short) => {
    const chosen = chooseClientAddress(ip, xff, undefined, trusted)
    expect(chosen.value).toBe(value)
    expect(chosen.extraHops).toBe(extra)
    expect(chosen.short).toBe(short)
  })

  test('Forwarded (RFC 7239) for= values', () => {
    expect(splitForwarded('for=192.0.2.60;proto=http;by=203.0.113.43, for="[2001:db8:cafe::17]:4711"')).toEqual(['192.0.2.60', '"[2001:db8:cafe::17]:4711"'])
    const chosen = chooseClientAddress(undefined, undefined, 'for=192.0.2.60, For="[2001:db8:cafe::17]:4711"', 1)
    expect(parseIp(chosen.value!)?.text).toBe('2001:db8:cafe::17')
    expect(chosen.source).toBe('forwarded')
  })
})
