import type { Evidence, MessageTable } from '../../../core/types.js'
import type { NetworkCode } from '../codes.js'

const s = (value: unknown): string => (Array.isArray(value) ? value.map(String).join('、') : value === null || value === undefined ? '-' : String(value))
const asn = (e: Evidence): string => `AS${s(e.asn)} ${s(e.org)}`
const WHAT: { readonly [key: string]: string } = { brand: 'ブラウザ種別', version: 'バージョン', platform: 'OS', mobile: 'モバイル' }
const BASIS: { readonly [key: string]: string } = { ip: 'IP', address: '住所', phone: '電話番号' }
const RANGE: { readonly [key: string]: string } = {
  unspecified: '未指定',
  loopback: 'ループバック',
  private: 'プライベート',
  shared_cgnat: 'CGNAT共有',
  link_local: 'リンクローカル',
  documentation: '文書用',
  benchmarking: 'ベンチマーク用',
  multicast: 'マルチキャスト',
  reserved: '予約済み',
}

/** Japanese messages of the network check (shown to reviewers). */
export const ja: MessageTable<NetworkCode> = {
  'network.ip_invalid': (e) => `接続元IPアドレスの形式が正しくありません（${s(e.value)}、取得元: ${s(e.source)}）`,
  'network.ip_private': (e) => `接続元IPがインターネット上に存在しない${RANGE[s(e.range)] ?? s(e.range)}アドレスです（${s(e.ip)}）。プロキシ設定の誤りか偽装の可能性があります`,
  'network.ip_hosting': (e) => `クラウド・ホスティング事業者のネットワークからの接続です: ${s(e.provider)}（${asn(e)}）`,
  'network.ip_hosting_keyword': (e) => `ホスティング事業者と思われるネットワークからの接続です（${asn(e)}）`,
  'network.ip_relay': (e) => `プライバシーリレー経由の接続です: ${s(e.provider)}（${asn(e)}）`,
  'network.ip_tor': (e) => `Tor出口ノードのリストに載っているIPです（${s(e.ip)}）`,
  'network.ip_vpn': (e) => `VPNのリストに載っているIPです（${s(e.ip)}）`,
  'network.ip_proxy': (e) => `プロキシのリストに載っているIPです（${s(e.ip)}）`,
  'network.ip_foreign': (e) => `海外（${s(e.country)}）からの接続です（${s(e.ip)}）`,
  'network.ip_country_unknown': (e) => `IPアドレスの国を特定できません（${s(e.ip)}）`,
  'network.ip_address_country_mismatch': (e) => `接続元の国（${s(e.ipCountry)}）が住所の国（${s(e.addressCountry)}）と一致しません`,
  'network.ip_prefecture_mismatch': (e) => `接続元の推定都道府県（${s(e.ipPrefectureCode)}）が住所の都道府県（${s(e.addressPrefectureCode)}）と異なります`,
  'network.ip_phone_country_mismatch': (e) => `接続元の国（${s(e.ipCountry)}）が電話番号の国（${s(e.phoneCountry)}）と一致しません`,
  'network.ip_domestic_consumer': (e) => `国内の${e.networkClass === 'mobile' ? '携帯キャリア' : '一般向けプロバイダ'}からの接続です: ${s(e.provider)}`,
  'network.forwarded_chain_short': (e) => `X-Forwarded-For の段数（${s(e.chainLength)}）が信頼するプロキシ数（${s(e.trustedProxies)}）より少ないです`,
  'network.forwarded_extra_hops': (e) => `X-Forwarded-For に信頼するプロキシ以外の経由地が ${s(e.extraHops)} 件あります（クライアント指定または外部プロキシ）`,
  'network.header_oversized': (e) => `${s(e.limit)}文字を超えるヘッダー値を切り詰めました（${s(e.headers)}）`,
  'network.header_control_chars': (e) => `ヘッダー値に制御文字が含まれています（${s(e.headers)}）`,
  'network.ua_missing': () => 'User-Agent がありません',
  'network.ua_script': (e) => `User-Agent がスクリプト・HTTPライブラリのものです（${s(e.tool)}）`,
  'network.ua_headless': (e) => `User-Agent にブラウザ自動操作の痕跡があります（${s(e.tool)}）`,
  'network.ua_crawler': (e) => `User-Agent がクローラー・ボットのものです（${s(e.userAgent)}）`,
  'network.ua_unrecognized': (e) => `User-Agent がブラウザのものではありません（${s(e.userAgent)}）`,
  'network.ua_outdated': (e) => `ブラウザが現行版よりかなり古いです（${s(e.browser)} ${s(e.version)}、現行は ${s(e.expectedAtLeast)} 以降）`,
  'network.headers_missing': (e) => `ブラウザなら必ず送るヘッダーがありません（${s(e.missing)}）`,
  'network.fetch_metadata_missing': (e) => `このブラウザのバージョンが送るはずのヘッダーがありません（${s(e.missing)}）`,
  'network.client_hints_mismatch': (e) =>
    `クライアントヒントが User-Agent と矛盾しています（${Array.isArray(e.mismatches) ? e.mismatches.map((m) => (m !== null && typeof m === 'object' && !Array.isArray(m) ? `${WHAT[s((m as Evidence).what)] ?? s((m as Evidence).what)}: UA ${s((m as Evidence).ua)} / ヒント ${s((m as Evidence).hint)}` : '')).join('、') : ''}）`,
  'network.accept_language_foreign': (e) => `ブラウザの言語設定に日本語が含まれていません（${s(e.languages)}）`,
  'network.timezone_mismatch': (e) => `ブラウザのタイムゾーンが ${s(e.timezone)} で日本時間ではありません（${Array.isArray(e.basis) ? e.basis.map((b) => BASIS[String(b)] ?? String(b)).join('・') : ''}は日本を示しています）`,
  'network.captcha_low': (e) => `CAPTCHA のスコア ${s(e.score)} がしきい値 ${s(e.threshold)} を超えて不審側です`,
}
