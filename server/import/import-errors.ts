/**
 * Errors of reading an import. Every one is a 4xx ApiError naming the file, the record or the limit, so the
 * HTTP layer answers `{ error: { code, message, field } }` and no reader ever lets a raw exception through.
 */
import { ApiError } from '../errors.ts';
import { IMPORT_LIMIT_ENV, type ImportLimits } from './import-limits.ts';

type SizeLimit = Exclude<keyof ImportLimits, 'stagingTtlHours'>;

const LIMIT_ERROR: Record<SizeLimit, { status: 413 | 422; code: string; zh: string; en: string }> = {
  maxUploadBytes: { status: 413, code: 'file_too_large', zh: '上传文件过大', en: 'upload larger than' },
  maxUnzippedBytes: {
    status: 413,
    code: 'unzipped_too_large',
    zh: '压缩包解压后过大',
    en: 'zip inflates to more than',
  },
  maxZipFiles: {
    status: 422,
    code: 'too_many_files',
    zh: '压缩包文件数过多',
    en: 'zip holds more files than',
  },
  maxFeatures: { status: 422, code: 'too_many_features', zh: '要素（记录）过多', en: 'more features than' },
  maxVertices: { status: 422, code: 'too_many_vertices', zh: '顶点过多', en: 'more vertices than' },
};

/** 413/422: a configured limit was exceeded; the message names the limit, its value and its variable. */
export class ImportLimitError extends ApiError {
  constructor(
    readonly limit: SizeLimit,
    value: number,
    fileName: string,
  ) {
    const e = LIMIT_ERROR[limit];
    super(
      e.status,
      e.code,
      `${fileName}：${e.zh}（上限 ${value}，${IMPORT_LIMIT_ENV[limit]}）。 ${fileName}: ${e.en} the limit ` +
        `${limit} = ${value} (set by ${IMPORT_LIMIT_ENV[limit]}).`,
      'file',
    );
    this.name = 'ImportLimitError';
  }
}

/** 422 `unreadable_file`: the file (or a part of it, e.g. `parcels.dbf`) is not what its name says. */
export class UnreadableFileError extends ApiError {
  constructor(part: string, zh: string, en: string) {
    super(422, 'unreadable_file', `${part}：${zh}。 ${part}: ${en}.`, 'file');
    this.name = 'UnreadableFileError';
  }
}

/** 415 `unsupported_format`: a file type imports do not read. */
export class UnsupportedFormatError extends ApiError {
  constructor(fileName: string, detail: string) {
    super(
      415,
      'unsupported_format',
      `${fileName}：不支持的格式。 ${fileName}: unsupported format (${detail}).`,
      'file',
    );
    this.name = 'UnsupportedFormatError';
  }
}

/** 422 `crs_unknown` / `needs_seven_parameters`: the coordinates cannot be placed without the user's help. */
export class CrsError extends ApiError {
  constructor(code: 'crs_unknown' | 'needs_seven_parameters' | 'crs_unsupported', message: string) {
    super(422, code, message, 'crs');
    this.name = 'CrsError';
  }
}
