/**
 * Curated classification of autonomous systems (reviewed by hand; each entry has a note).
 *
 * Organization names are those of the embedded ASN table (@ip-location-db/asn, CC BY 4.0;
 * RouteViews, NRO, DB-IP). Sources for the ASN numbers: each provider's published ASN (PeeringDB
 * records, provider documentation) checked against the organization name in the table; the
 * `test/checks/network/asn-classes.test.ts` test asserts that every listed ASN still carries the
 * expected organization in the embedded data, so a data update that re-assigns a number fails.
 *
 * Classes:
 * - `hosting`: cloud, VPS, dedicated-server and data-centre networks. A signup from here is a
 *   server or a remote desktop, not a person at home ("a dashboard login from AWS is suspicious").
 * - `relay`: privacy relays and CDN egress that carry real consumers (iCloud Private Relay,
 *   Cloudflare WARP): hides the true origin but is common among legitimate iPhone users.
 * - `consumer`: fixed-line consumer ISPs and cable operators (home connections).
 * - `mobile`: mobile carriers (smartphones, mobile routers).
 */

/** Network class of an ASN. `unknown`: not in the list and no keyword match. */
export type AsnClass = 'hosting' | 'relay' | 'consumer' | 'mobile'

export interface AsnEntry {
  readonly asn: number
  readonly class: AsnClass
  /** Provider / brand name shown to reviewers. */
  readonly provider: string
  /** Expected start of the organization name in the embedded table (checked by a test). */
  readonly org: string
  readonly note: string
}

export const ASN_ENTRIES: readonly AsnEntry[] = [
  // --- Global clouds ---
  { asn: 16509, class: 'hosting', provider: 'Amazon Web Services', org: 'Amazon.com', note: 'Main AWS EC2/ELB ASN (all regions incl. ap-northeast-1 Tokyo).' },
  { asn: 14618, class: 'hosting', provider: 'Amazon Web Services', org: 'Amazon.com', note: 'AWS us-east-1 (legacy EC2 ASN).' },
  { asn: 8987, class: 'hosting', provider: 'Amazon Web Services', org: 'Amazon Data Services Ireland', note: 'AWS eu-west-1.' },
  { asn: 396982, class: 'hosting', provider: 'Google Cloud', org: 'Google LLC', note: 'Google Cloud Platform customer VMs (GCE), incl. asia-northeast1 Tokyo.' },
  { asn: 15169, class: 'hosting', provider: 'Google', org: 'Google LLC', note: 'Google infrastructure: also hosts GCP and Google proxies (Translate, Apps Script); no consumer access lines.' },
  { asn: 19527, class: 'hosting', provider: 'Google', org: 'Google LLC', note: 'Google infrastructure.' },
  { asn: 139070, class: 'hosting', provider: 'Google', org: 'Google Asia Pacific', note: 'Google APAC infrastructure.' },
  { asn: 139190, class: 'hosting', provider: 'Google', org: 'Google Asia Pacific', note: 'Google APAC infrastructure.' },
  { asn: 8075, class: 'hosting', provider: 'Microsoft Azure', org: 'Microsoft Corporation', note: 'Azure and Microsoft services (Japan East/West included).' },
  { asn: 8068, class: 'hosting', provider: 'Microsoft', org: 'Microsoft Corporation', note: 'Microsoft data centres.' },
  { asn: 31898, class: 'hosting', provider: 'Oracle Cloud', org: 'Oracle Corporation', note: 'Oracle Cloud Infrastructure (OCI), incl. Tokyo and Osaka regions.' },
  { asn: 45102, class: 'hosting', provider: 'Alibaba Cloud', org: 'Alibaba (US) Technology', note: 'Alibaba Cloud international regions (incl. Tokyo).' },
  { asn: 37963, class: 'hosting', provider: 'Alibaba Cloud', org: 'Hangzhou Alibaba Advertising', note: 'Alibaba Cloud mainland China.' },
  { asn: 24429, class: 'hosting', provider: 'Alibaba Cloud', org: 'Zhejiang Taobao Network', note: 'Alibaba / Taobao data centres.' },
  { asn: 132203, class: 'hosting', provider: 'Tencent Cloud', org: 'Shenzhen Tencent Computer Systems', note: 'Tencent Cloud international (incl. Tokyo).' },
  { asn: 45090, class: 'hosting', provider: 'Tencent Cloud', org: 'Shenzhen Tencent Computer Systems', note: 'Tencent Cloud mainland China.' },
  { asn: 136907, class: 'hosting', provider: 'Huawei Cloud', org: 'HUAWEI INTERNATIONAL', note: 'Huawei Cloud international.' },
  { asn: 55990, class: 'hosting', provider: 'Huawei Cloud', org: 'Huawei Cloud Service', note: 'Huawei Cloud mainland China.' },
  { asn: 36351, class: 'hosting', provider: 'IBM Cloud', org: 'IBM Cloud', note: 'IBM Cloud (former SoftLayer).' },
  { asn: 14061, class: 'hosting', provider: 'DigitalOcean', org: 'DigitalOcean', note: 'DigitalOcean droplets.' },
  { asn: 63949, class: 'hosting', provider: 'Linode (Akamai)', org: 'Akamai Technologies', note: 'Linode / Akamai Connected Cloud, incl. Tokyo.' },
  { asn: 20473, class: 'hosting', provider: 'Vultr', org: 'The Constant Company', note: 'Vultr (Choopa / The Constant Company), incl. Tokyo and Osaka.' },
  { asn: 16276, class: 'hosting', provider: 'OVHcloud', org: 'OVH SAS', note: 'OVHcloud dedicated servers and VPS.' },
  { asn: 24940, class: 'hosting', provider: 'Hetzner', org: 'Hetzner Online', note: 'Hetzner dedicated servers.' },
  { asn: 213230, class: 'hosting', provider: 'Hetzner', org: 'Hetzner Online', note: 'Hetzner Cloud.' },
  { asn: 51167, class: 'hosting', provider: 'Contabo', org: 'Contabo GmbH', note: 'Contabo VPS (EU).' },
  { asn: 141995, class: 'hosting', provider: 'Contabo', org: 'Contabo Asia', note: 'Contabo VPS (Asia, incl. Tokyo).' },
  { asn: 40021, class: 'hosting', provider: 'Contabo', org: 'Contabo Inc', note: 'Contabo VPS (US).' },
  { asn: 12876, class: 'hosting', provider: 'Scaleway', org: 'Scaleway', note: 'Scaleway cloud and dedicated servers.' },
  { asn: 60781, class: 'hosting', provider: 'Leaseweb', org: 'LeaseWeb Netherlands', note: 'Leaseweb dedicated servers; popular with VPN providers.' },
  { asn: 16265, class: 'hosting', provider: 'Leaseweb', org: 'LeaseWeb Network', note: 'Leaseweb backbone and servers.' },
  { asn: 28753, class: 'hosting', provider: 'Leaseweb', org: 'Leaseweb Deutschland', note: 'Leaseweb Germany.' },
  { asn: 59253, class: 'hosting', provider: 'Leaseweb', org: 'LEASEWEB SINGAPORE', note: 'Leaseweb Asia.' },
  { asn: 30633, class: 'hosting', provider: 'Leaseweb', org: 'Leaseweb USA', note: 'Leaseweb USA.' },
  { asn: 47583, class: 'hosting', provider: 'Hostinger', org: 'Hostinger', note: 'Hostinger shared hosting and VPS.' },
  { asn: 8560, class: 'hosting', provider: 'IONOS', org: 'IONOS', note: 'IONOS hosting and cloud servers.' },
  { asn: 9009, class: 'hosting', provider: 'M247', org: 'M247', note: 'M247 servers; the egress of many commercial VPNs.' },
  { asn: 212238, class: 'hosting', provider: 'Datacamp / CDN77', org: 'Datacamp', note: 'Datacamp servers; egress of many commercial VPNs.' },
  { asn: 21859, class: 'hosting', provider: 'Zenlayer', org: 'Zenlayer', note: 'Zenlayer edge cloud (Asia incl. Tokyo).' },
  { asn: 199524, class: 'hosting', provider: 'G-Core Labs', org: 'G-Core Labs', note: 'Gcore cloud and CDN (incl. Tokyo).' },
  { asn: 40676, class: 'hosting', provider: 'Psychz Networks', org: 'Psychz', note: 'Dedicated servers.' },
  { asn: 8100, class: 'hosting', provider: 'QuadraNet', org: 'QuadraNet', note: 'Dedicated servers and VPS.' },
  { asn: 36352, class: 'hosting', provider: 'ColoCrossing / HostPapa', org: 'HostPapa', note: 'Former ColoCrossing; cheap VPS.' },
  { asn: 54290, class: 'hosting', provider: 'Hostwinds / HostPapa', org: 'HostPapa', note: 'Hostwinds VPS.' },
  { asn: 7979, class: 'hosting', provider: 'Servers.com', org: 'Servers.com', note: 'Dedicated servers.' },
  { asn: 36007, class: 'hosting', provider: 'Kamatera', org: 'Kamatera', note: 'Cloud VPS.' },
  { asn: 197540, class: 'hosting', provider: 'netcup', org: 'netcup', note: 'VPS and root servers.' },
  { asn: 202053, class: 'hosting', provider: 'UpCloud', org: 'UpCloud', note: 'Cloud servers.' },
  { asn: 29802, class: 'hosting', provider: 'Hivelocity', org: 'HIVELOCITY', note: 'Dedicated servers (incl. Tokyo).' },
  { asn: 46844, class: 'hosting', provider: 'Sharktech', org: 'Sharktech', note: 'Dedicated servers.' },
  { asn: 53667, class: 'hosting', provider: 'BuyVM (FranTech)', org: 'FranTech', note: 'Cheap VPS.' },
  { asn: 54825, class: 'hosting', provider: 'Equinix Metal', org: 'Packet Host', note: 'Bare-metal cloud.' },
  { asn: 19994, class: 'hosting', provider: 'Rackspace', org: 'Rackspace', note: 'Managed hosting.' },
  { asn: 27357, class: 'hosting', provider: 'Rackspace', org: 'Rackspace', note: 'Managed hosting.' },
  { asn: 63018, class: 'hosting', provider: 'Dedicated.com', org: 'Dedicated.com', note: 'Dedicated servers.' },
  { asn: 46606, class: 'hosting', provider: 'Unified Layer (Bluehost)', org: 'Unified Layer', note: 'Shared hosting.' },
  { asn: 26496, class: 'hosting', provider: 'GoDaddy', org: 'GoDaddy', note: 'Hosting.' },
  { asn: 398101, class: 'hosting', provider: 'GoDaddy', org: 'GoDaddy', note: 'Hosting.' },
  { asn: 32244, class: 'hosting', provider: 'Liquid Web', org: 'Liquid Web', note: 'Managed hosting.' },
  { asn: 62240, class: 'hosting', provider: 'Clouvider', org: 'Clouvider', note: 'Servers; egress of VPN services.' },
  { asn: 9312, class: 'hosting', provider: 'xTom', org: 'xTom', note: 'Servers (incl. Japan).' },
  { asn: 4785, class: 'hosting', provider: 'xTom', org: 'xTom', note: 'Servers (incl. Japan).' },
  { asn: 135377, class: 'hosting', provider: 'UCloud', org: 'UCLOUD', note: 'UCloud HK.' },
  { asn: 138915, class: 'hosting', provider: 'Kaopu Cloud', org: 'Kaopu Cloud', note: 'Cloud servers in HK / Asia.' },
  // --- Japanese hosting and data centres ---
  { asn: 9370, class: 'hosting', provider: 'SAKURA internet', org: 'SAKURA Internet', note: 'さくらのVPS / クラウド / 専用サーバ (Tokyo).' },
  { asn: 9371, class: 'hosting', provider: 'SAKURA internet', org: 'SAKURA Internet', note: 'さくらインターネット (Osaka / Ishikari).' },
  { asn: 7684, class: 'hosting', provider: 'SAKURA internet', org: 'SAKURA Internet', note: 'さくらインターネット backbone and servers.' },
  { asn: 7506, class: 'hosting', provider: 'GMO Internet (ConoHa)', org: 'GMO Internet', note: 'ConoHa VPS, お名前.com レンタルサーバー.' },
  { asn: 58791, class: 'hosting', provider: 'GMO Internet', org: 'GMO Internet', note: 'GMO Internet hosting.' },
  { asn: 9597, class: 'hosting', provider: 'KDDI Web Communications', org: 'KDDI Web Communications', note: 'CPI / KDDI レンタルサーバー, ConoHa backbone.' },
  { asn: 4694, class: 'hosting', provider: 'IDC Frontier', org: 'IDC Frontier', note: 'IDCF cloud and data centres (LY Corporation group).' },
  { asn: 131965, class: 'hosting', provider: 'Xserver', org: 'Xserver', note: 'エックスサーバー shared hosting and Xserver VPS.' },
  { asn: 24282, class: 'hosting', provider: 'KAGOYA JAPAN', org: 'KAGOYA JAPAN', note: 'KAGOYA レンタルサーバー / VPS.' },
  { asn: 17707, class: 'hosting', provider: 'NHN Techorus', org: 'NHN Techorus', note: 'Japanese data centre / managed hosting.' },
  { asn: 10021, class: 'hosting', provider: 'KVH', org: 'KVH', note: 'Tokyo data centre and enterprise network (no consumer lines).' },
  // --- Privacy relays (real consumers behind them) ---
  { asn: 36183, class: 'relay', provider: 'iCloud Private Relay (Akamai)', org: 'Akamai Technologies', note: 'Akamai egress for iCloud Private Relay (Safari users with iCloud+).' },
  { asn: 13335, class: 'relay', provider: 'Cloudflare (WARP / Private Relay)', org: 'Cloudflare', note: 'Cloudflare WARP and iCloud Private Relay egress; also Workers (scripts).' },
  { asn: 54113, class: 'relay', provider: 'Fastly (Private Relay)', org: 'Fastly', note: 'Fastly egress for iCloud Private Relay.' },
  // --- Japanese consumer ISPs (fixed lines, cable) ---
  { asn: 4713, class: 'consumer', provider: 'NTT Communications (OCN)', org: 'NTT Communications', note: 'OCN: largest Japanese consumer ISP (now under NTT docomo business).' },
  { asn: 2516, class: 'consumer', provider: 'KDDI (au)', org: 'KDDI CORPORATION', note: 'au ひかり and au mobile share this ASN; treated as consumer.' },
  { asn: 17676, class: 'consumer', provider: 'SoftBank', org: 'SoftBank Corp', note: 'SoftBank 光 / Yahoo! BB and SoftBank / Y!mobile mobile.' },
  { asn: 4725, class: 'consumer', provider: 'SoftBank (ODN)', org: 'SoftBank Corp', note: 'Former ODN / Japan Telecom consumer ranges.' },
  { asn: 2527, class: 'consumer', provider: 'Sony Network Communications (So-net / NURO)', org: 'Sony Network Communications', note: 'So-net and NURO 光.' },
  { asn: 9600, class: 'consumer', provider: 'So-net', org: 'So-net', note: 'So-net (older ASN).' },
  { asn: 2518, class: 'consumer', provider: 'BIGLOBE', org: 'BIGLOBE', note: 'BIGLOBE ISP (KDDI group).' },
  { asn: 17506, class: 'consumer', provider: 'ARTERIA (UCOM / VECTANT)', org: 'ARTERIA Networks', note: 'Apartment broadband (e-mansion, UCOM 光).' },
  { asn: 2519, class: 'consumer', provider: 'ARTERIA', org: 'ARTERIA Networks', note: 'Former VECTANT consumer and business lines.' },
  { asn: 9824, class: 'consumer', provider: 'J:COM', org: 'JCOM', note: 'J:COM cable broadband.' },
  { asn: 9617, class: 'consumer', provider: 'J:COM', org: 'JCOM', note: 'J:COM cable broadband (west).' },
  { asn: 4721, class: 'consumer', provider: 'J:COM', org: 'JCOM', note: 'J:COM cable broadband.' },
  { asn: 9614, class: 'consumer', provider: 'J:COM', org: 'JCOM', note: 'J:COM cable broadband.' },
  { asn: 2497, class: 'consumer', provider: 'IIJ (IIJmio)', org: 'Internet Initiative Japan', note: 'IIJmio consumer fibre and MVNO mobile; also enterprise lines, no public cloud egress.' },
  { asn: 17511, class: 'consumer', provider: 'OPTAGE (eo光)', org: 'OPTAGE', note: 'eo光 (Kansai).' },
  { asn: 10013, class: 'consumer', provider: 'FreeBit', org: 'FreeBit', note: 'Wholesale ISP behind DTI, TONE and many MVNOs.' },
  { asn: 10010, class: 'consumer', provider: 'TOKAI Communications', org: 'TOKAI Communications', note: '@T COM / TNC consumer ISP.' },
  { asn: 18126, class: 'consumer', provider: 'Chubu Telecommunications (コミュファ光)', org: 'Chubu Telecommunications', note: 'コミュファ光 (Chubu).' },
  { asn: 4685, class: 'consumer', provider: 'Asahi Net', org: 'Asahi Net', note: 'ASAHIネット consumer ISP.' },
  { asn: 7679, class: 'consumer', provider: 'QTnet (BBIQ)', org: 'QTnet', note: 'BBIQ (Kyushu).' },
  { asn: 7522, class: 'consumer', provider: 'STNet (ピカラ光)', org: 'STNet', note: 'ピカラ光 (Shikoku).' },
  { asn: 9595, class: 'consumer', provider: 'NTT-ME (WAKWAK)', org: 'NTT-ME', note: 'WAKWAK consumer ISP.' },
  { asn: 18144, class: 'consumer', provider: 'Enecom (MEGA EGG)', org: 'Enecom', note: 'メガ・エッグ (Chugoku).' },
  { asn: 7670, class: 'consumer', provider: 'Enecom', org: 'Enecom', note: 'Enecom consumer lines.' },
  { asn: 9365, class: 'consumer', provider: 'its communications (イッツコム)', org: 'its communications', note: 'Cable broadband (Tokyu area).' },
  { asn: 7516, class: 'consumer', provider: 'TOHKnet', org: 'TOHKnet', note: 'Tohoku regional ISP.' },
  { asn: 4686, class: 'consumer', provider: 'BEKKOAME', org: 'BEKKOAME', note: 'Consumer ISP.' },
  { asn: 18081, class: 'consumer', provider: 'Kintetsu Cable Network', org: 'Kintetsu Cable Network', note: 'Cable broadband.' },
  { asn: 9351, class: 'consumer', provider: 'ZTV', org: 'ZTV', note: 'Cable broadband (Mie).' },
  { asn: 9354, class: 'consumer', provider: 'Community Network Center (CNCI)', org: 'Community Network Center', note: 'Cable broadband (Aichi).' },
  { asn: 17698, class: 'consumer', provider: 'Community Network Center', org: 'COMMUNITY NETWORK CENTER', note: 'Cable broadband (Aichi).' },
  { asn: 59108, class: 'consumer', provider: 'KATCH NETWORK', org: 'KATCH NETWORK', note: 'Cable broadband (Aichi).' },
  { asn: 17529, class: 'consumer', provider: 'STARCAT', org: 'STARCAT', note: 'Cable broadband (Aichi).' },
  { asn: 9997, class: 'consumer', provider: 'Suzuka Cable', org: 'Suzuka Cable', note: 'Cable broadband (Mie).' },
  { asn: 18077, class: 'consumer', provider: 'Yamaguchi Cable Vision', org: 'Yamaguchi Cable Vision', note: 'Cable broadband.' },
  { asn: 9374, class: 'consumer', provider: 'EDION Net', org: 'EDION', note: 'EDION Net consumer ISP.' },
  // --- Japanese mobile carriers ---
  { asn: 9605, class: 'mobile', provider: 'NTT docomo', org: 'NTT DOCOMO', note: 'docomo / ahamo / spmode mobile data.' },
  { asn: 138384, class: 'mobile', provider: 'Rakuten Mobile', org: 'Rakuten Mobile', note: '楽天モバイル.' },
  { asn: 23720, class: 'mobile', provider: 'Rakuten Mobile', org: 'Rakuten Mobile', note: '楽天モバイル (second ASN).' },
]

/**
 * Organization-name prefixes of the big clouds that run many ASNs (regional subsidiaries).
 * Matched case-sensitively with `startsWith` after the explicit ASN list, so a new regional ASN
 * of the same company is caught without a code change. Prefixes are long enough not to hit
 * unrelated names (`Amazon.com` does not match `Amazonas Telecom`; `Google LLC` not `Google Fiber`).
 */
export const HOSTING_ORG_PREFIXES: readonly { readonly prefix: string; readonly provider: string }[] = [
  { prefix: 'Amazon.com', provider: 'Amazon Web Services' },
  { prefix: 'Amazon Data Services', provider: 'Amazon Web Services' },
  { prefix: 'Amazon Technologies', provider: 'Amazon Web Services' },
  { prefix: 'Google LLC', provider: 'Google' },
  { prefix: 'Google, LLC', provider: 'Google' },
  { prefix: 'Google Cloud', provider: 'Google Cloud' },
  { prefix: 'Google Asia Pacific', provider: 'Google' },
  { prefix: 'Microsoft Corporation', provider: 'Microsoft Azure' },
  { prefix: 'Microsoft Limited', provider: 'Microsoft Azure' },
  { prefix: 'Microsoft Singapore', provider: 'Microsoft Azure' },
  { prefix: 'Microsoft Deutschland', provider: 'Microsoft Azure' },
  { prefix: 'Oracle Corporation', provider: 'Oracle Cloud' },
  { prefix: 'Oracle America', provider: 'Oracle Cloud' },
  { prefix: 'Oracle Svenska', provider: 'Oracle Cloud' },
  { prefix: 'Alibaba', provider: 'Alibaba Cloud' },
  { prefix: 'Hangzhou Alibaba', provider: 'Alibaba Cloud' },
  { prefix: 'Tencent Cloud', provider: 'Tencent Cloud' },
  { prefix: 'Shenzhen Tencent', provider: 'Tencent Cloud' },
  { prefix: 'Huawei Cloud', provider: 'Huawei Cloud' },
  { prefix: 'DigitalOcean', provider: 'DigitalOcean' },
  { prefix: 'Linode', provider: 'Linode (Akamai)' },
  { prefix: 'The Constant Company', provider: 'Vultr' },
  { prefix: 'Vultr', provider: 'Vultr' },
  { prefix: 'OVH', provider: 'OVHcloud' },
  { prefix: 'Hetzner', provider: 'Hetzner' },
  { prefix: 'Contabo', provider: 'Contabo' },
  { prefix: 'Scaleway', provider: 'Scaleway' },
  { prefix: 'SCALEWAY', provider: 'Scaleway' },
  { prefix: 'LeaseWeb', provider: 'Leaseweb' },
  { prefix: 'Leaseweb', provider: 'Leaseweb' },
  { prefix: 'LEASEWEB', provider: 'Leaseweb' },
  { prefix: 'SAKURA Internet', provider: 'SAKURA internet' },
  { prefix: 'Sakura Internet', provider: 'SAKURA internet' },
  { prefix: 'GMO Internet', provider: 'GMO Internet' },
  { prefix: 'KDDI Web Communications', provider: 'KDDI Web Communications' },
  { prefix: 'IDC Frontier', provider: 'IDC Frontier' },
]

/**
 * Lower-case words that mark an unlisted organization as a hosting business (weaker evidence:
 * reported with its own code and weight). Matched as substrings of the lower-cased name.
 */
export const HOSTING_ORG_KEYWORDS: readonly string[] = [
  'hosting',
  'datacenter',
  'data center',
  'data centre',
  'dedicated server',
  'colocation',
  'vps',
  'cloud computing',
  'cloud service',
  'server',
]
