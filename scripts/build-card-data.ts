/**
 * Generates data/card/test-pans.json: the public test card numbers of the card networks and of the
 * payment gateways used in Japan, from the curated list below (no npm package ships one).
 *
 * Each number is checked here with the pinned card-validator / credit-card-type packages (Luhn,
 * brand, length); a number that fails is a typo in this list and stops the build. The runtime reads
 * only the generated JSON. Run: `npm run data:card`.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import cardValidator from 'card-validator'
import luhn10 from 'card-validator/dist/luhn-10.js'
import { DATA_DIR, fetchPackage, writeSources } from './lib/npm-source.js'

/** Where a number is published (documentation pages of the networks and gateways). */
type Source =
  | 'stripe' // docs.stripe.com/testing
  | 'braintree' // developer.paypal.com/braintree/docs/reference/general/testing
  | 'paypal' // developer.paypal.com sandbox test cards
  | 'adyen' // docs.adyen.com/development-resources/test-cards
  | 'payjp' // pay.jp/docs/testcard
  | 'gmo-pg' // GMO Payment Gateway test environment guide
  | 'visa' // Visa's and the issuing banks' classic documentation examples
  | 'mastercard'
  | 'amex'
  | 'jcb'
  | 'discover'
  | 'unionpay'

interface Entry {
  readonly number: string
  readonly brand: string
  readonly sources: readonly Source[]
}

/*
 * Curated from the documentation pages named above (public, reproduced in countless tutorials).
 * Keep sorted by brand; every entry is validated below.
 */
const ENTRIES: readonly Entry[] = [
  // Visa
  { number: '4111111111111111', brand: 'visa', sources: ['visa', 'braintree', 'paypal', 'adyen', 'gmo-pg'] },
  { number: '4012888888881881', brand: 'visa', sources: ['visa', 'braintree', 'payjp'] },
  { number: '4222222222222', brand: 'visa', sources: ['visa'] },
  { number: '4242424242424242', brand: 'visa', sources: ['stripe', 'payjp'] },
  { number: '4000056655665556', brand: 'visa', sources: ['stripe'] },
  { number: '4000000000000002', brand: 'visa', sources: ['stripe'] },
  { number: '4000000000009995', brand: 'visa', sources: ['stripe'] },
  { number: '4000000000000069', brand: 'visa', sources: ['stripe'] },
  { number: '4000000000000127', brand: 'visa', sources: ['stripe'] },
  { number: '4000000000000119', brand: 'visa', sources: ['stripe'] },
  { number: '4000000000003220', brand: 'visa', sources: ['stripe'] },
  { number: '4000002500003155', brand: 'visa', sources: ['stripe'] },
  { number: '4000003920000003', brand: 'visa', sources: ['stripe'] },
  { number: '4005519200000004', brand: 'visa', sources: ['braintree'] },
  { number: '4009348888881881', brand: 'visa', sources: ['braintree'] },
  { number: '4012000033330026', brand: 'visa', sources: ['braintree'] },
  { number: '4012000077777777', brand: 'visa', sources: ['braintree'] },
  { number: '4217651111111119', brand: 'visa', sources: ['braintree'] },
  { number: '4500600000000061', brand: 'visa', sources: ['braintree'] },
  { number: '4000111111111115', brand: 'visa', sources: ['braintree'] },
  { number: '4444333322221111', brand: 'visa', sources: ['adyen'] },
  { number: '4917610000000000', brand: 'visa', sources: ['adyen'] },
  // Mastercard
  { number: '5555555555554444', brand: 'mastercard', sources: ['mastercard', 'stripe', 'braintree', 'payjp', 'adyen'] },
  { number: '5105105105105100', brand: 'mastercard', sources: ['mastercard', 'stripe', 'braintree', 'payjp'] },
  { number: '5200828282828210', brand: 'mastercard', sources: ['stripe'] },
  { number: '2223003122003222', brand: 'mastercard', sources: ['stripe'] },
  { number: '2223000048400011', brand: 'mastercard', sources: ['braintree'] },
  { number: '5454545454545454', brand: 'mastercard', sources: ['mastercard'] },
  { number: '5500000000000004', brand: 'mastercard', sources: ['mastercard'] },
  { number: '5431111111111111', brand: 'mastercard', sources: ['braintree'] },
  { number: '5111111111111118', brand: 'mastercard', sources: ['mastercard'] },
  { number: '5123450000000008', brand: 'mastercard', sources: ['mastercard'] },
  // American Express
  { number: '378282246310005', brand: 'american-express', sources: ['amex', 'stripe', 'braintree', 'payjp'] },
  { number: '371449635398431', brand: 'american-express', sources: ['amex', 'stripe', 'braintree', 'payjp'] },
  { number: '378734493671000', brand: 'american-express', sources: ['amex'] },
  { number: '370000000000002', brand: 'american-express', sources: ['adyen'] },
  { number: '340000000000009', brand: 'american-express', sources: ['amex'] },
  { number: '343434343434343', brand: 'american-express', sources: ['amex'] },
  // Diners Club
  { number: '30569309025904', brand: 'diners-club', sources: ['braintree', 'payjp'] },
  { number: '38520000023237', brand: 'diners-club', sources: ['braintree', 'payjp'] },
  { number: '36227206271667', brand: 'diners-club', sources: ['stripe'] },
  { number: '3056930009020004', brand: 'diners-club', sources: ['stripe'] },
  { number: '36006666333344', brand: 'diners-club', sources: ['adyen'] },
  // Discover
  { number: '6011111111111117', brand: 'discover', sources: ['discover', 'stripe', 'braintree', 'payjp'] },
  { number: '6011000990139424', brand: 'discover', sources: ['discover', 'stripe', 'braintree', 'payjp'] },
  { number: '6011981111111113', brand: 'discover', sources: ['stripe'] },
  { number: '6011601160116611', brand: 'discover', sources: ['adyen'] },
  // JCB
  { number: '3530111333300000', brand: 'jcb', sources: ['jcb', 'braintree', 'payjp'] },
  { number: '3566002020360505', brand: 'jcb', sources: ['jcb', 'stripe', 'payjp'] },
  { number: '3566111111111113', brand: 'jcb', sources: ['jcb', 'braintree'] },
  // UnionPay
  { number: '6200000000000005', brand: 'unionpay', sources: ['stripe'] },
  { number: '6200000000000047', brand: 'unionpay', sources: ['stripe'] },
  { number: '6205500000000000004', brand: 'unionpay', sources: ['stripe'] },
  { number: '6243030000000001', brand: 'unionpay', sources: ['braintree'] },
  // Maestro
  { number: '6304000000000000', brand: 'maestro', sources: ['braintree'] },
  { number: '6759649826438453', brand: 'maestro', sources: ['paypal'] },
]

/** Format of data/card/test-pans.json (bump on an incompatible change). */
export const TEST_PANS_FORMAT = 1

function main(): void {
  const seen = new Set<string>()
  const problems: string[] = []
  for (const entry of ENTRIES) {
    if (seen.has(entry.number)) problems.push(`duplicate: ${entry.number}`)
    seen.add(entry.number)
    const verdict = cardValidator.number(entry.number, { luhnValidateUnionPay: true })
    const brand = verdict.card?.type ?? null
    // A 13-digit Visa is a legacy length credit-card-type no longer lists; it must still pass Luhn.
    const legacyVisa = entry.number.length === 13 && brand === 'visa' && cardValidator.number(entry.number, { skipLuhnValidation: true }).card !== null
    if (brand !== entry.brand) problems.push(`${entry.number}: brand ${String(brand)}, listed as ${entry.brand}`)
    if (!verdict.isValid && !(legacyVisa && luhn10(entry.number))) problems.push(`${entry.number}: not valid for card-validator`)
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'))
    process.exit(1)
  }
  const body = {
    formatVersion: TEST_PANS_FORMAT,
    description: 'Public test card numbers of the card networks and payment gateways (all public, none issued to a person).',
    entries: ENTRIES.map((e) => ({ number: e.number, brand: e.brand, sources: e.sources })),
  }
  writeFileSync(join(DATA_DIR, 'card', 'test-pans.json'), `${JSON.stringify(body, null, 1)}\n`)
  const validators = [fetchPackage('card-validator', '10.0.4'), fetchPackage('credit-card-type', '10.3.0')]
  writeSources('card', {
    formatVersion: TEST_PANS_FORMAT,
    sources: validators.map((p) => ({ ...p.record, files: ['dist/'] })),
    outputs: ['test-pans.json'],
    notes: [
      'test-pans.json is curated by hand in scripts/build-card-data.ts from the gateways\' public testing pages (Stripe, Braintree, PayPal, Adyen, PAY.JP, GMO-PG) and the networks\' examples; the npm packages above only validate it (Luhn, brand).',
      'bin-example.csv is a hand-written example of the BIN table format (made-up ranges) for tests and documentation; no BIN data is shipped.',
    ],
  })
  console.log(`test-pans.json: ${ENTRIES.length} numbers`)
}

main()
