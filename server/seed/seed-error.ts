/** Raised when a geodata file cannot be seeded; names the file and, when known, the record. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly record: string | null,
    readonly detail: string,
  ) {
    super(`${file}${record ? ` [${record}]` : ''}: ${detail}`);
    this.name = 'SeedError';
  }
}
