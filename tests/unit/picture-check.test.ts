/** The picture checks a picture passes before it enters a pack: format by content, size, declared pixels, completeness. */
import { describe, expect, it } from 'vitest';
import { checkPicture, mediaId, PICTURE_LIMITS } from '../../core/media/picture-check';
import { UserError } from '../../core/i18n/errors';
import { jpegPicture, pngDeclaring, pngPicture } from '../helpers/pictures';

function refusal(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('checkPicture', () => {
  it('reads a PNG and a JPEG as what they are, with the width and height of their headers', () => {
    const png = pngPicture(64, 32);
    expect(checkPicture(png, 'kaart.png')).toEqual({ mediaType: 'image/png', width: 64, height: 32, size: png.length });
    const jpeg = jpegPicture();
    expect(checkPicture(jpeg, 'foto.jpg', 'image/jpeg')).toEqual({ mediaType: 'image/jpeg', width: 48, height: 24, size: jpeg.length });
    // A name that claims nothing (a pasted image) is taken for what its bytes are.
    expect(checkPicture(png, 'image').mediaType).toBe('image/png');
  });

  it('refuses a JPEG named .png, and a PNG declared image/jpeg, naming the file', () => {
    const named = refusal(() => checkPicture(jpegPicture(), 'kaart.png'));
    expect(named.code).toBe('media.wrong-format');
    expect(named.describe('en')).toBe('kaart.png refused: it claims to be PNG but its content is JPEG.');
    expect(named.describe('nl')).toBe('kaart.png geweigerd: het zegt PNG te zijn maar de inhoud is JPEG.');
    expect(refusal(() => checkPicture(pngPicture(4, 4), 'x', 'image/jpeg')).code).toBe('media.wrong-format');
  });

  it('refuses text named .png and a file that is no picture at all', () => {
    const text = new TextEncoder().encode('<html>not a picture</html>');
    expect(refusal(() => checkPicture(text, 'grafiek.png')).code).toBe('media.wrong-format');
    expect(refusal(() => checkPicture(text, 'grafiek.gif')).code).toBe('media.not-picture');
  });

  it('refuses a truncated PNG and a JPEG cut short', () => {
    const png = pngPicture(64, 32);
    expect(refusal(() => checkPicture(png.subarray(0, png.length - 20), 'kort.png')).code).toBe('media.damaged');
    expect(refusal(() => checkPicture(png.subarray(0, 20), 'kop.png')).code).toBe('media.damaged');
    const jpeg = jpegPicture();
    expect(refusal(() => checkPicture(jpeg.subarray(0, jpeg.length / 2), 'half.jpg')).code).toBe('media.damaged');
  });

  it('refuses a PNG whose header declares 20000 × 20000 pixels, before decoding it', () => {
    const bomb = pngDeclaring(20_000, 20_000);
    expect(bomb.length).toBeLessThan(100);
    const error = refusal(() => checkPicture(bomb, 'bom.png'));
    expect(error.code).toBe('media.too-many-pixels');
    expect(error.describe('en')).toBe('bom.png refused: the picture declares 20000 × 20000 pixels, more than 100 megapixels.');
    // Just under the limit passes the header check.
    expect(checkPicture(pngDeclaring(10_000, 10_000), 'ok.png').width).toBe(10_000);
  });

  it('refuses a picture larger than 20 MB', () => {
    const png = pngPicture(8, 8);
    const big = new Uint8Array(PICTURE_LIMITS.bytes + 1);
    big.set(png);
    const error = refusal(() => checkPicture(big, 'groot.png'));
    expect(error.code).toBe('media.too-large');
    expect(error.describe('nl')).toBe('groot.png geweigerd: de afbeelding is 20.0 MB; de grens is 20.0 MB.');
  });
});

describe('mediaId', () => {
  it('is the SHA-256 of the bytes, so the same picture has the same id', async () => {
    expect(await mediaId(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await mediaId(pngPicture(4, 4))).toBe(await mediaId(pngPicture(4, 4)));
    expect(await mediaId(pngPicture(4, 4))).not.toBe(await mediaId(pngPicture(4, 5)));
  });
});
