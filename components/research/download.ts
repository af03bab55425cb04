/** Saves text as a file through the browser's download of a blob URL (extension pages only). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; a minute is ample for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `clausewise-research-views-2025-05-06.csv` */
export function exportFileName(part: string, extension: string, now = new Date()): string {
  return `clausewise-research-${part}-${now.toISOString().slice(0, 10)}.${extension}`;
}
