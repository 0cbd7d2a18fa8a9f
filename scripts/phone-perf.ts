/**
 * µs per signup of the phone check, by input (see scripts/lib/check-cost.ts).
 *   node --import tsx scripts/phone-perf.ts
 */
import { printCheckCost } from './lib/check-cost.js'

const PHONES = ['090-3821-4476', '06-6346-2781', '050-5532-8190', '+86 138 0013 8000', '０９０－１２３４－５６７８', 'aaaa']
await printCheckCost('phone', Object.fromEntries(PHONES.map((phone) => [phone, [{ phone }]])), 20_000)
