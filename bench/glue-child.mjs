// The naive glue a user would otherwise write: kuroshiro for the reading, geoip-lite for the IP,
// ua-parser-js for the UA, libphonenumber-js, card-validator and a disposable-domain list, called
// per signup. It does fewer checks than signup-screen (no address, no name dictionary, no headers,
// no ASN class). Usage: node bench/glue-child.mjs <signups.json> <signups to run>
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(new URL('./glue/package.json', import.meta.url))
const [file, countArg] = process.argv.slice(2)
const inputs = JSON.parse(readFileSync(file, 'utf8'))
const count = Number(countArg)
const mb = () => +(process.memoryUsage().rss / 2 ** 20).toFixed(1)

const t0 = performance.now()
const Kuroshiro = require('kuroshiro').default
const KuromojiAnalyzer = require('kuroshiro-analyzer-kuromoji')
const geoip = require('geoip-lite')
const UAParser = require('ua-parser-js')
const { parsePhoneNumberFromString } = require('libphonenumber-js/max')
const cardValidator = require('card-validator')
const disposable = new Set(require('disposable-email-domains'))
const kuroshiro = new Kuroshiro()
await kuroshiro.init(new KuromojiAnalyzer())
const coldStartMs = performance.now() - t0
const rssAfterStart = mb()

async function glue(s) {
  const out = {}
  if (s.name) {
    const reading = await kuroshiro.convert(`${s.name.family ?? ''}${s.name.given ?? ''}`, { to: 'katakana' })
    out.readingMatches = reading === `${s.name.familyKana ?? ''}${s.name.givenKana ?? ''}`
  }
  if (s.ip) out.country = geoip.lookup(s.ip)?.country ?? null
  const ua = s.headers?.['user-agent']
  if (ua) out.browser = new UAParser(ua).getBrowser().name ?? null
  if (s.phone) {
    const phone = parsePhoneNumberFromString(s.phone, 'JP')
    out.phone = phone ? { valid: phone.isValid(), type: phone.getType() ?? null } : null
  }
  if (s.card) {
    out.card = cardValidator.number(s.card.number ?? s.card.bin ?? '').isPotentiallyValid
    out.expiry = cardValidator.expirationDate({ month: String(s.card.expMonth ?? ''), year: String(s.card.expYear ?? '') }).isValid
  }
  if (s.email) out.disposable = disposable.has(String(s.email).split('@')[1] ?? '')
  return out
}

for (let i = 0; i < 2_000; i += 1) await glue(inputs[i % inputs.length])
const start = performance.now()
for (let i = 0; i < count; i += 1) await glue(inputs[i % inputs.length])
const seconds = (performance.now() - start) / 1000
process.stdout.write(
  JSON.stringify({
    coldStartMs: +coldStartMs.toFixed(1),
    rssMb: { afterStart: rssAfterStart, afterRun: mb() },
    signups: count,
    signupsPerSecond: Math.round(count / seconds),
    meanUs: +((seconds * 1e6) / count).toFixed(2),
  }),
)
