import type { Language } from '../../../core/i18n/language';
import { CLASSIFICATIONS, type Classification } from '../../../core/model/classification';
import type { MarkingSystem } from '../../../core/model/markings';
import { levelMarking } from '../../../core/export/printed-marking';

interface ClassificationSelectProps {
  id: string;
  value: Classification;
  onChange(level: Classification): void;
  /** The pack's system: each level is offered by the marking it prints ("NATO RESTRICTED"). */
  markingSystem: MarkingSystem | undefined;
  /** The language the marking is printed in (the template's). */
  markingLanguage: Language;
}

/** A choice of classification level, each named by its printed marking in the pack's system; the caller labels it. */
export function ClassificationSelect({ id, value, onChange, markingSystem, markingLanguage }: ClassificationSelectProps) {
  return (
    <select id={id} value={value} lang={markingLanguage} onChange={(event) => onChange(event.target.value as Classification)}>
      {CLASSIFICATIONS.map((level) => (
        <option key={level} value={level}>
          {levelMarking({ markingSystem }, level, markingLanguage)}
        </option>
      ))}
    </select>
  );
}
