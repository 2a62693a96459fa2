/**
 * Pictures in the Word body: each distinct picture is one part under
 * word/media/ with one relationship, however often it is shown; each figure
 * is an inline drawing (wp:inline) whose wp:docPr descr carries the alt text,
 * as Word's own "Alt Text" pane writes it, followed by its caption in Word's
 * Caption style.
 */
import type { FigureElement } from '../../model/rich-text';
import type { MediaMeta } from '../../model/pack';
import { escapeXml, xmlSafe } from '../xml-text';
import { paragraph, textRuns } from './wml';

const IMAGE_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const EMU_PER_TWIP = 635;
const EXTENSIONS: Record<MediaMeta['mediaType'], string> = { 'image/png': 'png', 'image/jpeg': 'jpeg' };
// Above the watermark's shape numbers (watermark.ts), so drawing ids never meet.
const FIRST_DRAWING_ID = 1000;

export interface PicturePlanOptions {
  media: readonly MediaMeta[];
  files: ReadonlyMap<string, Uint8Array>;
  /** Text width and height in twips: a picture is never wider than its share of the column, nor taller than a page. */
  textWidth: number;
  textHeight: number;
  captionStyle: string;
}

export class PicturePlan {
  private readonly ids = new Map<string, string>();
  private drawings = 0;
  private readonly media: Map<string, MediaMeta>;

  constructor(private readonly options: PicturePlanOptions) {
    this.media = new Map(options.media.map((meta) => [meta.id, meta]));
  }

  private relationship(meta: MediaMeta): string {
    let id = this.ids.get(meta.id);
    if (id === undefined) {
      // Ours are "rIdPic…", so they cannot meet docx's "rId1…" nor the links' "rIdLink…".
      id = `rIdPic${this.ids.size + 1}`;
      this.ids.set(meta.id, id);
    }
    return id;
  }

  /** The figure's drawing paragraph and its caption; a figure without a picture has been refused before (figures-ready.ts). */
  figureXml(figure: FigureElement): string {
    const meta = this.media.get(figure.media);
    if (!meta || !this.options.files.has(meta.id)) return '';
    const { cx, cy } = this.extent(figure, meta);
    const n = FIRST_DRAWING_ID + ++this.drawings;
    const alt = escapeXml(xmlSafe(figure.alt));
    const name = `Picture ${n - FIRST_DRAWING_ID}`;
    const drawing =
      `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
      `<wp:docPr id="${n}" name="${name}" descr="${alt}"/>` +
      '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
      '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
      `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${n}" name="${name}" descr="${alt}"/><pic:cNvPicPr/></pic:nvPicPr>` +
      `<pic:blipFill><a:blip r:embed="${this.relationship(meta)}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
      `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>` +
      '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
    const caption = figure.caption.trim();
    // keepNext holds the picture on the page of its caption, as the PDF does.
    const picture = caption ? `<w:p><w:pPr><w:keepNext/></w:pPr>${drawing}</w:p>` : paragraph({}, drawing);
    return picture + (caption ? paragraph({ style: this.options.captionStyle }, textRuns(caption)) : '');
  }

  private extent(figure: FigureElement, meta: MediaMeta): { cx: number; cy: number } {
    let width = this.options.textWidth * figure.width;
    let height = (width * meta.height) / meta.width;
    // Room for the caption under a picture as tall as the page.
    const tallest = this.options.textHeight * 0.85;
    if (height > tallest) {
      width *= tallest / height;
      height = tallest;
    }
    return { cx: Math.round(width * EMU_PER_TWIP), cy: Math.round(height * EMU_PER_TWIP) };
  }

  /** Relationship elements for document.xml.rels. */
  relationshipsXml(): string {
    let xml = '';
    for (const [mediaId, id] of this.ids) xml += `<Relationship Id="${id}" Type="${IMAGE_TYPE}" Target="media/${this.partName(mediaId)}"/>`;
    return xml;
  }

  /** The picture parts to add to the package, one per picture shown. */
  parts(): { path: string; data: Uint8Array }[] {
    return [...this.ids.keys()].map((mediaId) => ({ path: `word/media/${this.partName(mediaId)}`, data: this.options.files.get(mediaId)! }));
  }

  private partName(mediaId: string): string {
    return `${mediaId}.${EXTENSIONS[this.media.get(mediaId)!.mediaType]}`;
  }
}
