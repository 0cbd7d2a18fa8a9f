/** Curated character tables of the name data (MIT, this project); compiled into data/name/kanji.json. */

/**
 * Variant (itaiji) and old forms → the form the dictionaries list. Curated for names: 髙橋 is not
 * in ENAMDICT and 髙 is not in KANJIDIC; 﨑 (U+FA11) is one of the compatibility ideographs that
 * NFKC leaves alone. Each entry is tested in test/checks/name/data.test.ts.
 */
export const ITAIJI: Readonly<Record<string, string>> = {
  髙: '高', 﨑: '崎', 嵜: '崎', 邊: '辺', 邉: '辺', 齋: '斎', 齊: '斉', 濱: '浜', 濵: '浜', 澤: '沢',
  櫻: '桜', 廣: '広', 國: '国', 德: '徳', 眞: '真', 惠: '恵', 榮: '栄', 實: '実', 壽: '寿', 藏: '蔵',
  彌: '弥', 與: '与', 萬: '万', 鐵: '鉄', 關: '関', 嶋: '島', 嶌: '島', 冨: '富', 桒: '桑', 曻: '昇',
  '𠮷': '吉', 舘: '館', 圓: '円', 黑: '黒', 淺: '浅', 靑: '青', 邨: '村', 峯: '峰', 瀨: '瀬', 來: '来',
  兒: '児', 亞: '亜', 經: '経', 繪: '絵', 縣: '県', 條: '条', 莊: '荘', 聰: '聡', 穗: '穂', 禮: '礼',
  龍: '竜', '𡈽': '土', 槗: '橋', 髮: '髪', 傳: '伝', 發: '発', 團: '団', 學: '学', 嶽: '岳', 戶: '戸',
  敎: '教', 晉: '晋', 淸: '清',
}

/**
 * Simplified Chinese forms that KANJIDIC lists (from JIS X 0212) but that Japanese names do not
 * use; characters missing from KANJIDIC altogether (张 陈 伟) are caught without a list.
 */
export const SIMPLIFIED_IN_KANJIDIC = '刘'
