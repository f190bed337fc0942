// SPDX-License-Identifier: EUPL-1.2
// Other names people type for a municipality: the common name of the CBS name ("Den Haag" for
// 's-Gravenhage), municipalities merged into it since 2015, and large towns and villages in it.
// scripts/import-gemeenten.ts writes them into data/municipalities; search in the wizard, the API
// and the CLI matches them. A `source` is given where one was read (docs/data-audit.md lists the
// rest as taken from general knowledge, not checked against a source).
import type { MunicipalityAlias } from '../src/domain/region.ts'

type Alias = MunicipalityAlias

const common = (name: string): Alias => ({ name, kind: 'common-name' })
const place = (name: string): Alias => ({ name, kind: 'place' })
const merged =
  (until: string, source?: string) =>
  (...names: string[]): Alias[] =>
    names.map((name) => ({ name, kind: 'former-municipality', until, ...(source === undefined ? {} : { source }) }))

const in2015 = merged('2015-01-01')
const in2016 = merged('2016-01-01')
const in2017 = merged('2017-01-01')
const in2018 = merged('2018-01-01')
const in2019 = merged('2019-01-01', 'cbs-herindelingen-2019')
const in2021 = merged('2021-01-01')
const in2022 = merged('2022-01-01', 'nd-herindelingen-2022')
const in2023 = merged('2023-01-01')

/** Aliases per CBS municipality code. */
export const MUNICIPALITY_ALIASES: Readonly<Record<string, readonly Alias[]>> = {
  GM0518: [common('Den Haag'), common('The Hague'), place('Scheveningen')],
  GM0796: [common('Den Bosch')],
  GM0164: [common('Hengelo')],
  GM0373: [common('Bergen')],
  GM0893: [common('Bergen')],
  GM0603: [common('Rijswijk')],
  GM0417: [common('Laren')],
  GM0687: [common('Middelburg')],
  GM0888: [common('Beek')],
  GM0971: [common('Stein')],
  GM0502: [common('Capelle')],
  GM1930: [...in2015('Spijkenisse', 'Bernisse')],
  GM1931: [...in2015('Bergambacht', 'Nederlek', 'Ouderkerk', 'Schoonhoven', 'Vlist')],
  GM0385: [...in2015('Zeevang'), place('Volendam')],
  GM1942: [...in2016('Bussum', 'Naarden', 'Muiden')],
  GM1948: [...in2017('Veghel', 'Schijndel', 'Sint-Oedenrode')],
  GM1952: [...in2018('Hoogezand-Sappemeer', 'Menterwolde', 'Slochteren'), place('Hoogezand')],
  GM1950: [...in2018('Bellingwedde', 'Vlagtwedde')],
  GM1949: [...in2018('Franekeradeel', 'het Bildt', 'Menameradiel'), place('Franeker')],
  GM0080: [...in2018('Leeuwarderadeel')],
  GM0299: [...in2018('Rijnwaarden')],
  GM1970: [...in2019('Dongeradeel', 'Ferwerderadiel', 'Kollumerland en Nieuwkruisland'), place('Dokkum')],
  GM1960: [...in2019('Geldermalsen', 'Lingewaal', 'Neerijnen')],
  GM1961: [...in2019('Leerdam', 'Vianen', 'Zederik')],
  GM1963: [...in2019('Binnenmaas', 'Cromstrijen', 'Korendijk', 'Oud-Beijerland', 'Strijen')],
  GM1978: [...in2019('Giessenlanden', 'Molenwaard')],
  GM1959: [...in2019('Aalburg', 'Werkendam', 'Woudrichem')],
  GM1954: [...in2019('Nuth', 'Onderbanken', 'Schinnen')],
  GM1966: [...in2019('Bedum', 'De Marne', 'Eemsmond', 'Winsum')],
  GM1969: [...in2019('Grootegast', 'Leek', 'Marum', 'Zuidhorn')],
  GM0014: [...in2019('Haren', 'Ten Boer')],
  GM0394: [...in2019('Haarlemmerliede en Spaarnwoude'), place('Hoofddorp'), place('Nieuw-Vennep')],
  GM0575: [...in2019('Noordwijkerhout')],
  GM1979: [...in2021('Appingedam', 'Delfzijl', 'Loppersum')],
  GM1980: [...in2022('Heerhugowaard', 'Langedijk')],
  GM0439: [...in2022('Beemster')],
  GM1991: [...in2022('Uden', 'Landerd')],
  GM1982: [...in2022('Boxmeer', 'Cuijk', 'Grave', 'Mill en Sint Hubert', 'Sint Anthonis')],
  GM0363: [...merged('2022-03-24', 'nd-herindelingen-2022')('Weesp')],
  GM1992: [...in2023('Brielle', 'Hellevoetsluis', 'Westvoorne')],
  GM0479: [place('Zaandam')],
  GM0090: [place('Drachten')],
  GM1900: [place('Sneek'), place('Bolsward')],
  GM0171: [place('Emmeloord')],
  GM0453: [place('IJmuiden')],
  GM1940: [place('Joure')],
  GM1742: [place('Rijssen')],
  GM1783: [place('Naaldwijk')],
  GM1895: [place('Winschoten')],
  GM1916: [place('Leidschendam'), place('Voorburg')],
  GM1904: [place('Maarssen')],
  GM1883: [place('Sittard'), place('Geleen')],
  GM0737: [place('Burgum')],
  GM1926: [place('Pijnacker'), place('Nootdorp')],
}
