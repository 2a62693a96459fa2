/**
 * The draft watermark: the VML text-path shape Word writes for its own
 * "DRAFT" watermarks (Design > Watermark), anchored in the header so it sits
 * behind the text on every page, and Word users can remove it the usual way.
 */
import type { XmlComponent } from 'docx';
import { escapeXml } from '../xml-text';
import { parseElements } from './xml';

const SHAPE_TYPE =
  '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">' +
  '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>' +
  '<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>' +
  '<v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>' +
  '<v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>' +
  '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>' +
  '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>' +
  '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>';

export interface WatermarkOptions {
  text: string;
  font: string;
  /** Hex colour without #. */
  color: string;
  /** Width of the text area in points; the word spans most of it, diagonally. */
  textWidth: number;
  /** Unique per document: each header holding a watermark needs its own shape id. */
  shapeNumber: number;
}

/** A run holding the watermark shape, to put in a header paragraph. */
export function watermarkRun(options: WatermarkOptions): XmlComponent {
  const width = Math.round(options.textWidth * 0.95);
  // Word sizes the box to the word: roughly 0.8 of a capital's width per letter.
  const height = Math.round(width / Math.max(1.5, [...options.text].length * 0.8));
  const style =
    `position:absolute;margin-left:0;margin-top:0;width:${width}pt;height:${height}pt;rotation:315;z-index:-251657216;` +
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin';
  const xml =
    '<w:r><w:rPr><w:noProof/></w:rPr><w:pict>' +
    SHAPE_TYPE +
    `<v:shape id="PowerPlusWaterMarkObject${options.shapeNumber}" o:spid="_x0000_s${2048 + options.shapeNumber}" type="#_x0000_t136" ` +
    `style="${style}" o:allowincell="f" fillcolor="#${options.color}" stroked="f">` +
    '<v:fill opacity=".5"/>' +
    `<v:textpath style="font-family:&quot;${escapeXml(options.font)}&quot;;font-size:1pt" string="${escapeXml(options.text)}"/>` +
    '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>';
  return parseElements(xml);
}
