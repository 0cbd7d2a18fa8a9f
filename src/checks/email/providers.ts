/**
 * Curated provider knowledge that no maintained npm list carries in a usable form. Reviewed by hand;
 * each entry is a public, well-known mail provider. Used by the check and by the data generator
 * (which keeps these domains out of the disposable lists).
 */

/** Kind of Japanese consumer mail provider. */
export type JpProviderKind = 'carrier' | 'isp'

export interface JpProvider {
  readonly domain: string
  readonly kind: JpProviderKind
  /** Whether customer mailboxes live on subdomains too (`taro@abc.ocn.ne.jp`). */
  readonly subdomains: boolean
}

/**
 * Japanese mobile carriers and large ISPs. Their addresses are what ordinary Japanese customers use,
 * and the hosting abuse teams report they are now abused as well; so they get their own class.
 */
export const JP_PROVIDER_DOMAINS: readonly JpProvider[] = [
  // Mobile carriers and their MVNO / sub-brands.
  { domain: 'docomo.ne.jp', kind: 'carrier', subdomains: false },
  { domain: 'ezweb.ne.jp', kind: 'carrier', subdomains: true }, // biz.ezweb.ne.jp
  { domain: 'au.com', kind: 'carrier', subdomains: false },
  { domain: 'softbank.ne.jp', kind: 'carrier', subdomains: true }, // [a-z].softbank.ne.jp on old handsets
  { domain: 'i.softbank.jp', kind: 'carrier', subdomains: false },
  { domain: 'disney.ne.jp', kind: 'carrier', subdomains: false },
  { domain: 'vodafone.ne.jp', kind: 'carrier', subdomains: true },
  { domain: 'ymobile.ne.jp', kind: 'carrier', subdomains: false },
  { domain: 'ymobile1.ne.jp', kind: 'carrier', subdomains: false },
  { domain: 'y-mobile.ne.jp', kind: 'carrier', subdomains: false },
  { domain: 'emobile.ne.jp', kind: 'carrier', subdomains: false },
  { domain: 'willcom.com', kind: 'carrier', subdomains: true },
  { domain: 'pdx.ne.jp', kind: 'carrier', subdomains: true },
  { domain: 'uqmobile.jp', kind: 'carrier', subdomains: false },
  { domain: 'rakumail.jp', kind: 'carrier', subdomains: false },
  { domain: 'mineo.jp', kind: 'carrier', subdomains: false },
  { domain: 'auone.jp', kind: 'carrier', subdomains: false },
  { domain: 'auone-net.jp', kind: 'carrier', subdomains: false },
  { domain: 'yahoo.ne.jp', kind: 'carrier', subdomains: false },
  // ISPs (fixed-line). Several put customers on per-region subdomains.
  { domain: 'ocn.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'biglobe.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'nifty.com', kind: 'isp', subdomains: true },
  { domain: 'nifty.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'so-net.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'plala.or.jp', kind: 'isp', subdomains: true },
  { domain: 'dion.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'ybb.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'odn.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'eonet.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'home.ne.jp', kind: 'isp', subdomains: true }, // J:COM
  { domain: 'zaq.ne.jp', kind: 'isp', subdomains: true }, // J:COM
  { domain: 'commufa.jp', kind: 'isp', subdomains: true },
  { domain: 'bbiq.jp', kind: 'isp', subdomains: true },
  { domain: 'asahi-net.or.jp', kind: 'isp', subdomains: true },
  { domain: 'iij4u.or.jp', kind: 'isp', subdomains: true },
  { domain: 'dti.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'hi-ho.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'pikara.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'megaegg.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'tiki.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'ucom.ne.jp', kind: 'isp', subdomains: true },
  { domain: 't-com.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'kcn.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'infoweb.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'wakwak.com', kind: 'isp', subdomains: true },
  { domain: 'tnc.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'enjoy.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'ttcn.ne.jp', kind: 'isp', subdomains: true },
  { domain: 'coara.or.jp', kind: 'isp', subdomains: true },
]

/**
 * Major free webmail (global and Japanese). They are never disposable, and they are the domains
 * people mistype, so they are the typo checker's targets together with the Japanese providers.
 */
export const MAJOR_FREE_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'yahoo.co.jp',
  'yahoo.com',
  'ymail.com',
  'hotmail.com',
  'hotmail.co.jp',
  'outlook.com',
  'outlook.jp',
  'live.jp',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'protonmail.com',
  'proton.me',
  'zoho.com',
  'gmx.com',
  'gmx.net',
  'mail.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'qq.com',
  '163.com',
  '126.com',
  'naver.com',
  'excite.co.jp',
  'goo.jp',
  'mail.goo.ne.jp',
  'infoseek.jp',
  'rakuten.jp',
  'fastmail.com',
]

/** Domains that can never receive mail (RFC 2606, RFC 6761; JPRS reserves example.jp and its SLDs). */
export const RESERVED_DOMAINS: readonly string[] = [
  'example.com',
  'example.net',
  'example.org',
  'example.jp',
  'example.co.jp',
  'example.ne.jp',
  'example.or.jp',
  'example.ac.jp',
  'example.ad.jp',
  'example.ed.jp',
  'example.go.jp',
  'example.gr.jp',
  'example.lg.jp',
]
/** Reserved top-level names (RFC 2606 / RFC 6761 / RFC 6762). */
export const RESERVED_TLDS: readonly string[] = ['test', 'example', 'invalid', 'localhost', 'local']

/** Mailboxes of a role, not a person (RFC 2142 and common practice in Japanese companies). */
export const ROLE_LOCAL_PARTS: readonly string[] = [
  'info', 'admin', 'administrator', 'root', 'webmaster', 'postmaster', 'hostmaster', 'abuse',
  'support', 'sales', 'contact', 'office', 'noreply', 'no-reply', 'mail', 'master', 'system',
  'sysadmin', 'security', 'billing', 'help', 'staff', 'team', 'hello', 'inquiry', 'toiawase',
  'otoiawase', 'soumu', 'jimu', 'eigyo', 'keiri', 'recruit', 'saiyo', 'service', 'desk', 'web',
]

/** What people type when they do not intend to be reached. */
export const PLACEHOLDER_LOCAL_PARTS: readonly string[] = [
  'test', 'test1', 'test123', 'testtest', 'tester', 'dummy', 'sample', 'example', 'foo', 'bar',
  'foobar', 'hoge', 'hogehoge', 'fuga', 'piyo', 'asdf', 'asdfgh', 'qwerty', 'aaa', 'aaaa', 'abc',
  'abcd', 'abc123', 'xxx', 'xxxx', 'null', 'none', 'nobody', 'user', 'username', 'a', 'aa', 'x',
]
