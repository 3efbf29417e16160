/**
 * A plan's link as a QR code (lean-qr). The address is stored as bytes and the code after
 * `#/rx/` in QR's alphanumeric mode (5.5 bits a character instead of 8), which is what keeps a
 * 10-exercise plan within version 10.
 */
import { correction, generate, mode, type Bitmap2D } from 'lean-qr';

export const RX_PATH = '#/rx/';

/** The full link: the app's address (no fragment) with the plan's code. */
export const rxLink = (appUrl: string, code: string) => `${appUrl.split('#')[0]}${RX_PATH}${code}`;

export interface RxQr {
  code: Bitmap2D;
  /** QR version (1–40): the code is 17 + 4 × version modules wide. */
  version: number;
}

/** Dark modules on white, opaque: lean-qr's default light is transparent, which a camera (or jsQR) may read as dark. */
export const QR_COLOURS = { on: [0, 0, 0, 255], off: [255, 255, 255, 255], pad: 4 } as const;

/** The QR code of a plan link; medium error correction (15 %), higher where it fits at no extra size. */
export function rxQr(link: string): RxQr {
  const at = link.indexOf(RX_PATH) + RX_PATH.length;
  const code = generate(mode.multi(mode.ascii(link.slice(0, at)), mode.alphaNumeric(link.slice(at))), { minCorrectionLevel: correction.M });
  return { code, version: (code.size - 17) / 4 };
}
