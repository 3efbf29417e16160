/**
 * Prints a whole HTML document on its own: in a frame out of sight, so the print holds the report
 * and not the app around it. Resolves with the frame, which stays until the next print.
 */
export function printDocument(html: string, title = 'Report to print'): Promise<HTMLIFrameElement> {
  document.getElementById('kneebeat-print')?.remove();
  const frame = document.createElement('iframe');
  frame.id = 'kneebeat-print';
  frame.title = title;
  frame.setAttribute('aria-hidden', 'true');
  frame.style.cssText = 'position:fixed;left:-10000px;top:0;width:800px;height:600px;border:0;';
  return new Promise((resolve) => {
    frame.addEventListener(
      'load',
      () => {
        frame.contentWindow?.print();
        resolve(frame);
      },
      { once: true },
    );
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
