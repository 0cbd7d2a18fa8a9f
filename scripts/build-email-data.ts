/**
 * Generates data/email/ from pinned npm packages:
 *  - disposable.tsv: disposable/temporary domains from disposable-email-domains (exact and wildcard
 *    lists) and mailchecker, merged; each line `domain<TAB>bits` (1 = disposable-email-domains,
 *    2 = mailchecker), so the email facts can say which list flagged a domain.
 *  - free.txt: free-mail domains from free-email-domains (its domains.json; the package's install
 *    script downloads data, so it is read from the tarball and never installed).
 *
 * Run: npm run data:email
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATA_DIR, fetchPackage, writeSources } from './lib/npm-source.js'
import { JP_PROVIDER_DOMAINS, MAJOR_FREE_DOMAINS } from '../src/checks/email/providers.js'

const OUT = join(DATA_DIR, 'email')
mkdirSync(OUT, { recursive: true })

const ded = fetchPackage('disposable-email-domains', '1.0.62')
const mc = fetchPackage('mailchecker', '6.0.21')
const fed = fetchPackage('free-email-domains', '1.12.6')

const clean = (domain: string): string => domain.trim().toLowerCase().replace(/^\*\./, '').replace(/\.$/, '')
const valid = (domain: string): boolean => /^[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?$/.test(domain) && domain.includes('.')

const bits = new Map<string, number>()
const add = (domain: string, bit: number): void => {
  const d = clean(domain)
  if (valid(d)) bits.set(d, (bits.get(d) ?? 0) | bit)
}
for (const d of JSON.parse(readFileSync(join(ded.dir, 'index.json'), 'utf8')) as string[]) add(d, 1)
// wildcard.json lists domains whose every subdomain is disposable; the check matches parent suffixes.
for (const d of JSON.parse(readFileSync(join(ded.dir, 'wildcard.json'), 'utf8')) as string[]) add(d, 1)
const mcSource = readFileSync(join(mc.dir, 'platform', 'node', 'index.js'), 'utf8')
const mcList = /new Set\((\[[^\]]*\])\)/.exec(mcSource)
if (!mcList?.[1]) throw new Error('mailchecker: blacklist array not found')
for (const d of JSON.parse(mcList[1]) as string[]) add(d, 2)

// The big lists include a few providers that are plainly not disposable (major webmail, Japanese
// carriers and ISPs); a false "disposable" on them would flag ordinary customers, so they are
// removed here and the removal is recorded in sources.json.
const protectedDomains = new Set([...MAJOR_FREE_DOMAINS, ...JP_PROVIDER_DOMAINS.map((p) => p.domain)])
const removed = [...bits.keys()].filter((d) => protectedDomains.has(d)).sort()
for (const d of removed) bits.delete(d)

const disposable = [...bits].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
writeFileSync(join(OUT, 'disposable.tsv'), disposable.map(([d, b]) => `${d}\t${b}`).join('\n') + '\n')

const free = [...new Set((JSON.parse(readFileSync(join(fed.dir, 'domains.json'), 'utf8')) as string[]).map(clean).filter(valid))].sort()
writeFileSync(join(OUT, 'free.txt'), free.join('\n') + '\n')

const both = free.filter((d) => bits.has(d)).length
writeSources('email', {
  formatVersion: 1,
  sources: [
    { ...ded.record, files: ['index.json', 'wildcard.json'] },
    { ...mc.record, files: ['platform/node/index.js (blacklist Set literal)'] },
    { ...fed.record, files: ['domains.json'] },
  ],
  outputs: ['disposable.tsv', 'free.txt'],
  notes: [
    `disposable.tsv: ${disposable.length} domains (bit 1 = disposable-email-domains, bit 2 = mailchecker).`,
    `free.txt: ${free.length} domains; ${both} of them are also on a disposable list (the check reports those as disposable).`,
    `Removed from the disposable lists as major or Japanese providers: ${removed.join(', ') || 'none'}.`,
    'All three sources are MIT licensed.',
  ],
})
console.log(`disposable ${disposable.length}, free ${free.length}, overlap ${both}, removed ${removed.length}`)
