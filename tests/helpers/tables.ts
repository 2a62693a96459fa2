/** Packs with tables whose columns hold different content: short numbers, prose, addresses, long Dutch compounds. */
import type { BriefingPack } from '../../core/model/pack';
import type { TableCellElement, TableElement } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import type { Template } from '../../core/template/schema';

const cell = (text: string, header = false): TableCellElement => ({ type: 'table-cell', header, children: [{ text }] });
const row = (cells: TableCellElement[]) => ({ type: 'table-row' as const, children: cells });

export const PROSE = 'De bijdrage dekt de inzet van de capaciteitsdoelstellingen en de verdediging van het verdragsgebied in de komende jaren.';
export const ADDRESSES = ['https://www.defensie.nl/onderwerpen/internationale-samenwerking/navo?jaar=2025&taal=nl', 'https://www.nato.int/cps/en/natohq/topics_49212.htm'];
export const NUMBERS = ['1.234', '87', '12'];

/** Country, an amount, prose, a source address and a long compound per row. */
export const MIXED_TABLE: TableElement = {
  type: 'table',
  children: [
    row([cell('Land', true), cell('Bedrag', true), cell('Toelichting', true), cell('Bron', true), cell('Onderwerp', true)]),
    row([cell('Nederland'), cell(NUMBERS[0]!), cell(PROSE), cell(ADDRESSES[0]!), cell('capaciteitsdoelstellingen')]),
    row([cell('België'), cell(NUMBERS[1]!), cell(PROSE), cell(ADDRESSES[1]!), cell('afschrikkingsvermogen')]),
    row([cell('Duitsland'), cell(NUMBERS[2]!), cell('Zie de brief.'), cell('-'), cell('verdediging')]),
  ],
};

/** Seven columns of long compounds: the words cannot all stand whole side by side. */
export const COMPOUNDS = ['capaciteitsdoelstellingen', 'afschrikkingsvermogen', 'bondgenootschappelijke', 'verdragsgebied', 'defensiematerieel', 'luchtverdedigingssystemen', 'ondersteuningsmaatregelen'];
export const NARROW_TABLE: TableElement = {
  type: 'table',
  children: [row(COMPOUNDS.map((word, i) => cell(`Kolom ${i + 1}`, true))), row(COMPOUNDS.map((word) => cell(word))), row([...COMPOUNDS].reverse().map((word) => cell(`de ${word}`)))],
};

/** One item whose first section holds the tables. */
export function packWithTables(template: Template, tables: readonly TableElement[]): BriefingPack {
  const base = syntheticPack(1);
  return { ...base, items: [{ ...base.items[0]!, sections: { [template.sections[0]!.key]: [...tables] } }] };
}
