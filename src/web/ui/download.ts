const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves bytes as a download; nothing leaves the computer (a blob URL, revoked once used). */
export function download(bytes: Uint8Array | string, name: string, type = XLSX_TYPE): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the blob once the click's task ends.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
