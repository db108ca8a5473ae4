// Plain-text tables for people: columns padded to their widest cell, the last
// column left ragged. Numbers (align 'r') are right-aligned.

export function table(headers: string[], rows: string[][], align: Array<'l' | 'r'> = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        if (i === cells.length - 1 && align[i] !== 'r') return c;
        return align[i] === 'r' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!);
      })
      .join('  ');
  return [line(headers), ...rows.map(line)].join('\n');
}

/** Bytes for people: 512 B, 14.2 kB, 1.2 MB (decimal units, like the progress rate). */
export function humanBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  if (n < 1e9) return `${(n / 1e6).toFixed(1)} MB`;
  return `${(n / 1e9).toFixed(2)} GB`;
}
