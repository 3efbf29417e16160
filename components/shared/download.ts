// DOM helpers for the elements that offer files (the store itself has no DOM).
/** Offers text as a file download, with no network request (a blob: URL and a temporary link). */
export function downloadText(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
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

export const dateStamp = (time = Date.now()) => new Date(time).toISOString().slice(0, 10);
