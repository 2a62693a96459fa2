/**
 * The tagged PDF's structure tree: which element each piece of marked content
 * and each annotation belongs to (collected while the pages are written), then
 * written as StructElem objects with a parent tree. Kids are written in the
 * order their content was met on the pages, so a paragraph's text and the
 * links inside it are read in the order they are printed.
 */
import { PDFName, PDFNull, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import { hexText, literalText, refText, SerializedObject } from './serialized';
import type { StructElem } from './boxes';
import type { MarkedContent } from './content-stream';
import { num } from './content-bytes';

type Content = { seq: number; page: number } & ({ mcid: number } | { annotation: PDFRef });

export class StructureCollector {
  /** Each element's own content: marked-content sequences and annotations, in the order met. */
  readonly contents = new Map<StructElem, Content[]>();
  /** Per page: the element of each MCID, for the parent tree. */
  readonly perPage: StructElem[][] = [];
  /** Annotations in the tree, by their parent-tree key. */
  readonly annotations: { key: number; elem: StructElem }[] = [];
  private seq = 0;
  private nextKey: number;

  /** Pages take parent-tree keys 0..pageCount-1 (their StructParents); annotations the keys after. */
  constructor(pageCount: number) {
    this.nextKey = pageCount;
  }

  private add(elem: StructElem, content: Content): void {
    let list = this.contents.get(elem);
    if (!list) this.contents.set(elem, (list = []));
    list.push(content);
  }

  forPage(page: number): MarkedContent {
    const list: StructElem[] = [];
    this.perPage[page] = list;
    return {
      mark: (elem) => {
        list.push(elem);
        const mcid = list.length - 1;
        this.add(elem, { seq: this.seq++, page, mcid });
        return mcid;
      },
    };
  }

  /** Puts an annotation under elem; returns the key for the annotation's StructParent. */
  annotation(elem: StructElem, page: number, annotation: PDFRef): number {
    this.add(elem, { seq: this.seq++, page, annotation });
    const key = this.nextKey++;
    this.annotations.push({ key, elem });
    return key;
  }

  get keyCount(): number {
    return this.nextKey;
  }
}

const noteId = (n: number): string => `note-${n}`;

/** The Note elements by their footnote number. */
function notesByNumber(root: StructElem): Map<number, StructElem> {
  const found = new Map<number, StructElem>();
  const visit = (elem: StructElem): void => {
    if (elem.role === 'Note' && elem.note !== undefined) found.set(elem.note, elem);
    for (const kid of elem.kids) visit(kid);
  };
  visit(root);
  return found;
}

/** Writes the structure tree: elements without any content below them are left out. */
export function addStructure(doc: PDFDocument, root: StructElem, collected: StructureCollector, pageRefs: readonly PDFRef[], language: string): void {
  const { context } = doc;
  const treeRef = context.nextRef();
  const refOf = new Map<StructElem, PDFRef>();
  // A Reference may come before its Note in the tree, so a Note's object number is taken when either is met.
  const notes = notesByNumber(root);
  const noteRefs = new Map<number, PDFRef>();
  const noteRef = (n: number): PDFRef => {
    let ref = noteRefs.get(n);
    if (!ref) noteRefs.set(n, (ref = context.nextRef()));
    return ref;
  };
  /** Where an element's content starts in reading order; Infinity for an element with none. */
  const firstSeen = new Map<StructElem, number>();
  const startOf = (elem: StructElem): number => {
    let known = firstSeen.get(elem);
    if (known === undefined) {
      known = collected.contents.get(elem)?.[0]?.seq ?? Number.POSITIVE_INFINITY;
      for (const kid of elem.kids) known = Math.min(known, startOf(kid));
      firstSeen.set(elem, known);
    }
    return known;
  };
  const write = (elem: StructElem, parent: PDFRef): PDFRef => {
    const ref = elem.role === 'Note' && elem.note !== undefined ? noteRef(elem.note) : context.nextRef();
    refOf.set(elem, ref);
    const own = collected.contents.get(elem) ?? [];
    // Content on the element's own page is a bare MCID; content elsewhere needs a reference dictionary.
    const page = own[0]?.page;
    const kids: { seq: number; text: string }[] = own.map((content) => ({
      seq: content.seq,
      text:
        'annotation' in content
          ? `<</Type/OBJR/Obj ${refText(content.annotation)}/Pg ${refText(pageRefs[content.page]!)}>>`
          : content.page === page
            ? String(content.mcid)
            : `<</Type/MCR/Pg ${refText(pageRefs[content.page]!)}/MCID ${content.mcid}>>`,
    }));
    for (const kid of elem.kids) {
      const seq = startOf(kid);
      if (seq !== Number.POSITIVE_INFINITY) kids.push({ seq, text: refText(write(kid, ref)) });
    }
    kids.sort((a, b) => a.seq - b.seq);
    // Type /StructElem is optional; left out, as it would be repeated thousands of times.
    const text =
      `<</S/${elem.role}/P ${refText(parent)}` +
      (page !== undefined ? `/Pg ${refText(pageRefs[page]!)}` : '') +
      `/K ${kids.length === 1 ? kids[0]!.text : `[${kids.map((k) => k.text).join(' ')}]`}` +
      (elem.alt ? `/Alt ${hexText(elem.alt)}` : '') +
      (elem.scope ? `/A<</O/Table/Scope/${elem.scope}>>` : '') +
      (elem.bbox ? `/A<</O/Layout/BBox[${elem.bbox.map(num).join(' ')}]>>` : '') +
      (elem.role === 'Note' && elem.note !== undefined ? `/ID${literalText(noteId(elem.note))}` : '') +
      (elem.role === 'Reference' && elem.note !== undefined && notes.has(elem.note) ? `/Ref[${refText(noteRef(elem.note))}]` : '') +
      '>>';
    context.assign(ref, new SerializedObject(text));
    return ref;
  };
  const documentRef = write(root, treeRef);
  // A Note left out for want of content still resolves, so no /Ref dangles.
  for (const [n, ref] of noteRefs) if (!refOf.has(notes.get(n)!)) context.assign(ref, PDFNull);
  const nums: string[] = [];
  collected.perPage.forEach((elems, page) => {
    if (!elems) return;
    nums.push(`${page} [${elems.map((e) => (refOf.has(e) ? refText(refOf.get(e)!) : 'null')).join(' ')}]`);
  });
  for (const { key, elem } of collected.annotations) nums.push(`${key} ${refOf.has(elem) ? refText(refOf.get(elem)!) : 'null'}`);
  const parentTree = context.register(new SerializedObject(`<</Nums[${nums.join(' ')}]>>`));
  const treeRoot = context.obj({ Type: 'StructTreeRoot', K: [documentRef], ParentTree: parentTree, ParentTreeNextKey: collected.keyCount });
  // Element IDs are found through the IDTree, its names in byte order.
  const ids = [...notes.keys()].filter((n) => refOf.has(notes.get(n)!)).map((n) => [noteId(n), noteRef(n)] as const);
  if (ids.length > 0) {
    ids.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const names = ids.map(([id, ref]) => `${literalText(id)} ${refText(ref)}`).join(' ');
    treeRoot.set(PDFName.of('IDTree'), context.register(new SerializedObject(`<</Names[${names}]>>`)));
  }
  context.assign(treeRef, treeRoot);
  doc.catalog.set(PDFName.of('StructTreeRoot'), treeRef);
  doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(language));
}
