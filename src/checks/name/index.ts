import { defineCheck } from '../../core/check.js'
import { finding } from '../../core/finding.js'
import type { EvidenceValue, Facts, Finding } from '../../core/types.js'
import type { ValidSignup } from '../../core/schema.js'
import { NAME_CODES, type NameCode } from './codes.js'
import { loadEmbedded, type NameData } from './data.js'
import { classifyScript, isKanaOnly, isKanji, normalizeText, toKatakana, withoutSpaces, type ScriptClass } from './kana.js'
import { en } from './locales/en.js'
import { ja } from './locales/ja.js'
import { stripLegalForm, stripLegalKana } from './organization.js'
import { compactForm, keyboardPatternOf, placeholderKind, placeholderKindOf } from './patterns.js'
import { analyzeFull, analyzePart, type PartAnalysis } from './readings.js'
import { matchHolder, romajiKey } from './romaji.js'
import { NAME_WEIGHTS } from './weights.js'

export { NAME_CODES, type NameCode } from './codes.js'
export type { NameData } from './data.js'
export type { PartAnalysis, ReadingLevel } from './readings.js'

/**
 * Options of the name check.
 *
 * No morphological analyser (kuromoji) is loaded: it costs ~1 s and ~330 MB, misreads rare names
 * (小鳥遊, 陽菜, 大翔) that ENAMDICT has, and organization readings are checked by per-kanji
 * composition instead (see docs/name.md).
 */
export interface NameOptions {
  /** Flag a kanji name without kana (set false when your form does not ask for kana). Default true. */
  readonly kanaRequired?: boolean
  /** Extra placeholder names (compared without spaces; kana as katakana; Latin lower-cased). */
  readonly placeholders?: Iterable<string>
  /** Replacement reference data (tests, or your own dictionary); default: the embedded data/name/. */
  readonly data?: NameData
}

/** Prepared data of the name check. */
export interface PreparedName {
  readonly data: NameData
  readonly kanaRequired: boolean
  readonly placeholders: ReadonlySet<string>
}

type Part = 'family' | 'given' | 'full'
const READING_CODES: Readonly<Record<string, NameCode>> = {
  chinese: 'name.chinese_reading',
  korean: 'name.korean_reading',
}
/** Coverage below which a partly explained reading counts as a mismatch (measured on the golden corpus). */
const MISMATCH_COVERAGE = 0.5

const has = (value: string | undefined): value is string => value !== undefined && normalizeText(value) !== ''
/** A form value normalized, or '' when absent. */
const field = (value: string | undefined): string => (value === undefined ? '' : normalizeText(value))

/** The non-empty values of two, joined by a space. */
const joinNonEmpty = (a: string, b: string): string => (a === '' ? b : b === '' ? a : `${a} ${b}`)

/** Whether a value is one code point (as `[...value].length === 1` counts). */
function isSingleCodePoint(value: string): boolean {
  if (value.length === 1) return true
  if (value.length !== 2) return false
  const high = value.charCodeAt(0)
  const low = value.charCodeAt(1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

/** `kana` is `toKatakana(a.reading)`, converted once per part by the caller. */
function partEvidence(part: Part, a: PartAnalysis, kana: string): { [key: string]: EvidenceValue } {
  return {
    part,
    name: a.name,
    kana,
    knownReadings: a.dictionary.map((d) => toKatakana(d.reading)),
    matched: a.segments.map((s) => `${s.char}=${toKatakana(s.reading)}(${s.source})`),
    alsoMatches: (a.alternative ?? []).map((s) => `${s.char}(${s.source})`),
    inDictionary: a.inDictionary,
  }
}

/** `kana` is `toKatakana(a.reading)`, converted once per part by the caller. */
function partFacts(a: PartAnalysis, kana: string): EvidenceValue {
  return {
    name: a.name,
    kana,
    level: a.level,
    dictionaryReadings: a.dictionary.map((d) => ({ reading: toKatakana(d.reading), kind: d.kind })),
    segments: a.segments.map((s) => ({ char: s.char, reading: toKatakana(s.reading), source: s.source })),
    // Which data confirmed (or, for foreign readings, explained) the kana.
    source: a.level === 'dictionary' ? 'ENAMDICT' : a.level === 'composed' || a.level === 'loose' || a.level === 'chinese' || a.level === 'korean' ? 'KANJIDIC' : null,
  }
}

/** Characters of a name that Japanese names do not use (simplified Chinese forms, unknown CJK). */
function foreignKanji(value: string, data: NameData): string[] {
  const out: string[] = []
  for (const ch of value) {
    const code = ch.codePointAt(0) as number
    if (!isKanji(code) || ch === '々' || ch === '〆') continue
    // kanji.get rather than has: it answers from the small table of parsed kanji that the reading
    // analysis reads next (same answer: a listed kanji always parses).
    if (data.simplified.has(ch) || (data.kanji.get(ch) === undefined && !data.itaiji.has(ch))) out.push(ch)
  }
  return out
}

const BAD_SCRIPTS: ReadonlySet<ScriptClass> = new Set(['digits', 'symbols', 'mixed'])

function runPerson(input: ValidSignup, prepared: PreparedName, findings: Finding<NameCode>[], facts: Record<string, EvidenceValue>): void {
  const { data } = prepared
  const n = input.name ?? {}
  const raw = {
    family: field(n.family),
    given: field(n.given),
    full: field(n.full),
    familyKana: field(n.familyKana),
    givenKana: field(n.givenKana),
    fullKana: field(n.fullKana),
  }
  const split = raw.family !== '' || raw.given !== '' || raw.familyKana !== '' || raw.givenKana !== ''
  const nameFields: [string, string][] = split
    ? [['name.family', raw.family], ['name.given', raw.given]]
    : [['name.full', raw.full]]
  const kanaFields: [string, string][] = split
    ? [['name.familyKana', raw.familyKana], ['name.givenKana', raw.givenKana]]
    : [['name.fullKana', raw.fullKana]]
  const fullName = split ? joinNonEmpty(raw.family, raw.given) : raw.full
  const fullKana = split ? joinNonEmpty(raw.familyKana, raw.givenKana) : raw.fullKana
  const nameScript = fullName === '' ? null : classifyScript(fullName)
  facts.nameScript = nameScript

  // Characters.
  const invalid = nameFields.filter(([, v]) => v !== '' && BAD_SCRIPTS.has(classifyScript(v)))
  if (invalid.length > 0) {
    findings.push(finding('name.invalid_characters', invalid.map(([f]) => f), { value: invalid.map(([, v]) => v).join(' '), script: classifyScript(invalid[0]?.[1] ?? '') }))
  }
  const foreign = foreignKanji(fullName, data)
  if (foreign.length > 0) {
    findings.push(finding('name.non_japanese_kanji', nameFields.filter(([, v]) => foreignKanji(v, data).length > 0).map(([f]) => f), { value: fullName, characters: [...new Set(foreign)] }))
  }
  const badKana = kanaFields.filter(([, v]) => v !== '' && !isKanaOnly(v))
  if (badKana.length > 0) {
    findings.push(finding('name.kana_not_kana', badKana.map(([f]) => f), { value: badKana.map(([, v]) => v).join(' '), script: classifyScript(badKana[0]?.[1] ?? '') }))
  }

  // Missing halves.
  const nameHasKanji = /[\u3400-\u9fff\uf900-\ufaff]/u.test(fullName)
  if (prepared.kanaRequired && nameHasKanji && fullKana === '') {
    findings.push(finding('name.kana_missing', kanaFields.map(([f]) => f), { name: fullName }))
  }
  if (fullName === '' && fullKana !== '') findings.push(finding('name.name_missing', nameFields.map(([f]) => f), { kana: fullKana }))

  // Placeholders and patterns. The same values recur (the full name, each part): their compact
  // forms are computed once, in `compacts` as value, form pairs.
  let placeholderValue: string | undefined
  let placeholderFound: 'known' | 'test_word' | undefined
  const compacts: string[] = []
  const compactOf = (v: string): string => {
    for (let i = 0; i < compacts.length; i += 2) if (compacts[i] === v) return compacts[i + 1] as string
    const compact = compactForm(v)
    compacts.push(v, compact)
    return compact
  }
  // The full name, the full kana, then each name field.
  for (let c = -2; c < nameFields.length; c += 1) {
    const v = c === -2 ? fullName : c === -1 ? fullKana : (nameFields[c] as [string, string])[1]
    if (v === '') continue
    const compact = compactOf(v)
    placeholderFound = placeholderKindOf(compact)
    if (placeholderFound !== undefined || prepared.placeholders.has(compact)) {
      placeholderValue = v
      break
    }
  }
  if (placeholderValue !== undefined) {
    findings.push(finding('name.placeholder', [...nameFields, ...kanaFields].filter(([, v]) => v !== '').map(([f]) => f), { value: placeholderValue, kind: placeholderFound ?? 'custom' }))
  }
  const compactName = withoutSpaces(fullName)
  let patterned: [string, string] | undefined
  let patternKind: ReturnType<typeof keyboardPatternOf>
  // compactForm drops spaces, so the full name's compact form is the joined name's.
  compacts.push(compactName, compactOf(fullName))
  const nameEntry: [string, string] = ['name', compactName]
  const patternEntries = nameFields.length + kanaFields.length
  for (let e = 0; e <= patternEntries; e += 1) {
    const entry = e === patternEntries ? nameEntry : e < nameFields.length ? (nameFields[e] as [string, string]) : (kanaFields[e - nameFields.length] as [string, string])
    if (entry[1] === '') continue
    patternKind = keyboardPatternOf(compactOf(entry[1]))
    if (patternKind !== undefined) {
      patterned = entry
      break
    }
  }
  if (patterned && placeholderValue === undefined) {
    findings.push(finding('name.keyboard_pattern', [patterned[0] === 'name' ? (nameFields[0]?.[0] ?? 'name') : patterned[0]], { value: patterned[1], kind: patternKind ?? 'repeated' }))
  }
  if (isSingleCodePoint(compactName) && placeholderValue === undefined) {
    findings.push(finding('name.single_character', nameFields.filter(([, v]) => v !== '').map(([f]) => f), { value: fullName }))
  }
  const at = input.email?.lastIndexOf('@') ?? -1
  if (at > 0 && input.email && nameScript !== 'kanji') {
    const local = input.email.slice(0, at).toLowerCase()
    const candidates = [compactName, ...nameFields.map(([, v]) => v)].map((v) => v.toLowerCase())
    const same = candidates.find((v) => v.length >= 3 && v === local)
    if (same !== undefined) findings.push(finding('name.equals_email_local_part', nameFields.filter(([, v]) => v !== '').map(([f]) => f), { value: same, localPart: local }))
  }

  // Readings.
  const kanaOk = badKana.length === 0
  const parts: [Part, PartAnalysis][] = []
  // Names in kanji, kana or both are judged; Latin names have no reading to compare.
  const judgeable = nameHasKanji || /[\u3041-\u3096\u30a1-\u30fa]/u.test(fullName)
  if (kanaOk && judgeable && foreign.length === 0) {
    if (split && raw.family !== '' && raw.given !== '' && (raw.familyKana === '') !== (raw.givenKana === '')) {
      // Both names, one kana field: its own part's reading, or the whole reading in one field.
      const own: Part = raw.familyKana !== '' ? 'family' : 'given'
      const alone = analyzePart(own === 'family' ? raw.family : raw.given, raw.familyKana || raw.givenKana, own, data)
      if (alone.level === 'dictionary' || alone.level === 'composed') parts.push([own, alone])
      else {
        const full = analyzeFull(`${raw.family} ${raw.given}`, raw.familyKana || raw.givenKana, data)
        parts.push([full.given ? 'family' : 'full', full.family])
        if (full.given) parts.push(['given', full.given])
      }
    } else if (split) {
      if (raw.family !== '' && raw.familyKana !== '') parts.push(['family', analyzePart(raw.family, raw.familyKana, 'family', data)])
      if (raw.given !== '' && raw.givenKana !== '') parts.push(['given', analyzePart(raw.given, raw.givenKana, 'given', data)])
    } else if (raw.full !== '' && raw.fullKana !== '') {
      const full = analyzeFull(raw.full, raw.fullKana, data)
      parts.push([full.given ? 'family' : 'full', full.family])
      if (full.given) parts.push(['given', full.given])
    }
  }
  // The katakana of each part's reading (evidence, facts and the cross-check fallback share it).
  const partKana: string[] = []
  for (const [, a] of parts) partKana.push(toKatakana(a.reading))
  const emitted: NameCode[] = []
  for (let pi = 0; pi < parts.length; pi += 1) {
    const [part, a] = parts[pi] as [Part, PartAnalysis]
    const code = classify(a)
    if (code === undefined || code === 'name.reading_in_dictionary' || emitted.includes(code)) continue
    emitted.push(code)
    const flagged: Part[] = []
    const fields: string[] = []
    for (const [name, p] of parts) {
      if (classify(p) !== code) continue
      flagged.push(name)
      pushFields(fields, name, split)
    }
    const evidence = partEvidence(part, a, partKana[pi] as string)
    evidence.parts = flagged
    if (a.level === 'partial') evidence.coverage = Math.round(a.coverage * 100) / 100
    else evidence.how = a.level
    findings.push(finding(code, fields, evidence))
  }
  if (parts.length > 0 && placeholderValue === undefined && allConfirmed(parts)) {
    const fields: string[] = []
    const names: Part[] = []
    const kana: string[] = []
    for (let pi = 0; pi < parts.length; pi += 1) {
      const p = (parts[pi] as [Part, PartAnalysis])[0]
      pushFields(fields, p, split)
      names.push(p)
      kana.push(partKana[pi] as string)
    }
    findings.push(finding('name.reading_in_dictionary', fields, { reading: kana.join(' '), source: 'ENAMDICT', parts: names }))
  }
  const readings: { [key: string]: EvidenceValue } = {}
  for (let pi = 0; pi < parts.length; pi += 1) {
    const [p, a] = parts[pi] as [Part, PartAnalysis]
    readings[p] = partFacts(a, partKana[pi] as string)
  }
  facts.readings = readings

  // Cross-check contract: normalized full-width katakana from the input.
  const kanaFact = (v: string): string | null => (v !== '' && isKanaOnly(v) ? toKatakana(withoutSpaces(v)) : null)
  let familyKana = kanaFact(raw.familyKana)
  let givenKana = kanaFact(raw.givenKana)
  const familyAt = parts.findIndex(([p]) => p === 'family')
  const givenAt = parts.findIndex(([p]) => p === 'given')
  if ((familyKana === null || givenKana === null) && familyAt !== -1 && givenAt !== -1) {
    familyKana = partKana[familyAt] as string
    givenKana = partKana[givenAt] as string
  } else if (!split && raw.fullKana !== '' && isKanaOnly(raw.fullKana)) {
    const [f, g] = raw.fullKana.split(' ')
    if (g !== undefined) {
      familyKana = toKatakana(f as string)
      givenKana = toKatakana(g)
    }
  }
  facts.familyKana = familyKana
  facts.givenKana = givenKana

  runHolder(input, findings, facts, familyKana, givenKana, nameScript === 'latin' ? fullName : '')
}

/** The form fields of a part: its name and kana fields (split form) or the full-name fields. */
function pushFields(out: string[], part: Part, split: boolean): void {
  if (!split) out.push('name.full', 'name.fullKana')
  else if (part === 'given') out.push('name.given', 'name.givenKana')
  else out.push('name.family', 'name.familyKana')
}

/** Every part confirmed (dictionary or composed) and at least one by the dictionary. */
function allConfirmed(parts: readonly (readonly [Part, PartAnalysis])[]): boolean {
  let dictionary = false
  for (const [, a] of parts) {
    if (a.level === 'dictionary') dictionary = true
    else if (a.level !== 'composed') return false
  }
  return dictionary
}

/** Maps a part's reading level to the code it raises (or undefined). */
function classify(a: PartAnalysis): NameCode | undefined {
  switch (a.level) {
    case 'chinese':
    case 'korean':
      return READING_CODES[a.level]
    case 'none':
      return 'name.reading_mismatch'
    case 'partial':
      return a.coverage < MISMATCH_COVERAGE ? 'name.reading_mismatch' : 'name.reading_unverified'
    case 'loose':
      return 'name.reading_unverified'
    case 'dictionary':
      return 'name.reading_in_dictionary'
    default:
      return undefined
  }
}

const NAME_KEYS = ['family', 'given', 'familyKana', 'givenKana', 'full', 'fullKana'] as const

function runHolder(
  input: ValidSignup,
  findings: Finding<NameCode>[],
  facts: Record<string, EvidenceValue>,
  familyKana: string | null,
  givenKana: string | null,
  latinName: string,
): void {
  const holder = input.card?.holderName
  if (holder === undefined) return
  const normalized = normalizeText(holder).toUpperCase()
  // The card check reports missing, non-Latin and placeholder holder names; only real Latin names are compared.
  if (classifyScript(normalized) !== 'latin' || placeholderKind(normalized) !== undefined) return
  let result: ReturnType<typeof matchHolder> | undefined
  let expected = ''
  if (familyKana !== null) {
    result = matchHolder(normalized, familyKana, givenKana)
    expected = givenKana === null ? familyKana : `${familyKana} ${givenKana}`
  } else if (latinName !== '') {
    const tokens = latinName.split(' ').map(romajiKey)
    const holderTokens = normalized.split(' ').map(romajiKey)
    const shared = tokens.filter((t) => holderTokens.includes(t)).length
    result = shared === tokens.length || holderTokens.join('') === tokens.join('') ? 'match' : shared > 0 ? 'family_only' : 'none'
    expected = latinName
  }
  facts.cardHolderMatch = result ?? null
  if (result === 'none' || result === 'family_only') {
    // Input paths a review UI can mark: the holder name and the name fields it was compared with.
    const fields = ['card.holderName']
    for (const key of NAME_KEYS) if (input.name?.[key] !== undefined) fields.push(`name.${key}`)
    findings.push(finding(result === 'none' ? 'name.card_holder_mismatch' : 'name.card_holder_given_mismatch', fields, { holderName: normalized, expected }))
  }
}

function runOrganization(input: ValidSignup, prepared: PreparedName, findings: Finding<NameCode>[], facts: Record<string, EvidenceValue>): void {
  const org = input.organization
  if (!org) return
  const name = field(org.name)
  const kana = field(org.nameKana)
  facts.organizationKana = kana !== '' && isKanaOnly(kana) ? toKatakana(withoutSpaces(kana)) : null
  if (kana !== '' && !isKanaOnly(kana)) {
    findings.push(finding('name.kana_not_kana', ['organization.nameKana'], { value: kana, script: classifyScript(kana) }))
    return
  }
  if (name === '' || kana === '') {
    if (prepared.kanaRequired && name !== '' && /[\u3400-\u9fff]/u.test(name)) {
      findings.push(finding('name.kana_missing', ['organization.nameKana'], { name }))
    }
    return
  }
  const { core, forms } = stripLegalForm(name)
  const coreKana = stripLegalKana(kana)
  if (core === '' || coreKana === '') return
  const a = analyzePart(core, coreKana, 'full', prepared.data)
  facts.organizationReading = { ...(partFacts(a, toKatakana(a.reading)) as object), legalForms: forms } as EvidenceValue
  const evidence = { name, kana, core, coreKana: toKatakana(coreKana), level: a.level }
  if (a.level === 'none' || (a.level === 'partial' && a.coverage < MISMATCH_COVERAGE)) {
    findings.push(finding('name.org_reading_mismatch', ['organization.name', 'organization.nameKana'], evidence))
  } else if (a.level === 'partial') {
    findings.push(finding('name.org_reading_unverified', ['organization.name', 'organization.nameKana'], { ...evidence, coverage: Math.round(a.coverage * 100) / 100 }))
  }
}

/**
 * The name check: is the kana a plausible Japanese reading of the name (ENAMDICT, KANJIDIC
 * composition), or a Chinese / Korean reading, unrelated kana, or not kana at all; placeholders and
 * patterns; card holder name against the reading; organization names and their kana.
 */
export const nameCheck = defineCheck<'name', NameCode, PreparedName, NameOptions>({
  name: 'name',
  codes: NAME_CODES,
  weights: NAME_WEIGHTS,
  messages: { ja, en },
  prepare(options: NameOptions): PreparedName {
    return {
      data: options.data ?? loadEmbedded(),
      kanaRequired: options.kanaRequired ?? true,
      placeholders: new Set([...(options.placeholders ?? [])].map((p) => toKatakana(normalizeText(p).replace(/ /g, '').toLowerCase()))),
    }
  },
  dataVersion: (prepared) => prepared.data.version,
  applies: (input) => {
    const n = input.name
    const o = input.organization
    return Boolean((n && Object.values(n).some((v) => typeof v === 'string' && v.trim() !== '')) || (o && (has(o.name) || has(o.nameKana))))
  },
  run(input, prepared) {
    const findings: Finding<NameCode>[] = []
    const facts: Record<string, EvidenceValue> = { familyKana: null, givenKana: null }
    runPerson(input, prepared, findings, facts)
    runOrganization(input, prepared, findings, facts)
    return { findings, facts: facts as Facts }
  },
})
