/**
 * The grounds of the Wet open overheid (Woo) on which a passage may be left
 * out of a document made public: articles 5.1 and 5.2, as data. The code is
 * what a published Woo document prints in the black box ("5.1.2e": article
 * 5.1, second paragraph, point e); the text is the ground as the article
 * words it, shortened to what a reader of the publication needs.
 */
import type { Language } from '../i18n/language';

export interface WooGround {
  code: string;
  /** The article as cited: "artikel 5.1, tweede lid, onder e". */
  article: Record<Language, string>;
  text: Record<Language, string>;
}

const ground = (code: string, nl: string, en: string, textNl: string, textEn: string): WooGround => ({
  code,
  article: { nl, en },
  text: { nl: textNl, en: textEn },
});

const absolute = (point: string, nl: string, en: string) =>
  ground(`5.1.1${point}`, `artikel 5.1, eerste lid, onder ${point}`, `article 5.1(1)(${point})`, nl, en);
const relative = (point: string, nl: string, en: string) =>
  ground(`5.1.2${point}`, `artikel 5.1, tweede lid, onder ${point}`, `article 5.1(2)(${point})`, nl, en);

export const WOO_GROUNDS: readonly WooGround[] = [
  absolute('a', 'de eenheid van de Kroon', 'the unity of the Crown'),
  absolute('b', 'de veiligheid van de Staat', 'the security of the State'),
  absolute('c', 'vertrouwelijk meegedeelde bedrijfs- en fabricagegegevens', 'business and manufacturing data provided in confidence'),
  absolute('d', 'bijzondere persoonsgegevens', 'special categories of personal data'),
  absolute('e', 'nationale identificatienummers', 'national identification numbers'),
  relative('a', 'de betrekkingen van Nederland met andere staten en met internationale organisaties', "the Netherlands' relations with other states and with international organisations"),
  relative('b', 'de economische of financiële belangen van de Staat', 'the economic or financial interests of the State'),
  relative('c', 'de opsporing en vervolging van strafbare feiten', 'the investigation and prosecution of criminal offences'),
  relative('d', 'inspectie, controle en toezicht door bestuursorganen', 'inspection, control and supervision by public bodies'),
  relative('e', 'de eerbiediging van de persoonlijke levenssfeer', 'respect for personal privacy'),
  relative('f', 'concurrentiegevoelige bedrijfs- en fabricagegegevens', 'competitively sensitive business and manufacturing data'),
  relative('g', 'de bescherming van het milieu', 'the protection of the environment'),
  relative('h', 'de beveiliging van personen en bedrijven en het voorkomen van sabotage', 'the security of persons and businesses and the prevention of sabotage'),
  relative('i', 'het goed functioneren van de Staat en bestuursorganen', 'the proper functioning of the State and public bodies'),
  ground('5.1.5', 'artikel 5.1, vijfde lid', 'article 5.1(5)', 'onevenredige benadeling van een ander belang', 'disproportionate harm to another interest'),
  ground('5.2.1', 'artikel 5.2, eerste lid', 'article 5.2(1)', 'persoonlijke beleidsopvattingen in documenten voor intern beraad', 'personal policy views in documents for internal deliberation'),
];

const BY_CODE = new Map(WOO_GROUNDS.map((g) => [g.code, g]));

export function wooGround(code: string): WooGround | undefined {
  return BY_CODE.get(code);
}

export function isWooGround(code: string): boolean {
  return BY_CODE.has(code);
}
