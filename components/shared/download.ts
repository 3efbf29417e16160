// DOM helpers for the elements that offer files (the store itself has no DOM).

/** Offers a file for download, with no network request (a blob: URL and a temporary link). */
export function downloadBlob(file: Blob, fileName: string) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers text as a file download. */
export const downloadText = (text: string, fileName: string, type: string) => downloadBlob(new Blob([text], { type }), fileName);

export const dateStamp = (time = Date.now()) => new Date(time).toISOString().slice(0, 10);

/** A local date and time for a file name: 2026-12-04-0730. */
export function fileTimeStamp(time: number): string {
  const d = new Date(time);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}`;
}
