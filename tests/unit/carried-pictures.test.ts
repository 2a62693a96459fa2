/**
 * A copied picture carries its bytes in the clipboard's HTML, and a paste of
 * the editor's fragment takes back exactly the bytes its figures name by
 * content id: the other pack can then hold them.
 */
import { describe, expect, it } from 'vitest';
import type { RichText } from '../../core/model/rich-text';
import { mediaId } from '../../core/media/picture-check';
import { figureIds, htmlWithPictureBytes, picturesForFragment } from '../../renderer/media/carried-pictures';
import { jpegPicture, pngPicture } from '../helpers/pictures';

const figure = (media: string, alt: string): RichText[number] => ({ type: 'figure', media, alt, caption: '', width: 1, children: [{ text: '' }] });

describe('pictures carried by a copy', () => {
  it('draws a copied figure from its bytes instead of the page\'s object URL, and adds one the copy did not draw', async () => {
    const map = pngPicture(30, 10);
    const photo = jpegPicture();
    const [mapId, photoId] = [await mediaId(map), await mediaId(photo)];
    const html = '<div data-slate-fragment="x"><img src="blob:http://app/1" alt="Kaart"></div><p>Tekst</p>';
    const copied = htmlWithPictureBytes(html, [
      { id: mapId, url: 'blob:http://app/1', bytes: map },
      { id: photoId, url: 'blob:http://app/2', bytes: photo },
    ]);
    expect(copied).not.toContain('blob:');
    expect(copied).toContain(`<img src="data:image/png;base64,${Buffer.from(map).toString('base64')}" alt="Kaart">`);
    expect(copied.endsWith(`<img src="data:image/jpeg;base64,${Buffer.from(photo).toString('base64')}">`)).toBe(true);

    // The paste takes both back, named by their alt text where they have one.
    const fragment: RichText = [figure(mapId, 'Kaart'), { type: 'paragraph', children: [{ text: 'Tekst' }] }, figure(photoId, '')];
    expect(figureIds(fragment)).toEqual([mapId, photoId]);
    const taken = await picturesForFragment(fragment, copied);
    expect(taken.map((picture) => [picture.name, Buffer.from(picture.bytes).equals(Buffer.from(picture.mediaType === 'image/png' ? map : photo))])).toEqual([
      ['Kaart.png', true],
      ['image 2.jpg', true],
    ]);
  });

  it('takes only bytes whose content id a pasted figure names: other pictures of the HTML, and changed bytes, are left', async () => {
    const map = pngPicture(30, 10);
    const other = pngPicture(31, 10);
    const fragment: RichText = [figure(await mediaId(map), 'Kaart')];
    const tampered = Uint8Array.from(map);
    tampered[40] = tampered[40]! ^ 1;
    const html = [other, tampered].map((bytes) => `<img src="data:image/png;base64,${Buffer.from(bytes).toString('base64')}">`).join('');
    expect(await picturesForFragment(fragment, html)).toEqual([]);
    expect(await picturesForFragment([], htmlWithPictureBytes('', [{ id: 'x', url: 'blob:1', bytes: map }]))).toEqual([]);
  });
});
