// Reads a QR code the way a phone's camera would, from its pixels: the test draws the code at a
// few pixels a module and the test runner decodes it with jsQR in Node (web-test-runner.config.mjs).
import { executeServerCommand } from '@web/test-runner-commands';

/** The text of the QR code drawn on `source` (a canvas), scaled up `scale` times without smoothing; null when unreadable. */
export async function readQr(source: HTMLCanvasElement, scale = 4): Promise<string | null> {
  const canvas = document.createElement('canvas');
  canvas.width = source.width * scale;
  canvas.height = source.height * scale;
  const context = canvas.getContext('2d')!;
  context.imageSmoothingEnabled = false;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  const { text } = await executeServerCommand<{ text: string | null }, { rgba: string; width: number; height: number }>('decode-qr', {
    rgba: btoa(binary),
    width: canvas.width,
    height: canvas.height,
  });
  return text;
}
