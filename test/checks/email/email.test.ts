import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { emailCheck } from '../../../src/checks/email/index.js'
import { parseEmail } from '../../../src/checks/email/parse.js'
import { randomnessReasons } from '../../../src/checks/email/randomness.js'
import { editDistance, suggestDomain } from '../../../src/checks/email/typo.js'
import { expectNoSignal, expectSignal, runCheck } from '../../helpers.js'

const run = (email: string, options: object = {}) => runCheck(emailCheck, { email }, options)

describe('email.invalid_syntax', () => {
  test.each([
    ['aaaa', 'no_at_sign'],
    ['', 'empty'],
    ['taro@', 'empty_domain'],
    ['@gmail.com', 'empty_local_part'],
    ['taro@@gmail.com', 'several_at_signs'],
    ['taro yamada@gmail.com', 'whitespace'],
    ['taro@localhost', 'no_top_level_domain'],
    ['taro@-bad-.com', 'bad_domain'],
    ['taro@10.0.0.1', 'numeric_top_level_domain'],
    ['.taro@gmail.com', 'dot_misplaced'],
    ['taro..x@gmail.com', 'dot_misplaced'],
    ['ta(ro@gmail.com', 'bad_local_part_character'],
    [`${'a'.repeat(65)}@gmail.com`, 'local_part_too_long'],
  ])('%j is malformed (%s)', async (email, reason) => {
    const { findings } = await run(email)
    expect(expectSignal(findings, 'email.invalid_syntax').evidence.reason).toBe(reason)
  })

  test.each([
    'taro.yamada@gmail.com',
    'ｔａｒｏ＠ｇｍａｉｌ．ｃｏｍ', // full-width input from Japanese IMEs
    'taro+news@example-corp.co.jp',
    'TARO@Example-Corp.CO.JP',
    "o'brien@example-corp.ie",
    'taro@例え.jp', // internationalized domain
    // Old DoCoMo/au handsets allowed these; the addresses are still live, so no syntax signal.
    'taro..yamada.@docomo.ne.jp',
    '.hana@ezweb.ne.jp',
  ])('%j is accepted', async (email) => {
    const { findings } = await run(email)
    expectNoSignal(findings, 'email.invalid_syntax')
  })

  test('dot faults are still faults outside carrier domains', async () => {
    const { findings } = await run('taro..yamada.@gmail.com')
    expectSignal(findings, 'email.invalid_syntax')
  })
})

describe('domain classes', () => {
  test.each([
    ['k7x2qz9w@mailinator.com', 'email.disposable_domain', 'disposable'],
    ['x@sub.mailinator.com', 'email.disposable_domain', 'disposable'],
    ['a@guerrillamail.com', 'email.disposable_domain', 'disposable'],
    ['taro@example.com', 'email.reserved_domain', 'reserved'],
    ['taro@example.co.jp', 'email.reserved_domain', 'reserved'],
    ['taro@shop.test', 'email.reserved_domain', 'reserved'],
    ['taro@gmail.com', 'email.free_mail', 'free'],
    ['taro@yahoo.co.jp', 'email.free_mail', 'free'],
    ['taro@outlook.jp', 'email.free_mail', 'free'],
    ['taro@docomo.ne.jp', 'email.domestic_isp_mail', 'carrier'],
    ['taro@ezweb.ne.jp', 'email.domestic_isp_mail', 'carrier'],
    ['taro@au.com', 'email.domestic_isp_mail', 'carrier'],
    ['taro@softbank.ne.jp', 'email.domestic_isp_mail', 'carrier'],
    ['taro@i.softbank.jp', 'email.domestic_isp_mail', 'carrier'],
    ['taro@ymobile.ne.jp', 'email.domestic_isp_mail', 'carrier'],
    ['taro@ocn.ne.jp', 'email.domestic_isp_mail', 'isp'],
    ['taro@abc.ocn.ne.jp', 'email.domestic_isp_mail', 'isp'],
    ['taro@xyz.biglobe.ne.jp', 'email.domestic_isp_mail', 'isp'],
    ['taro@nifty.com', 'email.domestic_isp_mail', 'isp'],
    ['taro@ab.so-net.ne.jp', 'email.domestic_isp_mail', 'isp'],
    ['taro@plala.or.jp', 'email.domestic_isp_mail', 'isp'],
  ])('%s → %s (%s)', async (email, code, domainClass) => {
    const { findings, facts } = await run(email)
    expectSignal(findings, code)
    expect(facts.domainClass).toBe(domainClass)
  })

  test('a corporate domain has no class signal', async () => {
    const { findings, facts } = await run('kenichi.nakamura@aozora-sys.co.jp')
    expect(findings).toEqual([])
    expect(facts.domainClass).toBe('other')
  })

  test('the fact records which list flagged the domain', async () => {
    const { facts } = await run('a@mailinator.com')
    expect(facts.list).toMatch(/disposable-email-domains|mailchecker/)
  })

  test('an allowlist overrides every list, including for subdomains', async () => {
    const { findings, facts } = await run('info@mailinator.com', { allowlist: ['mailinator.com'] })
    expect(findings).toEqual([])
    expect(facts).toMatchObject({ domainClass: 'allowlisted', list: 'allowlist' })
  })

  test('injected lists are used, and can replace the embedded ones', async () => {
    const merged = await run('a.person@throwaway.example-jp.net', { disposableDomains: ['example-jp.net'] })
    expect(merged.facts).toMatchObject({ domainClass: 'disposable', list: 'custom-disposable' })
    const replaced = await run('a.person@mailinator.com', { replaceEmbeddedLists: true })
    expectNoSignal(replaced.findings, 'email.disposable_domain')
  })
})

describe('email.domain_typo', () => {
  test.each([
    ['taro@gmial.com', 'gmail.com'],
    ['taro@gmail.con', 'gmail.com'],
    ['taro@yaho.co.jp', 'yahoo.co.jp'],
    ['taro@hotmial.com', 'hotmail.com'],
    ['taro@docomo.ne.jo', 'docomo.ne.jp'],
    ['taro@ezwed.ne.jp', 'ezweb.ne.jp'],
  ])('%s suggests %s', async (email, suggestion) => {
    const { findings } = await run(email)
    expect(expectSignal(findings, 'email.domain_typo').evidence.suggestion).toBe(suggestion)
  })

  test.each([
    ['taro@gm\u0430il.com', 'gmail.com'], // Cyrillic а
    ['taro@y\u0430hoo.co.jp', 'yahoo.co.jp'],
    ['taro@d\u043ec\u043em\u043e.ne.jp', 'docomo.ne.jp'], // Cyrillic о ×3
    ['taro@outl\u03bfok.com', 'outlook.com'], // Greek ο
  ])('look-alike IDN %s is reported as %s', async (email, suggestion) => {
    const { findings } = await run(email)
    expect(expectSignal(findings, 'email.domain_typo').evidence).toMatchObject({ suggestion, lookalike: true })
  })

  test('a real IDN with no Latin twin is not a look-alike', async () => {
    const { findings } = await run('taro@例え.jp')
    expectNoSignal(findings, 'email.domain_typo')
  })

  test.each(['taro@docomo.ne.jp', 'taro@ymail.com', 'taro@aon.com', 'taro@gmx.net', 'taro@yopmail.com', 'taro@me.com'])(
    '%s is not "corrected"',
    async (email) => {
      const { findings } = await run(email)
      expectNoSignal(findings, 'email.domain_typo')
    },
  )
})

describe('mailbox patterns', () => {
  test.each([
    ['info@aozora-sys.co.jp', 'email.role_account'],
    ['admin@aozora-sys.co.jp', 'email.role_account'],
    ['test@aozora-sys.co.jp', 'email.placeholder_local_part'],
    ['hoge@gmail.com', 'email.placeholder_local_part'],
    ['asdf+1@gmail.com', 'email.placeholder_local_part'],
    ['qxzvbnmwrt@gmail.com', 'email.random_local_part'],
    ['a8f3k2j9x7q1@gmail.com', 'email.random_local_part'],
    ['3f2a9c1e7b4d8a60@gmail.com', 'email.random_local_part'],
    ['user4829174920@gmail.com', 'email.random_local_part'],
    ['taro+shop@gmail.com', 'email.subaddress'],
  ])('%s → %s', async (email, code) => {
    const { findings } = await run(email)
    expectSignal(findings, code)
  })

  // Romanized Japanese names and the digits people add to them must stay clean.
  test.each([
    'tsuyoshi.yamamoto',
    'shinnosuke0312',
    'kyoko_matsumoto',
    'hanako.yamada1987',
    'ryo-tanaka',
    'shunsuke.ichikawa',
    'chihiro.nishizawa',
    'k.tanaka',
    'yui-watanabe',
    'takahashi.sho',
    'mitsuhashi',
  ])('%s is not random', (local) => {
    expect(randomnessReasons(local)).toEqual([])
  })
})

describe('facts', () => {
  test('normalized, canonical form for linking', async () => {
    const { facts } = await run('T.A.R.O+news@GoogleMail.com')
    expect(facts).toMatchObject({
      normalized: 'T.A.R.O+news@googlemail.com',
      domain: 'googlemail.com',
      canonical: 'taro@gmail.com',
      domainClass: 'free',
      valid: true,
    })
  })
})

describe('never throws on content', () => {
  test('parseEmail and the check accept any string', async () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const parsed = parseEmail(text)
        expect(typeof parsed.normalized).toBe('string')
      }),
      { numRuns: 500 },
    )
    const samples = fc.sample(fc.string({ unit: 'binary', maxLength: 300 }), 300)
    for (const text of samples) await run(text)
  })

  test('edit distance is a metric on samples and respects its cut-off', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b, 20)
        expect(d).toBe(editDistance(b, a, 20))
        expect(d === 0).toBe(a === b)
        expect(editDistance(a, b, 1)).toBe(Math.min(d, 2))
      }),
    )
    expect(suggestDomain('gmail.com', ['gmail.com'])).toBeNull()
  })

  test('suggestDomain (scratch rows reused across targets) equals a fresh computation per target', () => {
    const targets = ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'hotmail.co.jp', 'outlook.com', 'ezweb.ne.jp']
    const fresh = (domain: string): string | null => {
      let best: string | null = null
      let bestDistance = Infinity
      for (const t of targets) {
        const max = t.length >= 12 ? 2 : 1
        const d = editDistance(domain, t, max)
        if (d > 0 && d <= max && d < bestDistance) [best, bestDistance] = [t, d]
      }
      return best
    }
    const nearMiss = fc.tuple(fc.constantFrom(...targets), fc.nat(20), fc.constantFrom('', 'x', 'a', '.')).map(([t, i, c]) => t.slice(0, i % t.length) + c + t.slice((i % t.length) + 1))
    fc.assert(fc.property(fc.oneof(nearMiss, fc.string({ maxLength: 16 })), (domain) => {
      expect(suggestDomain(domain, targets)).toBe(fresh(domain))
    }), { numRuns: 2000 })
  })
})
