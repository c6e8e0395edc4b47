/**
 * A story's language as a BCP 47 tag for the book. Archives show a name, not
 * a code: AO3 in the language itself ("Deutsch", "中文-普通话 國語"),
 * FanFiction.net in English ("German"), old headers either way. A name we do
 * not know becomes `und` (undetermined): an honest "we don't know" rather than
 * a guess that would give an e-reader the wrong hyphenation and fonts.
 */

export const UNDETERMINED = 'und';

/** Lower-case name → tag. AO3's names first (as AO3 writes them), then English names. */
const NAMES: Record<string, string> = {
	'english': 'en', 'español': 'es', 'français': 'fr', 'deutsch': 'de', 'italiano': 'it', 'русский': 'ru',
	'polski': 'pl', 'português brasileiro': 'pt-BR', 'português europeu': 'pt-PT', 'português': 'pt',
	'中文-普通话 國語': 'zh', '中文': 'zh', '中文-广东话 粵語': 'yue', '中文-闽南话 臺語': 'nan', '中文-客家话': 'hak',
	'中文-吴语': 'wuu', '日本語': 'ja', '한국어': 'ko', 'tiếng việt': 'vi', 'ไทย': 'th', 'bahasa indonesia': 'id',
	'bahasa malaysia': 'ms', 'filipino': 'fil', 'tagalog': 'tl', 'nederlands': 'nl', 'svenska': 'sv', 'norsk': 'no',
	'dansk': 'da', 'suomi': 'fi', 'íslenska': 'is', 'čeština': 'cs', 'slovenčina': 'sk', 'slovenščina': 'sl',
	'magyar': 'hu', 'română': 'ro', 'български': 'bg', 'српски': 'sr', 'hrvatski': 'hr', 'bosanski': 'bs',
	'українська': 'uk', 'беларуская': 'be', 'ελληνικά': 'el', 'türkçe': 'tr', 'العربية': 'ar', 'עברית': 'he',
	'فارسی': 'fa', 'हिन्दी': 'hi', 'বাংলা': 'bn', 'தமிழ்': 'ta', 'català': 'ca', 'euskara': 'eu', 'galego': 'gl',
	'cymraeg': 'cy', 'gaeilge': 'ga', 'lingua latina': 'la', 'esperanto': 'eo', 'eesti keel': 'et',
	'latviešu valoda': 'lv', 'lietuvių kalba': 'lt', 'shqip': 'sq', 'afrikaans': 'af', 'kiswahili': 'sw',
	'toki pona': 'tok', 'interlingua': 'ia', 'volapük': 'vo', 'scots': 'sco',
	'spanish': 'es', 'french': 'fr', 'german': 'de', 'italian': 'it', 'russian': 'ru', 'polish': 'pl',
	'portuguese': 'pt', 'brazilian portuguese': 'pt-BR', 'chinese': 'zh', 'cantonese': 'yue', 'japanese': 'ja',
	'korean': 'ko', 'vietnamese': 'vi', 'thai': 'th', 'indonesian': 'id', 'malay': 'ms', 'dutch': 'nl',
	'swedish': 'sv', 'norwegian': 'no', 'danish': 'da', 'finnish': 'fi', 'icelandic': 'is', 'czech': 'cs',
	'slovak': 'sk', 'slovenian': 'sl', 'hungarian': 'hu', 'romanian': 'ro', 'bulgarian': 'bg', 'serbian': 'sr',
	'croatian': 'hr', 'bosnian': 'bs', 'ukrainian': 'uk', 'belarusian': 'be', 'greek': 'el', 'turkish': 'tr',
	'arabic': 'ar', 'hebrew': 'he', 'farsi': 'fa', 'persian': 'fa', 'hindi': 'hi', 'bengali': 'bn', 'tamil': 'ta',
	'urdu': 'ur', 'punjabi': 'pa', 'catalan': 'ca', 'basque': 'eu', 'galician': 'gl', 'welsh': 'cy', 'irish': 'ga',
	'latin': 'la', 'estonian': 'et', 'latvian': 'lv', 'lithuanian': 'lt', 'albanian': 'sq', 'swahili': 'sw',
	'macedonian': 'mk', 'armenian': 'hy', 'georgian': 'ka', 'mongolian': 'mn', 'kazakh': 'kk', 'khmer': 'km',
	'burmese': 'my', 'nepali': 'ne', 'sinhala': 'si', 'telugu': 'te', 'marathi': 'mr', 'malayalam': 'ml',
	'gujarati': 'gu', 'kannada': 'kn', 'lao': 'lo', 'tibetan': 'bo', 'uzbek': 'uz', 'azerbaijani': 'az',
};

/** Already a plausible tag ("en", "pt-BR", "zh-Hant"): language, then optional script/region/variants. */
const TAG = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;

function canonicalCase(tag: string): string {
	return tag.split('-').map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 2 ? part.toUpperCase() : part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.toLowerCase())).join('-');
}

/** `story.language` as a BCP 47 tag, or `und` when it is missing or not a language we know. */
export function languageTag(language: string | null): string {
	const name = (language ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
	if (name === '') return UNDETERMINED;
	const known = NAMES[name.toLowerCase()];
	if (known) return known;
	const tag = name.replace(/_/g, '-');
	if (TAG.test(tag)) return canonicalCase(tag);
	return UNDETERMINED;
}
