/**
 * The only registry of checks (valibot's `actions/index.ts`). To add a check: import its definition
 * and add one entry below; codes, options, default weights and messages follow from it.
 */
import type { CheckDefinition } from '../core/check.js'
import { emailCheck } from './email/index.js'
import { phoneCheck } from './phone/index.js'
import { nameCheck } from './name/index.js'
import { addressCheck } from './address/index.js'
import { networkCheck } from './network/index.js'
import { cardCheck } from './card/index.js'

export const CHECKS = {
  email: emailCheck,
  phone: phoneCheck,
  name: nameCheck,
  address: addressCheck,
  network: networkCheck,
  card: cardCheck,
} as const

type Registered = (typeof CHECKS)[keyof typeof CHECKS]

/** Literal union of every signal code the registered checks can emit. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- only the code parameter is inferred
export type SignalCode = Registered extends infer R ? (R extends CheckDefinition<any, infer C, any, any> ? C : never) : never

/** Options per check, as accepted by `createScreener({ checks })`. */
export type CheckOptionsMap = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- only the options parameter is inferred
  readonly [K in keyof typeof CHECKS]: (typeof CHECKS)[K] extends CheckDefinition<any, any, any, infer O> ? O : never
}
