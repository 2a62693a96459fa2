/** Hands bytes to the browser as a download (the browser asks where, or uses its folder). */
export function download(fileName: string, bytes: Uint8Array, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the blob by now; keep it a while for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
