/** PDF, JPEG or PNG by the first bytes of the content; the file name and the declared type are not trusted. */
export function sniffDocument(buffer: Buffer): { mimeType: string; extension: string } | null {
  if (buffer.length >= 5 && buffer.toString('latin1', 0, 5) === '%PDF-') return { mimeType: 'application/pdf', extension: 'pdf' };
  if (buffer.length >= 3 && buffer[0] === 0xff && buffer[1] === 0xd8 && buffer[2] === 0xff)
    return { mimeType: 'image/jpeg', extension: 'jpg' };
  if (buffer.length >= 8 && buffer.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return { mimeType: 'image/png', extension: 'png' };
  return null;
}

/** A Content-Disposition header for a stored file's name in any script (RFC 6266 filename*). */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="file"; filename*=UTF-8''${encoded}`;
}
